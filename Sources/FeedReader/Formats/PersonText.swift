/// Reads the people that RSS writes as one string.
///
/// RSS 2.0's `<author>` and `<managingEditor>` are "an email address" by the spec, and in the
/// wild "jo@example.com (Jo Doe)", "Jo Doe <jo@example.com>", "Jo Doe" or "jo@example.com"; the
/// first two are split into name and e-mail; a lone address is an e-mail, anything else a name.
enum PersonText {
    static func parse(_ raw: String) -> Person? {
        let text = PlainText.fromLiteral(raw)
        guard !text.isEmpty else { return nil }
        // Most are plain names (dc:creator): without an '@' there is no address to split off.
        guard text.utf8.contains(UInt8(ascii: "@")) else { return Person(name: text, email: nil, uri: nil) }
        // "jo@example.com (Jo Doe)"
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            let email = text[..<open].trimmingWhitespace
            let name = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingWhitespace
            if isEmail(email) { return Person(name: name.isEmpty ? nil : name, email: email, uri: nil) }
            if isEmail(name) { return Person(name: email.isEmpty ? nil : email, email: name, uri: nil) }
        }
        // "Jo Doe <jo@example.com>"
        if text.hasSuffix(">"), let open = text.lastIndex(of: "<") {
            let name = text[..<open].trimmingWhitespace
            var email = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingWhitespace
            if email.lowercased().hasPrefix("mailto:") { email = String(email.dropFirst(7)) }
            if isEmail(email) { return Person(name: name.isEmpty ? nil : name, email: email, uri: nil) }
        }
        var bare = text
        if bare.lowercased().hasPrefix("mailto:") { bare = String(bare.dropFirst(7)) }
        if isEmail(bare) { return Person(name: nil, email: bare, uri: nil) }
        return Person(name: text, email: nil, uri: nil)
    }

    /// Something@something with no spaces: good enough to tell an address from a name.
    static func isEmail(_ text: String) -> Bool {
        guard let at = text.firstIndex(of: "@"), at != text.startIndex, text.index(after: at) != text.endIndex else { return false }
        return !text.contains(where: { $0 == " " || $0 == "<" || $0 == ">" || $0 == "(" || $0 == ")" })
    }
}

extension StringProtocol {
    /// Without leading and trailing whitespace and newlines.
    var trimmingWhitespace: String {
        // Most values (an attribute, a date) start and end with a visible ASCII character: then
        // nothing is trimmed, decided from two bytes instead of walking Characters, whose Unicode
        // property lookups cost about a microsecond a call.
        let whole = String(self)
        if let first = whole.utf8.first, let last = whole.utf8.last, Self.isVisibleASCII(first), Self.isVisibleASCII(last) {
            return whole
        }
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }

    private static func isVisibleASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
}
