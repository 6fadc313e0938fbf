import Foundation

/// One content line of a vCard, after unfolding:
///
///     [group "."] name *(";" parameter) ":" value
///
/// as in `item1.EMAIL;type=INTERNET;type=pref:wendy@example.org` (RFC 6350 §3.3 for vCard 4.0,
/// RFC 2426 §4 for 3.0, and the vCard 2.1 specification for what old phones and Outlook write).
///
/// Rules followed here:
/// - **Folding** (RFC 6350 §3.2, RFC 2426 §2.6): a line break (CRLF, or LF alone as many tools
///   write) followed by one space or tab continues the line before; the break and that one
///   character are removed.
/// - **Quoted-printable soft breaks** (vCard 2.1, RFC 2045 §6.7): in a value whose `ENCODING` is
///   `QUOTED-PRINTABLE`, a line ending in `=` continues on the next line, indented or not.
/// - **Parameters**: names are case-insensitive; a value may be a comma-separated list and may be
///   double-quoted (then it may hold `:`, `;` and `,`, except in `TYPE`, where RFC 6350's own
///   examples quote a list: `TYPE="voice,home"`); a parameter may repeat
///   (`type=INTERNET;type=pref`); vCard 2.1's bare parameters (`EMAIL;PREF;INTERNET:`) are
///   `TYPE` values, or `ENCODING` for `QUOTED-PRINTABLE`, `BASE64`, `8BIT` and `7BIT`; RFC 6868's
///   `^n`, `^^` and `^'` stand for a line break, `^` and `"`.
/// - **Escapes in values** (RFC 6350 §3.4): `\n` or `\N` is a line break, and `\,` `\;` `\\` are
///   the character itself. Other backslashes are kept as they are, as 2.1 files and
///   Windows paths need.
struct VCardLine: Sendable, Hashable {
    /// The physical line it starts on, counting from 1.
    var number: Int
    /// The group before the dot (`item1`), for properties an exporter ties together.
    var group: String?
    /// The property name, upper-cased: `FN`, `EMAIL`, `X-ABLABEL`.
    var name: String
    /// Each parameter's values in the order written, keyed by the parameter's upper-cased name.
    var parameters: [String: [String]]
    /// The value as written: escapes, and any quoted-printable encoding, still in.
    var rawValue: String

    // MARK: - Reading lines

    /// The content lines of `text`, unfolded. Lines that are not content lines (no `:`) are left
    /// out, as are blank lines.
    static func lines(in text: String) -> [VCardLine] {
        var logical: [(number: Int, text: String)] = []
        for (index, physical) in physicalLines(of: text).enumerated() {
            if let last = logical.last, endsInSoftLineBreak(last.text) {
                logical[logical.count - 1].text = String(last.text.dropLast()) + physical
            } else if let first = physical.first, first == " " || first == "\t", !logical.isEmpty {
                logical[logical.count - 1].text += physical.dropFirst()
            } else {
                logical.append((index + 1, physical))
            }
        }
        return logical.compactMap { VCardLine(parsing: $0.text, number: $0.number) }
    }

    /// Splits one unfolded line into group, name, parameters and value; `nil` when it has no `:`
    /// or no name.
    init?(parsing text: String, number: Int) {
        guard let colon = Self.firstUnquoted(":", in: Substring(text)) else { return nil }
        var segments = Self.splitUnquoted(text[..<colon], on: ";")
        let qualifiedName = segments.removeFirst()
        if let dot = qualifiedName.lastIndex(of: ".") {
            group = String(qualifiedName[..<dot])
            name = qualifiedName[qualifiedName.index(after: dot)...].uppercased()
        } else {
            group = nil
            name = qualifiedName.uppercased()
        }
        guard !name.isEmpty else { return nil }
        self.number = number
        rawValue = String(text[text.index(after: colon)...])
        parameters = [:]
        for segment in segments where !segment.isEmpty {
            if let equals = segment.firstIndex(of: "=") {
                let name = segment[..<equals].uppercased()
                var values = Self.splitUnquoted(segment[segment.index(after: equals)...], on: ",").map(Self.parameterValue)
                if name == "TYPE" {
                    // RFC 6350's own examples quote a list of types: TYPE="voice,home".
                    values = values.flatMap { $0.split(separator: ",").map(String.init) }
                }
                parameters[name, default: []] += values
            } else {
                let bareEncodings: Set<String> = ["QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT"]
                parameters[bareEncodings.contains(segment.uppercased()) ? "ENCODING" : "TYPE", default: []].append(String(segment))
            }
        }
    }

    // MARK: - Parameters

    /// Whether `TYPE` lists `type`, in any case (`type=pref`, `TYPE=PREF`, bare `PREF`).
    func hasType(_ type: String) -> Bool {
        parameters["TYPE", default: []].contains { $0.caseInsensitiveCompare(type) == .orderedSame }
    }

    /// How preferred this line is among lines of its name, 1 being most: vCard 4.0's `PREF=1`…`100`;
    /// 3.0's `TYPE=pref` and 2.1's bare `PREF` count as 1. `nil` when not marked.
    var preference: Int? {
        if let pref = parameters["PREF"]?.first, let rank = Int(pref) { return rank }
        return hasType("pref") ? 1 : nil
    }

    var isQuotedPrintable: Bool {
        parameters["ENCODING", default: []].contains { $0.caseInsensitiveCompare("QUOTED-PRINTABLE") == .orderedSame }
    }

    /// `CHARSET`, which vCard 2.1 and 3.0 allow and only matters for quoted-printable values.
    var charset: String? { parameters["CHARSET"]?.first }

    // MARK: - The value

    /// The whole value as text: quoted-printable decoded, escapes resolved, line breaks as `\n`.
    var text: String { decode(Substring(rawValue)) }

    /// The value split on unescaped `separator` (`;` for N and ADR, `,` for CATEGORIES), each
    /// part decoded like ``text``.
    func components(separatedBy separator: Character) -> [String] {
        Self.splitUnescaped(Substring(rawValue), on: separator).map(decode)
    }

    private func decode(_ raw: Substring) -> String {
        let unencoded = isQuotedPrintable ? QuotedPrintable.decode(raw, charset: charset) : String(raw)
        return Self.unescape(unencoded)
    }

    /// Resolves RFC 6350 §3.4 escapes, and makes every line break `\n`.
    static func unescape(_ value: String) -> String {
        var text = ""
        var escaping = false
        for scalar in value.unicodeScalars {
            if escaping {
                switch scalar {
                case "n", "N": text += "\n"
                case ",", ";", "\\": text.unicodeScalars.append(scalar)
                default: text += "\\" + String(scalar)
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                text.unicodeScalars.append(scalar)
            }
        }
        if escaping { text += "\\" }
        return text.replacingLineBreaks()
    }

    // MARK: - Syntax helpers

    /// The lines of `text`, split at CRLF, LF or CR, without the breaks.
    static func physicalLines(of text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && afterCarriageReturn {
                afterCarriageReturn = false
                continue
            }
            afterCarriageReturn = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }

    /// A line of a quoted-printable value that ends in `=` goes on on the next line.
    private static func endsInSoftLineBreak(_ line: String) -> Bool {
        guard line.hasSuffix("="), let colon = firstUnquoted(":", in: Substring(line)) else { return false }
        return line[..<colon].uppercased().contains("QUOTED-PRINTABLE")
    }

    private static func firstUnquoted(_ target: Character, in text: Substring) -> String.Index? {
        var quoted = false
        for index in text.indices {
            if text[index] == "\"" { quoted.toggle() }
            if text[index] == target && !quoted { return index }
        }
        return nil
    }

    private static func splitUnquoted(_ text: Substring, on separator: Character) -> [Substring] {
        var parts: [Substring] = []
        var rest = text
        while let index = firstUnquoted(separator, in: rest) {
            parts.append(rest[..<index])
            rest = rest[rest.index(after: index)...]
        }
        return parts + [rest]
    }

    private static func splitUnescaped(_ text: Substring, on separator: Character) -> [Substring] {
        var parts: [Substring] = []
        var start = text.startIndex
        var escaping = false
        for index in text.indices {
            if escaping {
                escaping = false
            } else if text[index] == "\\" {
                escaping = true
            } else if text[index] == separator {
                parts.append(text[start..<index])
                start = text.index(after: index)
            }
        }
        return parts + [text[start...]]
    }

    /// A parameter value without its double quotes, with RFC 6868's caret escapes resolved.
    private static func parameterValue(_ written: Substring) -> String {
        var value = written
        if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
            value = value.dropFirst().dropLast()
        }
        var text = ""
        var caret = false
        for character in value {
            if caret {
                switch character {
                case "n": text += "\n"
                case "^": text += "^"
                case "'": text += "\""
                default: text += "^" + String(character)
                }
                caret = false
            } else if character == "^" {
                caret = true
            } else {
                text.append(character)
            }
        }
        return caret ? text + "^" : text
    }
}

extension String {
    /// The text with CRLF and CR made `\n`.
    func replacingLineBreaks() -> String {
        guard contains("\r") else { return self }
        return replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
