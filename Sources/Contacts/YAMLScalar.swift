import Yams

/// How a piece of text is written into the friends file so that it reads back as the same text.
///
/// YAML 1.2 (§7.3, §7.4) lets most text stand plain, `city: Omaha`, and the writer keeps it so
/// for people who edit the file by hand. Text is double-quoted, with escapes, when plain would
/// change what it means or where it ends:
/// - it would read as something else than text: `yes`, `null`, `~`, `42`, `2026-10-01`
///   (decided by Yams' own resolver, so the writer and reader agree);
/// - it is empty, or starts or ends with a space;
/// - it starts with one of YAML's indicator characters (`- ? : , [ ] { } # & * ! | > ' " % @` and the backtick);
/// - it holds `: ` or ` #`, or ends with `:`, which would start a mapping or a comment;
/// - inside a flow list or mapping (`[a, b]`), it holds any of `, [ ] { } :`;
/// - it holds a line break, a tab, or a character YAML does not allow unescaped.
enum YAMLScalar {
    /// Where the text stands: a block mapping's value (`city: …`) or inside `[…]`/`{…}`.
    enum Context {
        case block
        case flow
    }

    /// `text` as a plain scalar when that is safe in `context`, else double-quoted.
    static func render(_ text: String, in context: Context) -> String {
        canBePlain(text, in: context) ? text : doubleQuoted(text)
    }

    /// A literal block scalar (YAML 1.2 §8.1.2) for text of several lines, for a mapping value
    /// at `indent` spaces: `|-` when the text has no final line break, `|` when it has one.
    /// `nil` when the text would not survive a literal block unchanged (a first line starting
    /// with a space, a line of only spaces, several final line breaks, a character that needs
    /// escaping); the caller then uses ``render(_:in:)``.
    static func literalBlock(_ text: String, indent: Int) -> String? {
        guard text.contains("\n") else { return nil }
        var body = text
        let chomping: String
        if body.hasSuffix("\n") {
            body.removeLast()
            chomping = "|"
        } else {
            chomping = "|-"
        }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        guard !body.hasSuffix("\n"), let first = lines.first, !first.isEmpty, first.first != " ", first.first != "\t",
            lines.allSatisfy({ $0.isEmpty || !$0.allSatisfy { $0 == " " || $0 == "\t" } }),
            body.unicodeScalars.allSatisfy({ $0 != "\r" && isPrintable($0) && !isLineBreakLike($0) })
        else { return nil }
        let margin = String(repeating: " ", count: indent)
        return ([chomping] + lines.map { $0.isEmpty ? "" : margin + $0 }).joined(separator: "\n")
    }

    /// Double-quoted (YAML 1.2 §7.3.1) with `\\`, `\"`, `\n`, `\t`, `\r` and `\uXXXX` escapes;
    /// every other printable character stays as it is, so "Zoë" stays "Zoë".
    static func doubleQuoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": quoted += "\\\\"
            case "\"": quoted += "\\\""
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            case "\r": quoted += "\\r"
            case _ where !isPrintable(scalar) || isLineBreakLike(scalar):
                quoted +=
                    scalar.value <= 0xFFFF
                    ? "\\u" + hex(scalar.value, digits: 4)
                    : "\\U" + hex(scalar.value, digits: 8)
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    // MARK: - The rules

    private static func canBePlain(_ text: String, in context: Context) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
            first != " ", last != " ", !indicators.contains(first), last != ":",
            !text.contains(": "), !text.contains(" #"),
            text.unicodeScalars.allSatisfy({ isPrintable($0) && !isLineBreakLike($0) && $0 != "\t" && $0 != "\n" && $0 != "\r" }),
            Resolver.default.resolveTag(of: Node(text)) == .str
        else { return false }
        switch context {
        case .block: return true
        case .flow: return !text.unicodeScalars.contains(where: flowIndicators.contains)
        }
    }

    private static let indicators: Set<Unicode.Scalar> = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`",
    ]
    private static let flowIndicators: Set<Unicode.Scalar> = [",", "[", "]", "{", "}", ":"]

    /// YAML's printable set (§5.1): tab, line feed, carriage return, and the visible characters,
    /// less the surrogates, U+FFFE and U+FFFF.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Characters that YAML 1.1 parsers (libyaml among them) take as line breaks, or that editors
    /// hide: next line, the line and paragraph separators, and the byte order mark.
    private static func isLineBreakLike(_ scalar: Unicode.Scalar) -> Bool {
        [0x85, 0x2028, 0x2029, 0xFEFF].contains(scalar.value)
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
