// TEMPORARY: replaced by the real implementations before commit.
import Foundation
enum HTMLEntities { static func character(named name: Substring) -> String? { ["nbsp": "\u{A0}", "eacute": "é", "aacute": "á"][String(name)] } }
enum PlainText {
    static func fromLiteral(_ s: String) -> String { s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ") }
    static func fromHTML(_ s: String) -> String { fromLiteral(s.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)) }
    static func looksLikeHTML(_ s: String) -> Bool { s.contains("</") }
}
enum HTMLURLRewriter { static func resolvingRelativeURLs(in html: String, against base: String) -> String { html } }
enum URLResolver {
    static func resolve(_ r: String, against base: String?) -> String? { let t = r.trimmingCharacters(in: .whitespacesAndNewlines); guard let base, let b = URL(string: base) else { return t }; return URL(string: t, relativeTo: b)?.absoluteString ?? t }
    static func isAbsolute(_ s: String) -> Bool { s.contains("://") }
}
