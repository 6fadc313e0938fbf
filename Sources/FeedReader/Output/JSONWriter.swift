import Foundation

/// A small streaming JSON writer (RFC 8259), indented or compact: the one share writes all its
/// JSON with (the feed contract, JSON Lines of suggestions and drafts, the feed list).
///
/// Rules: keys come out in the order written (a caller that promises sorted keys writes them
/// sorted); a nil value is `null`; strings escape `"`, `\`, the control characters and U+2028
/// and U+2029 (which end a line in JavaScript), and keep every other character as it is,
/// slashes included; a number that is whole is written without a fraction (`2`, not `2.0`),
/// another in the shortest form that reads back the same, and one that is not finite as `null`.
public struct JSONWriter {
    public private(set) var output = ""
    private let pretty: Bool
    private var depth = 0
    private var needsComma = [false]
    private var afterKey = false

    public init(pretty: Bool) {
        self.pretty = pretty
    }

    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        open("{")
        body(&self)
        close("}")
    }

    public mutating func array<T>(_ values: [T], _ element: (inout JSONWriter, T) -> Void) {
        open("[")
        for value in values { element(&self, value) }
        close("]")
    }

    public mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        output += pretty ? ": " : ":"
        afterKey = true
    }

    public mutating func string(_ value: String?) {
        guard let value else { return raw("null") }
        separate()
        appendQuoted(value)
    }

    public mutating func integer(_ value: Int?) {
        raw(value.map(String.init) ?? "null")
    }

    public mutating func bool(_ value: Bool) {
        raw(value ? "true" : "false")
    }

    public mutating func number(_ value: Double?) {
        guard let value, value.isFinite else { return raw("null") }
        if value == value.rounded(), abs(value) < 1e15 { return raw(String(Int64(value))) }
        raw(String(value))
    }

    public mutating func date(_ value: Date?) {
        string(value.map(FeedDateParser.rfc3339String(from:)))
    }

    public mutating func strings(_ values: [String]) {
        array(values) { w, value in w.string(value) }
    }

    public mutating func people(_ values: [Person]) {
        array(values) { w, person in
            w.object { w in
                w.key("name"); w.string(person.name)
                w.key("email"); w.string(person.email)
                w.key("uri"); w.string(person.uri)
            }
        }
    }

    private mutating func raw(_ text: String) {
        separate()
        output += text
    }

    private mutating func open(_ bracket: String) {
        separate()
        output += bracket
        depth += 1
        needsComma.append(false)
    }

    private mutating func close(_ bracket: String) {
        let hadContent = needsComma.removeLast()
        depth -= 1
        if pretty, hadContent { newline() }
        output += bracket
    }

    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        if needsComma[needsComma.count - 1] { output += "," }
        needsComma[needsComma.count - 1] = true
        if pretty, depth > 0 { newline() }
    }

    private mutating func newline() {
        output += "\n"
        output += String(repeating: "  ", count: depth)
    }

    private mutating func appendQuoted(_ text: String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
