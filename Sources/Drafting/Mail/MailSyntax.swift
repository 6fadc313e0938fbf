/// The pieces of RFC 5322's grammar the writer checks values against.
enum MailSyntax {
    /// Printable ASCII without the space (VCHAR, RFC 5234 B.1).
    static func isVisibleASCII(_ byte: UInt8) -> Bool {
        (0x21...0x7E).contains(byte)
    }
}
