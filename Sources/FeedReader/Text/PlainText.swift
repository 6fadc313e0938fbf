/// The contract's plain text (feed.schema.json, `$defs/plainText`): what people read and what
/// interests are matched against.
///
/// Either way, runs of ASCII whitespace (space, tab, line feed, carriage return, form feed,
/// vertical tab) collapse to one space and are trimmed at the ends; every other character,
/// U+00A0 NO-BREAK SPACE included, is kept.
enum PlainText {
    /// The plain text of an HTML fragment: tags removed; the text of script, style, template and
    /// noscript dropped; block-level elements and `<br>` separating words; character references
    /// decoded (HTML Living Standard names, with Python's `html.unescape` rules); whitespace
    /// collapsed. Malformed markup is read exactly as the conformance suite's reference, Python's
    /// `html.parser`, reads it (see `HTMLMarkupScanner`). Text with neither `<` nor `&` is only
    /// collapsed.
    static func fromHTML(_ html: String) -> String {
        var html = html
        return html.withUTF8(unsafe changedFromHTML) ?? html
    }

    /// `fromHTML(_:)` of UTF-8 bytes (the text of an element, before any String is made of it).
    static func fromHTML(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        unsafe changedFromHTML(bytes) ?? String(validUTF8: bytes)
    }

    /// Literal text, whitespace collapsed and trimmed and nothing else: `<blink>` stays `<blink>`.
    static func fromLiteral(_ text: String) -> String {
        var text = text
        return text.withUTF8(unsafe changedFromLiteral) ?? text
    }

    /// `fromLiteral(_:)` of UTF-8 bytes.
    static func fromLiteral(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        unsafe changedFromLiteral(bytes) ?? String(validUTF8: bytes)
    }

    /// The plain text of HTML, or nil when that is the text itself (plain, and collapsed).
    private static func changedFromHTML(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        switch unsafe WhitespaceSurvey(bytes, stoppingAtMarkup: true) {
        case .collapsed: return nil
        case .uncollapsed: return unsafe collapsing(bytes)
        case .markup: break
        }
        // The text is never longer than the markup, but for character references: each is at
        // least 3 bytes long and decodes to at most one byte more.
        return unsafe withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + bytes.count / 3 + 4) { buffer in
            var extractor = unsafe PlainTextExtractor(bytes, writingTo: CollapsingTextWriter(buffer))
            unsafe HTMLMarkupScanner(bytes: bytes).scan(into: &extractor)
            return unsafe extractor.writer.string
        }
    }

    /// Literal text collapsed, or nil when it is collapsed already.
    private static func changedFromLiteral(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        unsafe WhitespaceSurvey(bytes, stoppingAtMarkup: false) == .collapsed ? nil : collapsing(bytes)
    }

    private static func collapsing(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        unsafe withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
            var writer = unsafe CollapsingTextWriter(buffer)
            unsafe writer.append(bytes, 0..<bytes.count)
            return unsafe writer.string
        }
    }
}
