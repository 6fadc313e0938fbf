/// Unstructured header text (RFC 5322 3.2.5), the kind `Subject` holds: what a person wrote,
/// made safe and short enough for a header.
///
/// The rules, in order:
/// - Control characters (C0, DEL, C1, and U+2028 and U+2029, the Unicode line and paragraph
///   separators) become spaces. No text can end a header line and start another
///   (`\r\nBcc: victim@example.com`): a header cannot be injected.
/// - Runs of spaces become one space, and spaces at either end go: folding and unfolding
///   (RFC 5322 2.2.3) would not keep them anyway.
/// - A word of printable ASCII stays as it is, readable. A word with anything else, one that
///   holds `=?` (a reader would take it for an encoded-word), or one too long for a line becomes
///   RFC 2047 encoded-words. Neighbouring such words become one run with the spaces between them
///   inside the encoding, because the white space between two encoded-words is not displayed
///   (RFC 2047 6.2).
/// - The field is folded at spaces so no line is longer than 78 characters (RFC 5322 2.1.1),
///   or 76 when it holds an encoded-word (RFC 2047 2).
public enum HeaderText {
    /// `text` with control characters made spaces, spaces collapsed and trimmed.
    public static func sanitized(_ text: String) -> String {
        var result = ""
        var spacePending = false
        for scalar in text.unicodeScalars {
            if scalar == " " || isControl(scalar) {
                spacePending = !result.isEmpty
            } else {
                if spacePending { result.append(" ") }
                spacePending = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The whole field, `Name: value`, folded, with `lineEnding` between its lines and none
    /// after the last.
    public static func field(name: String, value: String, lineEnding: LineEnding = .lf) -> String {
        var field = HeaderField(name: name)
        append(value, to: &field)
        return field.rendered(lineEnding: lineEnding)
    }

    /// Whether `scalar` is a control character: C0, DEL, C1, or the line or paragraph separator.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    static func append(_ text: String, to field: inout HeaderField) {
        var run: [Substring] = []
        for word in sanitized(text).split(separator: " ") {
            if staysReadable(word) {
                if !run.isEmpty { field.appendEncoded(run.joined(separator: " "), context: .text) }
                run = []
                field.append(String(word))
            } else {
                run.append(word)
            }
        }
        if !run.isEmpty { field.appendEncoded(run.joined(separator: " "), context: .text) }
    }

    /// Printable ASCII, no `=?`, and short enough for a continuation line after its space.
    static func staysReadable(_ word: Substring) -> Bool {
        word.utf8.count < HeaderField.lineLimit && !word.contains("=?") && word.utf8.allSatisfy(MailSyntax.isVisibleASCII)
    }
}
