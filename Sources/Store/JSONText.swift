import Foundation

/// Lists kept in one column as JSON text, the form GRDB's Codable records read `[String]` from.
enum JSONText {
    /// The strings of a JSON array kept by ``array(_:)``; nil for text that is not one.
    ///
    /// What ``array(_:)`` writes without an escape (`["Baking","AI"]`: no backslash, so no quote
    /// inside a string) is split by hand; anything else goes through `JSONDecoder`. Decoding every
    /// entry's categories and authors with `JSONDecoder` was a third of reading the entries.
    static func strings(_ text: String) -> [String]? {
        plainStrings(text) ?? (try? JSONDecoder().decode([String].self, from: Data(text.utf8)))
    }

    /// `["a","b"]` with no backslash, split at its quotes; nil for any other text.
    private static func plainStrings(_ text: String) -> [String]? {
        let bytes = text.utf8
        guard bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]"), !bytes.contains(UInt8(ascii: "\\")) else { return nil }
        let inner = text.utf8.dropFirst().dropLast()
        if inner.isEmpty { return [] }
        var strings: [String] = []
        var rest = inner[...]
        while true {
            guard rest.first == UInt8(ascii: "\"") else { return nil }
            rest = rest.dropFirst()
            guard let close = rest.firstIndex(of: UInt8(ascii: "\"")) else { return nil }
            guard let string = String(rest[..<close]) else { return nil }
            strings.append(string)
            rest = rest[rest.index(after: close)...]
            if rest.isEmpty { return strings }
            guard rest.first == UInt8(ascii: ",") else { return nil }
            rest = rest.dropFirst()
        }
    }

    /// A JSON array of `strings`; nil (SQL NULL) for none.
    static func array(_ strings: [String]) -> String? {
        guard !strings.isEmpty, let data = try? JSONEncoder().encode(strings) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
