/// The pieces of RFC 5322's grammar the writer checks values against.
enum MailSyntax {
    /// atext (RFC 5322 3.2.3): letters, digits and ``!#$%&'*+-/=?^_`{|}~``, the characters an
    /// atom may hold without quoting.
    static func isAtext(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "!#$%&'*+-/=?^_`{|}~".utf8.contains(byte)
        }
    }

    /// dot-atom-text (RFC 5322 3.2.3): atoms joined by single dots, no dot at either end.
    static func isDotAtomText(_ text: Substring) -> Bool {
        let parts = text.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(isAtext) }
    }

    /// Printable ASCII without the space (VCHAR, RFC 5234 B.1).
    static func isVisibleASCII(_ byte: UInt8) -> Bool {
        (0x21...0x7E).contains(byte)
    }
}
