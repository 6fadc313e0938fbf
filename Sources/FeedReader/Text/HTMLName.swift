/// A tag or attribute name, lowercased, as a small value to look up in the name lists.
///
/// Names are compared the way Python's `html.parser` compares them, after `str.lower()`: ASCII
/// letters lowercase, and U+212A KELVIN SIGN becomes "k" (the one non-ASCII character whose
/// lowercase is ASCII). Any other non-ASCII character means the name is none of the lists'.
/// Names up to 15 bytes are held; the lists have none longer.
struct HTMLName: Hashable {
    private let low: UInt64
    private let high: UInt64  // bytes 8–14, and the length in the top byte

    /// The name in `bytes[range]`, lowercased; nil when it can be none of the listed names.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var length = 0
        var index = range.lowerBound
        while index < range.upperBound {
            var byte = unsafe bytes[index]
            if byte >= 0x80 {
                // U+212A KELVIN SIGN is E2 84 AA.
                guard byte == 0xE2, index + 2 < range.upperBound, unsafe bytes[index + 1] == 0x84, unsafe bytes[index + 2] == 0xAA else {
                    return nil
                }
                byte = UInt8(ascii: "k")
                index += 2
            } else if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                byte |= 0x20
            }
            guard length < 15 else { return nil }
            if length < 8 { low |= UInt64(byte) << (8 * length) } else { high |= UInt64(byte) << (8 * (length - 8)) }
            length += 1
            index += 1
        }
        self.low = low
        self.high = high | UInt64(length) << 56
    }

    /// The name's bits mixed (Fibonacci hashing), for `HTMLNameTable`: use the top bits.
    var mixedBits: UInt64 {
        (low ^ (high &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15
    }

    /// A listed name, written in lowercase ASCII.
    init(_ name: StaticString) {
        let bytes = unsafe UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        self = unsafe HTMLName(bytes, 0..<bytes.count)!
    }
}
