/// The whitespace of Python's `str.isspace()` and of `\s` in its `str` regular expressions,
/// read from UTF-8 bytes.
///
/// The contract's plain-text rule is defined by Python's `html.parser`, whose patterns use `\s`
/// and `str.strip()`; both mean these characters, not only ASCII whitespace:
/// U+0009–U+000D, U+001C–U+001F, U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
/// U+202F, U+205F and U+3000. (Collapsing text is a different rule: it only ever touches ASCII
/// whitespace; see `CollapsingTextWriter`.)
enum UnicodeWhitespace {
    /// The length in bytes of the whitespace character that starts at `index`, or 0 when there
    /// is none (`index` at the end included). `index` must be on a character boundary.
    @inline(__always)
    static func length(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        guard index < bytes.count else { return 0 }
        let lead = unsafe bytes[index]
        if lead < 0x80 {
            return lead == 0x20 || (0x09...0x0D).contains(lead) || (0x1C...0x1F).contains(lead) ? 1 : 0
        }
        return unsafe multibyteLength(in: bytes, at: index, lead: lead)
    }

    /// The length in bytes of the whitespace character that ends just before `index`, or 0.
    @inline(__always)
    static func length(in bytes: UnsafeBufferPointer<UInt8>, endingAt index: Int) -> Int {
        guard index > 0 else { return 0 }
        let last = unsafe bytes[index - 1]
        if last < 0x80 {
            return last == 0x20 || (0x09...0x0D).contains(last) || (0x1C...0x1F).contains(last) ? 1 : 0
        }
        // Continuation bytes can't be lead bytes, so a lead byte found 2 or 3 back starts the
        // character that ends here.
        if index >= 2, unsafe bytes[index - 2] == 0xC2 { return unsafe multibyteLength(in: bytes, at: index - 2, lead: 0xC2) }
        if index >= 3, unsafe (0xE1...0xE3).contains(bytes[index - 3]) {
            return unsafe multibyteLength(in: bytes, at: index - 3, lead: bytes[index - 3])
        }
        return 0
    }

    /// The index after the run of whitespace that starts at `index` (`\s*`).
    @inline(__always)
    static func skip(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = index
        while true {
            let length = unsafe length(in: bytes, at: index)
            if length == 0 { return index }
            index += length
        }
    }

    /// Whether `scalar` is one of these characters.
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    private static func multibyteLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int, lead: UInt8) -> Int {
        let count = bytes.count
        switch lead {
        case 0xC2:  // U+0085, U+00A0
            guard index + 1 < count else { return 0 }
            let second = unsafe bytes[index + 1]
            return second == 0x85 || second == 0xA0 ? 2 : 0
        case 0xE1:  // U+1680
            guard index + 2 < count else { return 0 }
            return unsafe bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2:  // U+2000–U+200A, U+2028, U+2029, U+202F, U+205F
            guard index + 2 < count else { return 0 }
            let second = unsafe bytes[index + 1]
            let third = unsafe bytes[index + 2]
            if second == 0x80 {
                return (0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
            }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3:  // U+3000
            guard index + 2 < count else { return 0 }
            return unsafe bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }
}
