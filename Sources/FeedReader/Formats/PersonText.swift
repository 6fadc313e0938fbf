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
        let utf8 = text.utf8
        guard utf8.contains(UInt8(ascii: "@")) else { return Person(name: text, email: nil, uri: nil) }
        // The delimiters are ASCII, so the text is split by its UTF-8 (walking Characters cost
        // microseconds per author).
        let last = utf8.index(before: utf8.endIndex)
        // "jo@example.com (Jo Doe)"
        if utf8[last] == UInt8(ascii: ")"), let open = utf8.lastIndex(of: UInt8(ascii: "(")) {
            let email = text[..<open].trimmingWhitespace
            let name = text[utf8.index(after: open)..<last].trimmingWhitespace
            if isEmail(email) { return Person(name: name.isEmpty ? nil : name, email: email, uri: nil) }
            if isEmail(name) { return Person(name: email.isEmpty ? nil : email, email: name, uri: nil) }
        }
        // "Jo Doe <jo@example.com>"
        if utf8[last] == UInt8(ascii: ">"), let open = utf8.lastIndex(of: UInt8(ascii: "<")) {
            let name = text[..<open].trimmingWhitespace
            let email = withoutMailto(text[utf8.index(after: open)..<last].trimmingWhitespace)
            if isEmail(email) { return Person(name: name.isEmpty ? nil : name, email: email, uri: nil) }
        }
        let bare = withoutMailto(text)
        if isEmail(bare) { return Person(name: nil, email: bare, uri: nil) }
        return Person(name: text, email: nil, uri: nil)
    }

    /// An author written as child elements inside an element RSS means to hold text
    /// (`<author><name>Jo Doe</name><email>…</email></author>`, any prefix): its `name`, `email`
    /// and `uri` children, else its text without the markup.
    static func fromChildElements(_ markup: String) -> Person? {
        let name = childText("name", in: markup)
        let email = childText("email", in: markup)
        guard name != nil || email != nil else { return parse(PlainText.fromHTML(markup)) }
        return Person(name: name, email: email, uri: childText("uri", in: markup))
    }

    /// The text of the first element named `localName` (any prefix) in `markup`, if not empty.
    private static func childText(_ localName: String, in markup: String) -> String? {
        var rest = markup[...]
        while let open = rest.firstIndex(of: "<") {
            let afterOpen = rest[rest.index(after: open)...]
            guard let close = afterOpen.firstIndex(of: ">") else { return nil }
            let tagName = afterOpen[..<close].prefix { $0 != " " && $0 != "/" && $0 != "\t" && $0 != "\n" }
            rest = afterOpen[afterOpen.index(after: close)...]
            guard tagName.split(separator: ":").last.map(String.init) == localName, !afterOpen.hasPrefix("/") else { continue }
            let end = rest.range(of: "</")?.lowerBound ?? rest.endIndex
            let text = PlainText.fromHTML(String(rest[..<end]))
            return text.isEmpty ? nil : text
        }
        return nil
    }

    /// `text` without a leading `mailto:` (any case).
    private static func withoutMailto(_ text: String) -> String {
        let scheme = "mailto:".utf8
        guard text.utf8.count >= scheme.count,
            zip(text.utf8.prefix(scheme.count), scheme).allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 })
        else { return text }
        return String(text.utf8.dropFirst(scheme.count)) ?? text
    }

    /// Something@something with no spaces: good enough to tell an address from a name.
    static func isEmail(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let at = utf8.firstIndex(of: UInt8(ascii: "@")), at != utf8.startIndex, utf8.index(after: at) != utf8.endIndex else { return false }
        return !utf8.contains(where: {
            $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")")
        })
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
