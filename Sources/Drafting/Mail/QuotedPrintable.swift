/// Quoted-printable (RFC 2045 6.7) for a UTF-8 text body.
///
/// The rules:
/// - Printable ASCII stands for itself, except `=`, which is `=3D` (rule 1, 2).
/// - Every other byte, each byte of a non-ASCII character included, is `=XX`, upper-case hex.
/// - A space or tab stands for itself, except as the last character of a line, where it is
///   `=20` or `=09`: transports strip white space at line ends (rule 3).
/// - A line break in the text stays a line break, a hard one (rule 4).
/// - No encoded line is longer than 76 characters: a longer line is cut with soft line breaks,
///   `=` at the end of a line (rule 5), never inside an `=XX`.
public enum QuotedPrintable {
    /// `text` encoded, its lines (ended by CR LF, CR or LF) joined by `lineEnding`, soft line
    /// breaks included. A final line break stays; none is added.
    public static func encode(_ text: String, lineEnding: LineEnding = .lf) -> String {
        BodyText.allLines(text).flatMap(encodedLines).joined(separator: lineEnding.rawValue)
    }

    static let lineLimit = 76

    /// One line of text as encoded lines: all but the last end in a soft line break.
    static func encodedLines(_ line: Substring) -> [String] {
        let bytes = Array(line.utf8)
        var lines: [String] = []
        var current = ""
        for (index, byte) in bytes.enumerated() {
            let isLast = index == bytes.count - 1
            let token: String
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                token = isLast ? Hex.escaped(byte, marker: "=") : String(UnicodeScalar(byte))
            } else if MailSyntax.isVisibleASCII(byte) && byte != UInt8(ascii: "=") {
                token = String(UnicodeScalar(byte))
            } else {
                token = Hex.escaped(byte, marker: "=")
            }
            // The last token may use the whole line; any other must leave room for the `=`.
            if current.utf8.count + token.utf8.count > (isLast ? lineLimit : lineLimit - 1) {
                lines.append(current + "=")
                current = ""
            }
            current += token
        }
        lines.append(current)
        return lines
    }
}
