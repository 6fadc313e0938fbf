import Foundation

/// A `Feed` as the JSON of the contract (`Contracts/feed.schema.json`): every property always
/// present, in the contract's order, null where the document gave nothing, dates as RFC 3339 in
/// UTC. Written by hand, not with `JSONEncoder`, to keep nulls, key order and speed.
extension Feed {
    public func contractJSON(pretty: Bool = true) -> String {
        var writer = JSONWriter(pretty: pretty)
        writer.object { w in
            w.key("format"); w.string(format.rawValue)
            w.key("encoding"); w.string(encoding)
            w.key("title"); w.string(title)
            w.key("subtitle"); w.string(subtitle)
            w.key("link"); w.string(link)
            w.key("feed_url"); w.string(feedURL)
            w.key("language"); w.string(language)
            w.key("updated"); w.date(updated)
            w.key("generator"); w.string(generator)
            w.key("image"); w.string(image)
            w.key("authors"); w.people(authors)
            w.key("categories"); w.strings(categories)
            w.key("items")
            w.array(items) { w, item in
                w.object { w in
                    w.key("id"); w.string(item.id)
                    w.key("title"); w.string(item.title)
                    w.key("link"); w.string(item.link)
                    w.key("summary"); w.string(item.summary)
                    w.key("content_html"); w.string(item.contentHTML)
                    w.key("published"); w.date(item.published)
                    w.key("updated"); w.date(item.updated)
                    w.key("authors"); w.people(item.authors)
                    w.key("categories"); w.strings(item.categories)
                    w.key("enclosures")
                    w.array(item.enclosures) { w, enclosure in
                        w.object { w in
                            w.key("url"); w.string(enclosure.url)
                            w.key("type"); w.string(enclosure.type)
                            w.key("length"); w.integer(enclosure.length)
                        }
                    }
                    w.key("comments"); w.string(item.comments)
                    w.key("source_feed"); w.string(item.sourceFeed)
                }
            }
            w.key("warnings"); w.strings(warnings)
        }
        return writer.output
    }
}

/// A small streaming JSON writer (RFC 8259), indented or compact.
struct JSONWriter {
    private(set) var output = ""
    private let pretty: Bool
    private var depth = 0
    private var needsComma = [false]
    private var afterKey = false

    init(pretty: Bool) {
        self.pretty = pretty
    }

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        open("{")
        body(&self)
        close("}")
    }

    mutating func array<T>(_ values: [T], _ element: (inout JSONWriter, T) -> Void) {
        open("[")
        for value in values { element(&self, value) }
        close("]")
    }

    mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        output += pretty ? ": " : ":"
        afterKey = true
    }

    mutating func string(_ value: String?) {
        guard let value else { return raw("null") }
        separate()
        appendQuoted(value)
    }

    mutating func integer(_ value: Int?) {
        raw(value.map(String.init) ?? "null")
    }

    mutating func bool(_ value: Bool) {
        raw(value ? "true" : "false")
    }

    mutating func date(_ value: Date?) {
        string(value.map(FeedDateParser.rfc3339String(from:)))
    }

    mutating func strings(_ values: [String]) {
        array(values) { w, value in w.string(value) }
    }

    mutating func people(_ values: [Person]) {
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
