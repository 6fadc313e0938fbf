import FeedReader
import Foundation
import Testing

/// The README's example of the feed reader as a library, compiled and run here: the code between
/// the two marks below is the README's Swift block, line for line (its imports aside), and
/// `theReadmeShowsThisCode` fails when the two part.
struct ReadmeExampleTests {
    @Test func theExampleRunsAndSaysWhatItsCommentsSay() throws {
        // README example: begin
        // A whole document at once (from a file, a download, or here a string)…
        let document = Data(
            """
            <rss version="2.0"><channel><title>Bakers' Almanac</title>
            <item><title>Pie crust, three ways</title><link>https://bakers.example.com/pie</link></item>
            </channel></rss>
            """.utf8)
        let feed = try FeedParser.parse(document)
        print(feed.title ?? "", feed.items.count)  // Bakers' Almanac 1

        // …or its bytes as they arrive, relative links resolved against where they came from.
        let parser = FeedParser(options: FeedParserOptions(documentURL: "https://example.org/feed.xml"))
        try parser.push(contentsOf: Array(#"<rss version="2.0"><channel><title>Notes</title><item>"#.utf8))
        try parser.push(contentsOf: Data(#"<title>Hello</title><link>/hello</link></item></channel></rss>"#.utf8))
        let streamed = try parser.finish()
        print(streamed.items[0].link ?? "")  // https://example.org/hello
        // README example: end
        #expect(feed.title == "Bakers' Almanac" && feed.items.count == 1)
        #expect(streamed.items[0].link == "https://example.org/hello")
    }

    @Test func theReadmeShowsThisCode() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let block = try #require(readme.components(separatedBy: "```swift\n").dropFirst().first?.components(separatedBy: "```").first)
        let shown = block.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.hasPrefix("import ") && !$0.isEmpty }
        let lines = source.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let begin = try #require(lines.firstIndex(of: "// README example: begin"))
        let end = try #require(lines.firstIndex(of: "// README example: end"))
        #expect(shown == lines[(begin + 1)..<end].filter { !$0.isEmpty })
    }

    /// What a library user's own tests can build, without a document.
    @Test func aFeedCanBeBuiltByHand() {
        let item = FeedItem(title: "Pie crust, three ways", link: "https://bakers.example.com/pie")
        let feed = Feed(format: .rss20, title: "Bakers' Almanac", items: [item])
        #expect(feed.items[0].stableID == "https://bakers.example.com/pie", "the link stands in for a missing id")
        #expect(feed.contractJSON(pretty: false).contains(#""title":"Pie crust, three ways""#))
    }

    /// Pushed as an array, as `Data`, or as a sequence that is not contiguous: the same feed.
    @Test func everyKindOfBytesReadsTheSame() throws {
        let text = #"<rss version="2.0"><channel><title>Notes</title><item><title>Hello</title></item></channel></rss>"#
        func read(_ push: (FeedParser) throws -> Void) throws -> Feed {
            let parser = FeedParser()
            try push(parser)
            return try parser.finish()
        }
        let fromArray = try read { try $0.push(contentsOf: Array(text.utf8)) }
        let fromData = try read { try $0.push(contentsOf: Data(text.utf8)) }
        let fromSequence = try read { try $0.push(contentsOf: text.utf8.lazy.map { $0 }) }
        #expect(fromArray == fromData && fromData == fromSequence && fromArray.items.count == 1)
    }
}
