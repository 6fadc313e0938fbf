import Foundation

/// Lists kept in one column as JSON text, the form GRDB's Codable records read `[String]` from.
enum JSONText {
    /// A JSON array of `strings`; nil (SQL NULL) for none.
    static func array(_ strings: [String]) -> String? {
        guard !strings.isEmpty, let data = try? JSONEncoder().encode(strings) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
