/// Somewhere to write UTF-8 text into a buffer the caller sized, with the decoding of character
/// references built on top. Two kinds: `UTF8Output` keeps every byte, `CollapsingTextWriter`
/// collapses whitespace as it goes.
protocol TextOutput {
    /// Writes one byte of UTF-8.
    mutating func append(_ byte: UInt8)
    /// Writes `bytes[range]` as it is.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    /// Writes `bytes[range]` with its character references decoded (see `CharacterReference`).
    mutating func appendDecodingReferences(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
}

extension TextOutput {
    mutating func append(_ text: StaticString) {
        for offset in 0..<text.utf8CodeUnitCount { unsafe append(text.utf8Start[offset]) }
    }

    @inline(__always)
    mutating func append(_ characters: PackedUTF8) {
        for offset in 0..<characters.count { append(characters[offset]) }
    }

    /// Writes `bytes[range]` with its character references decoded (see `CharacterReference`).
    mutating func appendDecodingReferences(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var copied = range.lowerBound
        var searchFrom = copied
        while let ampersand = unsafe ByteSearch.firstIndex(of: UInt8(ascii: "&"), in: bytes, from: searchFrom, to: range.upperBound) {
            guard let reference = unsafe CharacterReference.match(in: bytes, at: ampersand, end: range.upperBound) else {
                searchFrom = ampersand + 1
                continue
            }
            unsafe append(bytes, copied..<ampersand)
            append(reference.replacement)
            copied = ampersand + reference.length
            searchFrom = copied
        }
        unsafe append(bytes, copied..<range.upperBound)
    }
}

/// Writes UTF-8 bytes unchanged into a buffer that the caller made large enough.
// @unsafe: writes into memory it does not own: it must outlive the output.
@unsafe
struct UTF8Output: TextOutput {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        unsafe self.buffer = unsafe buffer
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        unsafe buffer[count] = byte
        unsafe count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        unsafe (buffer.baseAddress! + count).initialize(from: bytes.baseAddress! + range.lowerBound, count: range.count)
        unsafe count += range.count
    }

    /// What was written, as a string.
    var string: String {
        unsafe String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
    }
}
