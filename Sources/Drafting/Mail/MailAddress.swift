import Contacts

/// A mailbox (RFC 5322 3.4): an address and, if there is one, the name shown with it,
/// `Wendy Park <wendy@example.org>`.
///
/// The address is checked by the one rule for addresses, ``Contacts/EmailAddress`` (ASCII
/// dot-atom text on both sides of one `@`, a domain with a dot), the same rule the friends file
/// and every import use.
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
        if let reason = EmailAddress.problem(with: address) { throw .invalidAddress(address, reason: reason) }
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
        if words.allSatisfy({ $0.utf8.allSatisfy(EmailAddress.isAtext) && $0.utf8.count < HeaderField.lineLimit }) {
            return .atoms
        }
        // A quoted-string escapes `"` and `\` (3.2.4); one too long for a line is encoded instead,
        // since encoded-words can be folded and a quoted-string is kept whole.
        let quoted = "\"" + name.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
        return quoted.utf8.count < HeaderField.lineLimit ? .quoted(quoted) : .encoded
    }
}
