/// An attribute value as Python's `html.parser` gives it: character references decoded
/// (`&amp;` in a query string becomes `&`).
enum AttributeValue {
    static func decoded(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        // A named reference decodes to at most 1.2 times its length (`&nGt;`, 5 bytes, is 6 in
        // UTF-8; Python's html.entities.html5 has none longer): a third more is room enough.
        unsafe withUnsafeTemporaryAllocation(of: UInt8.self, capacity: range.count + range.count / 3 + 4) { buffer in
            var output = unsafe UTF8Output(buffer)
            unsafe output.appendDecodingReferences(bytes, range)
            return unsafe output.string
        }
    }
}
