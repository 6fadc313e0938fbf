/// An extra header field the writer adds after its own, such as `X-Share-Link: https://…`.
///
/// The name is ftext (RFC 5322 3.6.8: printable ASCII but `:`), and not one the writer writes
/// itself (From, To, Subject, Date, Message-ID, MIME-Version, Content-Type,
/// Content-Transfer-Encoding), nor Cc, Bcc or any `Resent-` field: `sendmail -t` takes
/// recipients from those, and an extra header must never add one. The value is unstructured
/// text, kept sanitised and written as ``HeaderText`` says.
public struct MailHeader: Sendable, Hashable {
    public let name: String
    public let value: String

    public init(name: String, value: String) throws(MailError) {
        guard !name.isEmpty, name.utf8.allSatisfy({ MailSyntax.isVisibleASCII($0) && $0 != UInt8(ascii: ":") }) else {
            throw .invalidHeaderName(name, reason: "expected printable ASCII with no space or ':' (RFC 5322 3.6.8)")
        }
        let lowercased = name.lowercased()
        if Self.reserved.contains(lowercased) || lowercased.hasPrefix("resent-") {
            throw .invalidHeaderName(name, reason: "the writer writes this field itself, or it would add a recipient")
        }
        self.name = name
        self.value = HeaderText.sanitized(value)
    }

    static let reserved: Set<String> = [
        "from", "to", "subject", "date", "message-id", "mime-version", "content-type", "content-transfer-encoding",
        "cc", "bcc",
    ]
}
