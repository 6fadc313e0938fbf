import Foundation
import Testing

@testable import FeedReader

@Suite("Hostile and broken XML")
struct HostileXMLTests {
    @Test func billionLaughsStopsAtTheExpansionLimit() throws {
        let feed = try Fixture.feed("billion-laughs.xml")
        // Nothing was expanded past the first level, and the rest of the document was read.
        #expect((feed.title ?? "").utf8.count < 64 << 10)
        #expect(feed.items.first?.title == "after the bomb")
        #expect(!feed.warnings.isEmpty)
    }

    @Test func externalEntitiesAreNeverLoaded() throws {
        let feed = try Fixture.feed("xxe-external-entity.xml")
        let title = try #require(feed.title)
        #expect(!title.contains("root:"), "the contents of /etc/passwd must never appear")
        #expect(title == "x&secret;y")
        #expect(feed.warnings.contains { $0.contains("external entity") })
    }

    @Test func anEntityDeclaredInTheInternalSubsetIsExpanded() throws {
        let feed = try Fixture.feed("rss-internal-entity-declared.xml")
        #expect(feed.items.first?.id == "tag:example.com,2006-05-04:/blog/")
        #expect(feed.warnings.isEmpty)
    }

    @Test func aBareAmpersandDoesNotGarbleLaterEntities() throws {
        let feed = try Fixture.feed("rss-bare-ampersand-then-entities.xml")
        #expect(feed.title == "AT&T news")
        #expect(feed.items[0].title == "Café & bakery\u{A0}opens")
        #expect(feed.items[0].summary == "Fish & chips — at last")
        #expect(feed.items[1].title == "Ben & Jerry’s <3")
        #expect(feed.warnings.contains { $0.contains("bare '&'") })
        #expect(feed.warnings.contains { $0.contains("&eacute;") })
    }

    @Test func nestingDeeperThanTheLimitIsAClearError() {
        let depth = 300
        let xml = "<rss><channel>" + String(repeating: "<x>", count: depth) + String(repeating: "</x>", count: depth) + "</channel></rss>"
        #expect {
            try FeedParser.parse(Data(xml.utf8), options: FeedParserOptions(limits: ParserLimits(maxDepth: 100)))
        } throws: { error in
            guard case .tooDeep(let limit, _) = error as? FeedParserError else { return false }
            return limit == 100
        }
    }

    @Test func aDocumentLargerThanTheLimitIsAClearError() {
        let xml = "<rss><channel><title>" + String(repeating: "a", count: 10_000) + "</title></channel></rss>"
        #expect(throws: FeedParserError.tooLarge(limit: 4096)) {
            try FeedParser.parse(Data(xml.utf8), options: FeedParserOptions(limits: ParserLimits(maxDocumentBytes: 4096)))
        }
    }

    @Test func mismatchedTagsAreRecoveredWithAWarningThatNamesTheLine() throws {
        let xml =
            "<rss version=\"2.0\"><channel><title>Kept</title>\n<item><title>One</title><guid>1</link></item>\n<item><title>Two &amp; more</title></item></channel></rss>"
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.title == "Kept")
        #expect(feed.items.count >= 1)
        #expect(feed.items.contains { $0.title == "Two & more" })
        #expect(feed.warnings.contains { $0.hasPrefix("line 2:") })
    }

    @Test func aTruncatedFeedKeepsWhatItHad() throws {
        let xml = "<rss version=\"2.0\"><channel><title>Cut</title><item><title>Whole</title></item><item><title>Hal"
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.title == "Cut")
        #expect(feed.items.first?.title == "Whole")
        #expect(!feed.warnings.isEmpty)
    }

    @Test func javascriptLinksAreDropped() throws {
        let xml = "<rss><channel><item><title>t</title><link>javascript:alert(1)</link></item></channel></rss>"
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.items.first?.link == nil)
    }

    @Test func cdataAndCommentsAreNotRepaired() throws {
        // '&' inside CDATA is literal text, and a comment is not text at all.
        let xml = "<rss><channel><!-- a & b --><title><![CDATA[Q&A &amp; more]]></title></channel></rss>"
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.title == "Q&A & more")
        #expect(feed.warnings.isEmpty)
    }
}

@Suite("Streaming: chunks may split anything")
struct StreamingTests {
    static let fixtures = [
        "rss2-every-field.xml", "atom1-nested-xml-base.xml", "rss-bare-ampersand-then-entities.xml",
        "rss-internal-entity-declared.xml", "rss1-rdf-dublin-core.rdf", "atom03-base64-and-escaped.xml",
        "jsonfeed11-authors-and-attachments.json", "xxe-external-entity.xml",
    ]

    @Test(arguments: fixtures)
    func oneByteChunksGiveTheSameFeedAsOneChunk(name: String) throws {
        let data = try Fixture.data(name)
        let whole = try FeedParser.parse(data)
        for chunkSize in [1, 2, 3, 7, 64] {
            let parser = FeedParser()
            try data.withUnsafeBytes { bytes in
                var offset = 0
                while offset < bytes.count {
                    let end = min(bytes.count, offset + chunkSize)
                    try parser.push(UnsafeRawBufferPointer(rebasing: bytes[offset..<end]))
                    offset = end
                }
            }
            let chunked = try parser.finish()
            #expect(chunked == whole, "chunks of \(chunkSize) bytes")
        }
    }
}

@Suite("Junk before the XML")
struct JunkBeforeXMLTests {
    @Test func aServerWarningBeforeTheDeclarationIsSkippedWithAWarning() throws {
        let xml =
            "Warning: Undefined variable $x in feed.php on line 12\n<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Still read</title></channel></rss>"
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.title == "Still read")
        #expect(feed.warnings.contains { $0.contains("before the XML were skipped") })
    }

    @Test func blankLinesBeforeTheDeclarationAreSkippedWithAWarning() throws {
        let xml = "\n\n  <?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Blank first</title></feed>"
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.title == "Blank first")
        #expect(feed.warnings == ["blank lines before the XML declaration were skipped"])
    }
}
