/// What `HTMLMarkupScanner` reports, in document order. Positions are byte offsets into the
/// scanned UTF-8. Comments, declarations and processing instructions are not reported.
protocol HTMLTokenSink {
    /// Character data. `decodingReferences` is true for ordinary text, whose character references
    /// count (Python decodes them), and false for text taken literally: the content of script and
    /// style, a lone `<`, and a malformed start tag kept as text.
    mutating func text(_ range: Range<Int>, decodingReferences: Bool)
    mutating func startTag(_ tag: HTMLStartTag)
    /// An end tag; `key` is its name for looking up in the name lists.
    mutating func endTag(name: Range<Int>, key: HTMLName?)
    /// The content of a `<![CDATA[...]]>` section, taken literally.
    mutating func cdataSection(_ content: Range<Int>)
}

/// A start tag: `<name attributes>`, or `<name attributes/>` when `isSelfClosing`.
struct HTMLStartTag {
    /// From the `<` to just after the `>`.
    let range: Range<Int>
    let name: Range<Int>
    /// The name for looking up in the name lists.
    let key: HTMLName?
    /// Where the first attribute is looked for (see `HTMLMarkupScanner.forEachAttribute`).
    let attributesStart: Int
    let isSelfClosing: Bool
}

/// One attribute of a start tag.
struct HTMLAttribute {
    let name: Range<Int>
    /// The value without its quotes; nil when the attribute has no `=`.
    let value: Range<Int>?
    /// The quote around the value (`"` or `'`), or nil when it is unquoted.
    let quote: UInt8?

    /// The value as written, quotes included.
    var writtenValue: Range<Int>? {
        guard let value else { return nil }
        return quote == nil ? value : value.lowerBound - 1..<value.upperBound + 1
    }
}
