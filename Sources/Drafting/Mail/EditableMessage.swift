import Foundation

/// A message share wrote, as a person reads and edits it: who it is to, its subject and its body
/// as plain text; and the edit put back into the message with everything else kept.
///
/// Rules:
/// - The readable form is `To:` and `Subject:` lines, a blank line, then the body, decoded
///   (RFC 2047 words, quoted-printable per RFC 2045 section 6.7).
/// - An edit changes the subject and the body only. The other fields (From, To, Date,
///   Message-ID, the links) stay byte for byte, so the message is still the one reviewed; the
///   body is written 7bit or quoted-printable as ``MessageWriter`` would, and Subject encoded
///   as it would.
public struct EditableMessage: Sendable, Hashable {
    public let to: String
    public let subject: String
    public let body: String

    /// The readable form of `message` (share's RFC 5322 text, LF or CRLF line ends).
    public init(message: String) {
        let headers = MessageHeaders(message: message)
        to = headers.values("To").first ?? ""
        subject = headers.values("Subject").first ?? ""
        let (_, rawBody) = Self.split(message)
        let isQuotedPrintable = headers.values("Content-Transfer-Encoding").first?.lowercased() == "quoted-printable"
        body = isQuotedPrintable ? QuotedPrintable.decode(rawBody) : rawBody
    }

    /// The form an editor shows.
    public var text: String { "To: \(to)\nSubject: \(subject)\n\n\(body)" }

    /// The subject and body of an edited readable form; nil when its header part has no
    /// Subject line or it has no blank line before the body.
    public static func edit(from text: String) -> (subject: String, body: String)? {
        let (head, body) = split(text)
        guard text.contains("\n\n") else { return nil }
        let subject = MessageHeaders(message: head + "\n").values("Subject").first
        return subject.map { ($0, body) }
    }

    /// `message` with `subject` and `body` in place of its own.
    public static func replacing(subject: String, body: String, in message: String) -> String {
        let (head, _) = split(message)
        let lines = BodyText.lines(body)
        let encoding = TransferEncoding(lines: lines)
        var fields: [String] = []
        // Whether the field being read is one the edit replaces: its folded lines go with it.
        var isReplaced = false
        for line in head.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.first == " " || line.first == "\t" {
                if !isReplaced, !fields.isEmpty { fields[fields.count - 1] += "\n" + line }
                continue
            }
            let name = line.prefix { $0 != ":" }.lowercased()
            isReplaced = name == "subject" || name == "content-transfer-encoding"
            switch name {
            case "subject":
                var field = HeaderField(name: "Subject")
                HeaderText.append(HeaderText.sanitized(subject), to: &field)
                fields.append(field.rendered(lineEnding: .lf))
            case "content-transfer-encoding":
                fields.append("Content-Transfer-Encoding: \(encoding.rawValue)")
            default:
                fields.append(String(line))
            }
        }
        let bodyLines = encoding == .sevenBit ? lines.map(String.init) : lines.flatMap(QuotedPrintable.encodedLines)
        return fields.filter { !$0.isEmpty }.map { $0 + "\n" }.joined() + "\n" + bodyLines.map { $0 + "\n" }.joined()
    }

    /// The header part (without its blank line) and the body of a message.
    private static func split(_ message: String) -> (head: String, body: String) {
        let normalized = message.replacingOccurrences(of: "\r\n", with: "\n")
        guard let blank = normalized.range(of: "\n\n") else { return (normalized, "") }
        return (String(normalized[..<blank.lowerBound]), String(normalized[blank.upperBound...]))
    }
}

extension QuotedPrintable {
    /// Quoted-printable text decoded (RFC 2045 section 6.7): soft line breaks joined, `=XX`
    /// made bytes, read as UTF-8. A malformed `=` stands for itself.
    public static func decode(_ text: String) -> String {
        var bytes: [UInt8] = []
        let input = Array(text.utf8)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "=") {
                if index + 1 < input.count, input[index + 1] == UInt8(ascii: "\n") {
                    index += 2
                    continue
                }
                if index + 2 < input.count, let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2]) {
                    bytes.append(high << 4 | low)
                    index += 3
                    continue
                }
            }
            bytes.append(byte)
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
