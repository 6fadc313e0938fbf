/// Writes a ``MailMessage`` as an Internet message (RFC 5322) with a MIME text body
/// (RFC 2045): what `sendmail -t` reads, what an `.eml` file holds.
///
/// The header, in this order: From (left out when there is none: the mail client fills it in),
/// To, Subject, Date (RFC 5322 3.3, in UTC), Message-ID, MIME-Version: 1.0,
/// Content-Type: text/plain; charset=utf-8, Content-Transfer-Encoding, then the extra headers.
/// Every header line is at most 78 characters, 76 with an encoded-word (``HeaderText``), and
/// the whole message is ASCII.
///
/// Then an empty line and the body, its line breaks (CR LF, CR, LF) all made `lineEnding`, and
/// ending with one. The body is `7bit` when it is ASCII with no control characters but tab and
/// no line longer than 78 characters (RFC 5322 2.1.1), which leaves it readable as it is;
/// otherwise it is `quoted-printable` (``QuotedPrintable``).
public struct MessageWriter: Sendable {
    public let lineEnding: LineEnding

    public init(lineEnding: LineEnding = .lf) {
        self.lineEnding = lineEnding
    }

    public func render(_ message: MailMessage) -> String {
        var fields: [HeaderField] = []
        if let from = message.from { fields.append(mailbox(from, named: "From")) }
        fields.append(mailbox(message.to, named: "To"))
        fields.append(text(message.subject, named: "Subject"))
        fields.append(tokens(MailDate.rfc5322(message.date).split(separator: " ").map(String.init), named: "Date"))
        fields.append(tokens([message.messageID.rendered], named: "Message-ID"))

        let lines = BodyText.lines(message.body)
        let encoding = TransferEncoding(lines: lines)
        fields.append(tokens(["1.0"], named: "MIME-Version"))
        fields.append(tokens(["text/plain;", "charset=utf-8"], named: "Content-Type"))
        fields.append(tokens([encoding.rawValue], named: "Content-Transfer-Encoding"))
        for header in message.extraHeaders { fields.append(text(header.value, named: header.name)) }

        let bodyLines = encoding == .sevenBit ? lines.map(String.init) : lines.flatMap(QuotedPrintable.encodedLines)
        let ending = lineEnding.rawValue
        return fields.map { $0.rendered(lineEnding: lineEnding) + ending }.joined() + ending
            + bodyLines.map { $0 + ending }.joined()
    }

    private func mailbox(_ address: MailAddress, named name: String) -> HeaderField {
        var field = HeaderField(name: name)
        address.append(to: &field)
        return field
    }

    private func text(_ value: String, named name: String) -> HeaderField {
        var field = HeaderField(name: name)
        HeaderText.append(value, to: &field)
        return field
    }

    private func tokens(_ tokens: [String], named name: String) -> HeaderField {
        var field = HeaderField(name: name)
        for token in tokens { field.append(token) }
        return field
    }
}

/// The body's Content-Transfer-Encoding (RFC 2045 6).
enum TransferEncoding: String {
    case sevenBit = "7bit"
    case quotedPrintable = "quoted-printable"

    init(lines: [Substring]) {
        let plain = lines.allSatisfy { line in
            line.utf8.count <= HeaderField.lineLimit
                && line.utf8.allSatisfy { $0 == UInt8(ascii: "\t") || (0x20...0x7E).contains($0) }
        }
        self = plain ? .sevenBit : .quotedPrintable
    }
}
