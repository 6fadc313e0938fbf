/// A `mailto:` URI (RFC 6068) that opens a note in the reader's mail client:
/// `mailto:wendy@example.org?subject=Sourdough%20in%20Omaha&body=Hi%20Wendy%2C%0D%0A…`.
///
/// The rules:
/// - The address is the addr-spec alone: a `mailto:` `to` has no display name (section 2).
/// - The subject is sanitised as ``HeaderText/sanitized(_:)`` says, since the client makes a
///   header of it; the body's line breaks are all CR LF, `%0D%0A` (section 5).
/// - Every byte of the UTF-8 outside the unreserved set (letters, digits, `-._~`) is
///   percent-encoded, upper-case hex; only the `@` of the address stays as it is. So `&`, `=`,
///   `#`, `?`, `%`, `+` and spaces never end a field or change its meaning.
/// - An empty subject or body is left out.
public enum MailtoURI {
    public static func string(to address: MailAddress, subject: String = "", body: String = "") -> String {
        var fields: [String] = []
        let subject = HeaderText.sanitized(subject)
        if !subject.isEmpty { fields.append("subject=" + percentEncoded(subject)) }
        if !body.isEmpty { fields.append("body=" + percentEncoded(BodyText.allLines(body).joined(separator: "\r\n"))) }
        let query = fields.isEmpty ? "" : "?" + fields.joined(separator: "&")
        return "mailto:" + percentEncoded(address.address, keeping: "@") + query
    }

    public static func string(for message: MailMessage) -> String {
        string(to: message.to, subject: message.subject, body: message.body)
    }

    static func percentEncoded(_ text: String, keeping kept: String = "") -> String {
        var encoded = ""
        for byte in text.utf8 {
            let unreserved =
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || "-._~".utf8.contains(byte)
            if unreserved || kept.utf8.contains(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                encoded += Hex.escaped(byte, marker: "%")
            }
        }
        return encoded
    }
}
