/// A URI reference split into its five components, RFC 3986 section 3 (and Appendix B), as
/// byte ranges into the text it was read from. A component that is absent is nil; a path is
/// always there, perhaps empty.
///
/// The scheme must have RFC 3986 section 3.1's syntax, a letter and then letters, digits, `+`,
/// `-` or `.`, before the first `:`; otherwise there is none and the `:` is part of the path.
struct URIReference {
    var scheme: Range<Int>?
    var authority: Range<Int>?
    var path: Range<Int>
    var query: Range<Int>?
    var fragment: Range<Int>?

    init(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) {
        let end = range.upperBound
        var position = range.lowerBound
        scheme = unsafe Self.schemeEnd(bytes, in: range).map { schemeEnd in
            defer { position = schemeEnd + 1 }
            return range.lowerBound..<schemeEnd
        }
        if unsafe position + 1 < end && bytes[position] == UInt8(ascii: "/") && bytes[position + 1] == UInt8(ascii: "/") {
            let start = position + 2
            position = unsafe Self.firstIndex(in: bytes, from: start, to: end) {
                $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#")
            }
            authority = start..<position
        }
        let pathStart = position
        position = unsafe Self.firstIndex(in: bytes, from: pathStart, to: end) { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }
        path = pathStart..<position
        if unsafe position < end && bytes[position] == UInt8(ascii: "?") {
            let start = position + 1
            position = unsafe Self.firstIndex(in: bytes, from: start, to: end) { $0 == UInt8(ascii: "#") }
            query = start..<position
        }
        if unsafe position < end && bytes[position] == UInt8(ascii: "#") {
            fragment = position + 1..<end
        }
    }

    /// Where the `:` after a scheme is, when `bytes[range]` starts with one.
    static func schemeEnd(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Int? {
        guard !range.isEmpty, unsafe ByteSearch.isASCIILetter(bytes[range.lowerBound]) else { return nil }
        for position in range.lowerBound + 1..<range.upperBound {
            let byte = unsafe bytes[position]
            if byte == UInt8(ascii: ":") { return position }
            let allowed =
                ByteSearch.isASCIILetter(byte) || ByteSearch.isASCIIDigit(byte)
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            if !allowed { return nil }
        }
        return nil
    }

    private static func firstIndex(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, where matches: (UInt8) -> Bool) -> Int {
        var position = start
        while unsafe position < end && !matches(bytes[position]) { position += 1 }
        return position
    }
}
