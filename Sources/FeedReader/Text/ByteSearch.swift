#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Byte-level helpers shared by the markup scanners: ASCII character classes and a fast search.
enum ByteSearch {
    /// The index of the first `byte` in `start..<end`, or nil. Uses the C library's `memchr`,
    /// which is vectorised.
    @inline(__always)
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard start < end, let base = bytes.baseAddress else { return nil }
        guard let found = unsafe memchr(base + start, Int32(byte), end - start) else { return nil }
        return unsafe base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The index of the first `byte` from `start` to the end of `bytes`, or nil.
    @inline(__always)
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        unsafe firstIndex(of: byte, in: bytes, from: start, to: bytes.count)
    }

    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }

    @inline(__always)
    static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    @inline(__always)
    static func isASCIIHexDigit(_ byte: UInt8) -> Bool {
        isASCIIDigit(byte) || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "f"))
    }

    /// Space, tab, line feed, carriage return, form feed and vertical tab: the whitespace that
    /// the contract collapses.
    @inline(__always)
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    /// Whether `bytes[range]` equals the lowercase ASCII `lowercase`, ignoring ASCII case.
    static func equalsIgnoringASCIICase(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ lowercase: StaticString) -> Bool {
        guard range.count == lowercase.utf8CodeUnitCount else { return false }
        let expected = unsafe lowercase.utf8Start
        for offset in 0..<range.count {
            var byte = unsafe bytes[range.lowerBound + offset]
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte |= 0x20 }
            if unsafe byte != expected[offset] { return false }
        }
        return true
    }
}
