import Contacts

/// The pieces of RFC 5322's grammar the writer checks values against.
enum MailSyntax {
    /// atext and dot-atom-text (RFC 5322 3.2.3) are stated once, with the address rule they
    /// serve: ``Contacts/EmailAddress``.
    static func isAtext(_ byte: UInt8) -> Bool { EmailAddress.isAtext(byte) }

    static func isDotAtomText(_ text: Substring) -> Bool { EmailAddress.isDotAtomText(text) }

    /// Printable ASCII without the space (VCHAR, RFC 5234 B.1).
    static func isVisibleASCII(_ byte: UInt8) -> Bool {
        (0x21...0x7E).contains(byte)
    }
}
