import Foundation
import Testing

@testable import FeedReader

@Suite("JSON reader (RFC 8259)")
struct JSONReaderTests {
    static func read(_ text: String, maxDepth: Int = 64) throws(JSONSyntaxError) -> JSONValue {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { (bytes) throws(JSONSyntaxError) in try JSONReader.read(bytes, maxDepth: maxDepth) }
    }

    static func error(_ text: String, maxDepth: Int = 64) -> JSONSyntaxError? {
        do {
            _ = try read(text, maxDepth: maxDepth)
            return nil
        } catch {
            return error
        }
    }

    /// A form both readers can be compared in: Foundation's objects, or ours.
    static func canonical(_ value: Any) -> String {
        switch value {
        case let object as [String: Any]:
            return "{" + object.keys.sorted().map { "\($0.debugDescription):\(canonical(object[$0]!))" }.joined(separator: ",") + "}"
        case let array as [Any]: return "[" + array.map(canonical).joined(separator: ",") + "]"
        case let string as String: return string.debugDescription
        case is NSNull: return "null"
        // Foundation gives true and false as numbers, so booleans are compared as 1 and 0.
        case let number as NSNumber: return "\(number.doubleValue)"
        default: return "?"
        }
    }

    static func canonical(_ value: JSONValue) -> String {
        switch value {
        case .object(let object):
            var last: [String: JSONValue] = [:]
            for member in object.members { last[member.name] = member.value }
            return "{" + last.keys.sorted().map { "\($0.debugDescription):\(canonical(last[$0]!))" }.joined(separator: ",") + "}"
        case .array(let array): return "[" + array.map { canonical($0) }.joined(separator: ",") + "]"
        case .string(let string): return string.debugDescription
        case .number(let text): return "\(Double(text)!)"
        case .bool(let value): return value ? "1.0" : "0.0"
        case .null: return "null"
        }
    }

    @Test(arguments: [
        #"{"a": [1, -2.5, 3e2, 0.1E-3, true, false, null], "b": {"c": {}}, "d": []}"#,
        #"  "just a string"  "#,
        #"["\"\\\/\b\f\n\r\t", "caf\u00e9", "\ud83c\udf89 party", "Zoë — “quoted” 🎉"]"#,
        #"{"dup": 1, "dup": 2}"#,
        "[\n  {\"id\": 12345678901234, \"size\": 1.0e3}\n]",
    ])
    func readsWhatFoundationReads(text: String) throws {
        let ours = try Self.read(text)
        let foundation = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        #expect(Self.canonical(ours) == Self.canonical(foundation))
    }

    @Test func literals() throws {
        let array = try #require(try Self.read("[true, false, null]").arrayValue)
        #expect(array.map { if case .bool(let value) = $0 { value } else { nil } } == [true, false, nil])
        if case .null = array[2] {} else { Issue.record("null is not null") }
    }

    @Test func numbersKeepTheirText() throws {
        let array = try #require(try Self.read("[123, -0.50, 1E+9]").arrayValue)
        #expect(array.map(\.numberText) == ["123", "-0.50", "1E+9"])
    }

    @Test func loneSurrogatesBecomeReplacementCharacters() throws {
        #expect(try Self.read(#""a\ud800b""#).stringValue == "a\u{FFFD}b")
        #expect(try Self.read(#""\udc00""#).stringValue == "\u{FFFD}")
        // A high surrogate followed by an escape that is not a low one: both are read.
        #expect(try Self.read(#""\ud800\u0041""#).stringValue == "\u{FFFD}A")
    }

    @Test(
        arguments: [
            ("", 1, 1, "ends where a value"),
            ("{\"a\": 1,}", 1, 9, "member name"),
            ("[1 2]", 1, 4, "',' or ']'"),
            ("{\"a\" 1}", 1, 6, "':'"),
            ("\"never ends", 1, 1, "never ends"),
            ("\"tab\tinside\"", 1, 5, "control character"),
            ("\"\\x\"", 1, 2, "unknown escape"),
            ("\"\\u12G4\"", 1, 6, "hexadecimal"),
            ("[01]", 1, 3, "',' or ']'"),
            ("[1.]", 1, 4, "decimal point"),
            ("[-]", 1, 3, "digit"),
            ("[tru]", 1, 2, "expected a value"),
            ("{}\n\n  x", 3, 3, "after the end"),
            ("[\n  \"é\", nope]", 2, 8, "expected a value"),
        ] as [(String, Int, Int, String)])
    func errorsSayWhereAndWhy(text: String, line: Int, column: Int, reason: String) throws {
        let error = try #require(Self.error(text), "\(text.debugDescription) should not parse")
        #expect(error.line == line && error.column == column, "\(error)")
        #expect(error.reason.contains(reason), "\(error)")
        #expect(!error.isTooDeep)
    }

    @Test func nestingIsLimited() throws {
        #expect(try Self.read(String(repeating: "[", count: 8) + String(repeating: "]", count: 8), maxDepth: 8).arrayValue != nil)
        let error = try #require(Self.error(String(repeating: "[", count: 9) + String(repeating: "]", count: 9), maxDepth: 8))
        #expect(error.isTooDeep)
    }

    @Test func aJSONFeedTooDeepOrBrokenIsAClearError() {
        let deep =
            #"{"version": "https://jsonfeed.org/version/1.1", "items": "# + String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
            + "}"
        #expect(throws: FeedParserError.self) { try FeedParser.parse(Data(deep.utf8)) }
        do {
            _ = try FeedParser.parse(Data("{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n  \"items\": [,]\n}".utf8))
            Issue.record("a broken JSON Feed parsed")
        } catch {
            #expect("\(error)".contains("line 3, column 13"), "\(error)")
        }
    }

    @Test func aJSONFeedWithNumbersWhereStringsAreUsual() throws {
        let feed = try FeedParser.parse(
            Data(
                #"""
                {"version": "https://jsonfeed.org/version/1", "title": "Numbers",
                 "items": [{"id": 42, "url": "https://example.com/42", "content_text": "a < b & c",
                            "attachments": [{"url": "https://example.com/a.mp3", "mime_type": "audio/mpeg", "size_in_bytes": 1.2e3},
                                            {"url": "https://example.com/b.mp3", "size_in_bytes": -1}]}]}
                """#.utf8))
        let item = try #require(feed.items.first)
        #expect(item.id == "42")
        #expect(item.contentHTML == "a &lt; b &amp; c")
        #expect(item.enclosures.map(\.length) == [1200, nil])
    }
}
