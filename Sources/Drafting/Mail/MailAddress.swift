/// A mailbox (RFC 5322 3.4): an address and, if there is one, the name shown with it,
/// `Wendy Park <wendy@example.org>`.
///
/// The address is checked here, once. It is invalid when it is empty, holds white space, a
/// control character, anything not ASCII (an internationalised address, RFC 6531, needs
/// SMTPUTF8; write the domain as `xn--…`), one of `<>,;:"()[]\`, or not exactly one `@`, or
/// when either side of the `@` is not dot-atom text (RFC 5322 3.4.1: atoms joined by single dots).
///
/// The display name is kept as it will be written: control characters made spaces and spaces
/// collapsed (``HeaderText/sanitized(_:)``), `nil` when nothing is left. In a header it is
/// written (RFC 5322 3.4, RFC 2047 5 (3)):
/// - as atoms, `Wendy Park`, when it is only atext (RFC 5322 3.2.3) and spaces;
/// - as a quoted-string (3.2.4), `"O'Brien, Pat"`, when it is printable ASCII with specials;
/// - as encoded-words, `=?utf-8?B?5bGx55SwIOWkqumDjg==?=`, when it holds anything else, holds
///   `=?`, or would not fit on one line.
public struct MailAddress: Sendable, Hashable {
    public let displayName: String?
    /// The addr-spec, `wendy@example.org`.
    public let address: String

    public init(_ address: String, displayName: String? = nil) throws(MailError) {
        if let reason = Self.problem(with: address) { throw .invalidAddress(address, reason: reason) }
        self.address = address
        let name = displayName.map(HeaderText.sanitized) ?? ""
        self.displayName = name.isEmpty ? nil : name
    }

    /// What follows the `@`.
    public var domain: String {
        String(address[address.index(after: address.firstIndex(of: "@")!)...])
    }

    /// The mailbox as a header holds it, unfolded: `"O'Brien, Pat" <pat@example.org>`.
    public var headerValue: String {
        var field = HeaderField(name: "To")
        append(to: &field)
        return field.value
    }

    func append(to field: inout HeaderField) {
        guard let displayName else { return field.append(address) }
        switch Self.phraseForm(of: displayName) {
        case .atoms:
            for word in displayName.split(separator: " ") { field.append(String(word)) }
        case .quoted(let quoted):
            field.append(quoted)
        case .encoded:
            field.appendEncoded(displayName, context: .phrase)
        }
        field.append("<\(address)>")
    }

    enum PhraseForm: Equatable {
        case atoms
        case quoted(String)
        case encoded
    }

    static func phraseForm(of name: String) -> PhraseForm {
        let printable = name.utf8.allSatisfy { $0 == UInt8(ascii: " ") || MailSyntax.isVisibleASCII($0) }
        guard printable, !name.contains("=?") else { return .encoded }
        let words = name.split(separator: " ")
        if words.allSatisfy({ $0.utf8.allSatisfy(MailSyntax.isAtext) && $0.utf8.count < HeaderField.lineLimit }) {
            return .atoms
        }
        // A quoted-string escapes `"` and `\` (3.2.4); one too long for a line is encoded instead,
        // since encoded-words can be folded and a quoted-string is kept whole.
        let quoted = "\"" + name.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
        return quoted.utf8.count < HeaderField.lineLimit ? .quoted(quoted) : .encoded
    }

    static func problem(with address: String) -> String? {
        if address.isEmpty { return "is empty" }
        if address.unicodeScalars.contains(where: { $0.properties.isWhitespace || HeaderText.isControl($0) }) {
            return "contains a space or a control character"
        }
        if !address.unicodeScalars.allSatisfy(\.isASCII) {
            return "contains a character that is not ASCII (write the domain as xn--…)"
        }
        if let special = address.first(where: { "<>,;:\"()[]\\".contains($0) }) {
            return "contains '\(special)', which a mailbox uses around an address, not in it"
        }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return parts.count == 1 ? "has no @" : "has more than one @" }
        if parts[0].isEmpty { return "has nothing before the @" }
        if parts[1].isEmpty { return "has nothing after the @" }
        guard MailSyntax.isDotAtomText(parts[0]), MailSyntax.isDotAtomText(parts[1]) else {
            return "has a dot at the start or end of a part, or two dots in a row"
        }
        return nil
    }
}
