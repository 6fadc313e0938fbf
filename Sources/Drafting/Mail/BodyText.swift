/// A body's lines. CR LF, a lone CR and a lone LF all end a line; nothing else does (U+2028
/// and NEL are text in a mail body).
enum BodyText {
    /// Every line, including the empty one after a final line break.
    static func allLines(_ text: String) -> [Substring] {
        // "\r\n" is one Character, so it is matched whole and never makes an empty line.
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    }

    /// The lines a body is made of: as ``allLines(_:)``, but a final line break ends the last
    /// line instead of starting an empty one, so `"Hi\n"` and `"Hi"` are both one line.
    static func lines(_ text: String) -> [Substring] {
        var lines = allLines(text)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}
