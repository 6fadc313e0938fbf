import Foundation
import Testing

@testable import FeedReader

/// The parser takes a document in pieces as it arrives, and a piece may end anywhere: inside a
/// multi-byte character, a reference, `<!--`, `<![CDATA[`, `<?` or a DOCTYPE. Wherever the
/// cuts fall, the feed must come out the same as from the whole document.
@Suite("Documents pushed in pieces")
struct ChunkBoundaryTests {
    /// Every construct a cut can fall inside, in one RSS document: a DOCTYPE with an entity, a
    /// comment and a processing instruction holding '&', CDATA, the five XML entities, numeric
    /// and HTML references, a bare '&', UTF-8 of two, three and four bytes, a C1 control
    /// (C2 92, meant as windows-1252's ’) and a byte that is not UTF-8 at all (E9, é).
    static let document: [UInt8] = Array(
        """
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE rss [ <!ENTITY who "Zoë &amp; co"> ]>
        <rss version="2.0"><channel><title>Cuts &who; — “café” 🎉</title>
        <!-- a comment with & and <b> and &amp; -->
        <?php echo "a & b"; ?>
        <item><title>Fish &amp; chips &lt;3 &quot;q&quot; &apos;a&apos; &#8217; &#x2019; &eacute; AT&T</title>
        <description><![CDATA[<p>Raw & <b>bold</b> ]] not the end]]></description>
        <content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">&lt;p&gt;Escaped &amp;amp; done&lt;/p&gt;</content:encoded>
        <link>https://example.com/a?x=1&amp;y=2</link>
        </item></channel></rss>
        """.utf8
    ).replacingFirst(Array("café".utf8), with: [0x63, 0x61, 0x66, 0xE9])
        .replacingFirst(Array("&#8217;".utf8), with: [0xC2, 0x92])

    static func parse(_ bytes: [UInt8], cuttingAt cuts: [Int], contentType: String? = nil) throws -> Feed {
        let parser = FeedParser(options: FeedParserOptions(contentType: contentType))
        var start = 0
        try bytes.withUnsafeBytes { raw in
            for cut in cuts + [bytes.count] where cut > start {
                try parser.push(UnsafeRawBufferPointer(rebasing: raw[start..<cut]))
                start = cut
            }
        }
        return try parser.finish()
    }

    @Test func theWholeDocumentReadsAsWritten() throws {
        let feed = try Self.parse(Self.document, cuttingAt: [])
        #expect(feed.title == "Cuts Zoë & co — “café” 🎉")
        let item = try #require(feed.items.first)
        #expect(item.title == "Fish & chips <3 \"q\" 'a' ’ ’ é AT&T")
        #expect(item.summary == "Raw & bold ]] not the end")
        #expect(item.contentHTML == "<p>Escaped &amp; done</p>")
        #expect(item.link == "https://example.com/a?x=1&y=2")
    }

    /// Expects `bytes` cut once, at each byte in turn, to read as `whole` (stopping at the first
    /// cut that does not, to keep the report short).
    static func expectEveryCutReads(_ bytes: [UInt8], as whole: Feed, contentType: String? = nil) {
        for cut in 1..<bytes.count {
            let cutOnce = try? parse(bytes, cuttingAt: [cut], contentType: contentType)
            #expect(cutOnce == whole, "cut at byte \(cut)")
            if cutOnce != whole { return }
        }
    }

    @Test func oneCutAnywhereChangesNothing() throws {
        Self.expectEveryCutReads(Self.document, as: try Self.parse(Self.document, cuttingAt: []))
    }

    /// A PHP warning printed before the feed, and a stray blank line before the declaration:
    /// both are skipped however the first bytes arrive. Served with a charset, the bytes go on
    /// from the first chunk (without one, the encoding sniffer holds back the first kilobyte
    /// anyway).
    @Test(
        arguments: [
            "Warning: Cannot modify header information in /var/www/feed.php on line 12\n<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Skipped</title></channel></rss>",
            "\n\n<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Skipped</title></channel></rss>",
        ], [nil, "text/xml; charset=utf-8"])
    func textBeforeTheXMLIsSkippedWhereverTheFirstCutFalls(document: String, contentType: String?) throws {
        let bytes = Array(document.utf8)
        let whole = try Self.parse(bytes, cuttingAt: [], contentType: contentType)
        #expect(whole.title == "Skipped")
        #expect(whole.warnings.contains { $0.contains("skipped") })
        Self.expectEveryCutReads(bytes, as: whole, contentType: contentType)
        #expect(try Self.parse(bytes, cuttingAt: Array(1..<bytes.count), contentType: contentType) == whole)
    }

    /// Without a declaration the root element is looked for only once 64 KiB or the whole
    /// document are there, as when the document comes whole.
    @Test func aRootAfterTextIsFoundInPiecesAsWhole() throws {
        let bytes = Array(
            (String(repeating: "Notice: undefined index in theme.php\n", count: 40)
                + "<rss version=\"2.0\"><channel><title>Found</title></channel></rss>").utf8)
        let whole = try Self.parse(bytes, cuttingAt: [], contentType: "text/xml; charset=utf-8")
        #expect(whole.title == "Found")
        let pieces = try Self.parse(bytes, cuttingAt: Array(stride(from: 7, to: bytes.count, by: 7)), contentType: "text/xml; charset=utf-8")
        #expect(pieces == whole)
    }

    @Test func moreThan64KiBOfTextIsNotAFeedInPiecesOrWhole() {
        let bytes = Array((String(repeating: "x", count: 70_000) + "<rss><channel><title>Too late</title></channel></rss>").utf8)
        #expect(throws: FeedParserError.self) { try Self.parse(bytes, cuttingAt: [], contentType: "text/xml; charset=utf-8") }
        #expect(throws: FeedParserError.self) {
            try Self.parse(bytes, cuttingAt: Array(stride(from: 100, to: bytes.count, by: 100)), contentType: "text/xml; charset=utf-8")
        }
    }

    @Test func aDocumentThatIsAllTextIsNotAFeed() {
        #expect(throws: FeedParserError.self) { try Self.parse(Array("just some words".utf8), cuttingAt: [4, 9]) }
    }

    @Test func oneByteAtATimeChangesNothing() throws {
        let whole = try Self.parse(Self.document, cuttingAt: [])
        #expect(try Self.parse(Self.document, cuttingAt: Array(1..<Self.document.count)) == whole)
    }
}

extension Array where Element == UInt8 {
    fileprivate func replacingFirst(_ target: [UInt8], with replacement: [UInt8]) -> [UInt8] {
        guard let start = indices.first(where: { self[$0...].starts(with: target) }) else { return self }
        return Array(self[..<start]) + replacement + Array(self[(start + target.count)...])
    }
}
