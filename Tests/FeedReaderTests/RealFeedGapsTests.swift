import Foundation
import Testing

@testable import FeedReader

/// What real feeds do that the specifications do not say, each kind pinned by a tiny fixture
/// written for it (the kinds were found reading 186 saved feeds against feedparser).
@Suite("Real feeds' habits")
struct RealFeedGapsTests {
    @Test func anRSSAuthorWrittenAsChildElementsIsTheNamedPerson() throws {
        let feed = try Fixture.feed("rss-author-with-atom-child-elements.xml")
        #expect(feed.items.first?.authors == [Person(name: "Dana Reyes", email: nil, uri: nil)])
    }

    @Test func atomDatesInsideRSSItemsAreKept() throws {
        let feed = try Fixture.feed("rss-atom-updated-in-items.xml")
        #expect(feed.items.map { $0.updated?.utc } == ["2026-11-20T09:30:00Z", nil])
        #expect(feed.items.map { $0.published?.utc } == [nil, "2026-10-02T12:00:00Z"])
    }

    @Test func aLowerCasePubdateIsReadWithAWarning() throws {
        let feed = try Fixture.feed("rss-lowercase-pubdate.xml")
        #expect(feed.items.first?.published?.utc == "2026-11-24T15:05:00Z")
        #expect(feed.warnings.contains { $0.contains("<pubdate>") })
    }

    @Test func anEmptyDescriptionNeverHidesAFullerOne() throws {
        let feed = try Fixture.feed("rss-empty-description-then-itunes-summary.xml")
        #expect(feed.subtitle == "Weekly talk about vegetables")
        #expect(feed.items.map(\.summary) == ["Planting garlic before the frost.", "Leeks through winter."])
    }

    @Test func anEmptyElementIsStillTheValueWhenNothingElseIs() throws {
        let xml = #"<rss version="2.0"><channel><title></title><item><title>t</title><description></description></item></channel></rss>"#
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.title == "")
        #expect(feed.items.first?.summary == "")
    }

    @Test func theOnlyAlternateLinkIsTheLinkWhateverItsTypeButHTMLComesFirst() throws {
        let feed = try Fixture.feed("atom-only-alternate-link-is-pdf.xml")
        #expect(feed.items.map(\.link) == ["https://journal.example.edu/papers/1.pdf", "https://journal.example.edu/papers/2"])
    }

    @Test func anEmptyHTMLURLInOPMLIsNoSite() throws {
        let list = try OPMLReader.read(Fixture.data("opml-empty-html-url.opml"), location: "file:///home/me/Subs.opml")
        #expect(list.subscriptions.map(\.feedURL) == ["https://feeds.example.org/a.xml", "https://feeds.example.org/b.xml"])
        #expect(list.subscriptions.map(\.siteURL) == [nil, nil])
    }

    @Test func rawHTMLLeftOpenInsideATextElementCostsNoEntry() throws {
        let feed = try Fixture.feed("rss-unclosed-html-in-text-elements.xml")
        #expect(
            feed.items.map(\.link) == [
                "https://parish.example.org/harvest", "https://parish.example.org/bells",
                "https://parish.example.org/choir", "https://parish.example.org/jumble",
            ])
        #expect(feed.items[0].summary == "Tickets at the door.", "markup that closes inside its element is read as before")
        #expect(feed.items[1].summary == "Practice moves to Thursday. Read more")
        #expect(feed.items[2].title == "Choir new members welcome")
        #expect(feed.items[2].contentHTML?.hasPrefix("<div>Sing with us<img src=\"") == true)
        #expect(feed.items[3].summary == "Saturday & Sunday")
        #expect(feed.warnings.contains("markup inside <description> does not close where the element does: read as text"))
        #expect(feed.warnings.contains { $0.contains("<title>") })
    }

    @Test func aStreamedReadingCannotGoBackButKeepsWhatItCould() throws {
        // push/finish read a document once, as it arrives: the entries after the damage are
        // the price, which is why share reads whole documents (`parse(bytes:)`).
        let bytes = try Fixture.data("rss-unclosed-html-in-text-elements.xml")
        let streamed = FeedParser()
        try streamed.push(contentsOf: bytes)
        #expect(try streamed.finish().items.count < FeedParser.parse(bytes).items.count)
    }

    @Test func anItemThatLostItsEndTagEndsWhereTheNextBegins() throws {
        let feed = try Fixture.feed("rss-item-missing-end-tag.xml")
        #expect(feed.items.map(\.title) == ["Week 1", "Week 2", "Week 3"])
        #expect(feed.items.map(\.link) == ["https://club.example.org/1", "https://club.example.org/2", "https://club.example.org/3"])
        #expect(feed.warnings.contains { $0.contains("began before the one before it ended") })
    }

    /// The repair itself, pushed in two pieces cut at every byte: a cut inside `<descri|ption>`
    /// or `</descr|iption>` waits for the rest, so every cut repairs as the whole does.
    @Test func theTextElementRepairIsTheSameWhereverItsInputIsCut() throws {
        let bytes = Array(try Fixture.data("rss-unclosed-html-in-text-elements.xml"))
        func repaired(cut: Int?) -> [UInt8] {
            var stream = XMLRepairStream(limits: ParserLimits(), repairsTextElements: true)
            var output = ByteBuffer()
            bytes.withUnsafeBufferPointer { all in
                for piece in cut.map({ [all[..<$0], all[$0...]] }) ?? [all[...]] {
                    stream.push(UnsafeBufferPointer(rebasing: piece), into: &output)
                }
            }
            stream.finish(into: &output)
            return Array(output.bytes)
        }
        let whole = repaired(cut: nil)
        #expect(String(decoding: whole, as: UTF8.self).contains("<description>&#60;p>Practice moves to Thursday.&#60;br>Read more</description>"))
        for cut in 1..<bytes.count where repaired(cut: cut) != whole {
            Issue.record("a cut at byte \(cut) repairs differently")
            return
        }
    }

    @Test func aWellFormedFeedIsReadOnceAndItsMarkupKept() throws {
        let xml =
            #"<rss version="2.0"><channel><title>T</title><item><title>A</title><description><p>One <b>two</b></p></description></item></channel></rss>"#
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.items.first?.summary == "One two")
        #expect(feed.warnings.isEmpty)
    }

    @Test func utf8DeclaredAsISO88591IsReadAsUTF8WithAWarning() throws {
        let feed = try Fixture.feed("rdf-utf8-declared-iso-8859-1.rdf")
        #expect(feed.items.first?.title == "Album veröffentlicht: Grüße aus Köln")
        #expect(feed.warnings.contains { $0.contains("UTF-8 in a document read as windows-1252") })
    }

    @Test func aSingleByteDocumentMixedWithUTF8ReadsRightBothWays() throws {
        let feed = try Fixture.feed("rss-iso-8859-1-mixed-with-utf8.xml")
        #expect(feed.title == "Café du coin")
        #expect(feed.items.first?.title == "Crème brûlée à emporter")
    }

    @Test func realWindows1252TextStaysWindows1252() throws {
        // "Ã" then "©" are two characters here, not UTF-8's "é": a lone pair is rare, but text
        // whose bytes are not well-formed UTF-8 is never touched.
        let bytes: [UInt8] =
            Array(#"<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>"#.utf8)
            + [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0xC0, 0x20, 0xE9, 0x74, 0xE9]
            + Array("</title></channel></rss>".utf8)
        let feed = try FeedParser.parse(Data(bytes))
        #expect(feed.title == "“Café” À été")
        #expect(!feed.warnings.contains { $0.contains("UTF-8") })
    }

    @Test func anAtomFeedInsideAnXHTMLPageIsReadWithAWarning() throws {
        let feed = try Fixture.feed("atom-feed-inside-xhtml-page.xml")
        #expect(feed.format == .atom10)
        #expect(feed.title == "Example Notes")
        #expect(feed.items.map(\.link) == ["https://notes.example.com/1", "https://notes.example.com/2"])
        #expect(feed.warnings.contains { $0.contains("inside a web page") })
    }

    @Test func aWebPageWithoutAFeedIsStillNotAFeed() throws {
        let page = #"<html><head><title>Home</title></head><body><p>Hello</p></body></html>"#
        #expect(throws: FeedParserError.notAFeed("the root element is <html>, not <rss>, <rdf:RDF> or <feed>")) {
            try FeedParser.parse(Data(page.utf8))
        }
    }

    @Test func aZonelessSlashedDateIsReadAsUTCWithOneWarning() throws {
        let feed = try Fixture.feed("rss-zoneless-slashed-dates.xml")
        #expect(feed.items.map { $0.published?.utc } == ["2026-01-10T14:33:00Z", "2026-11-02T09:05:00Z"])
        #expect(
            feed.warnings.filter { $0.contains("without a time zone") } == [
                #"dates without a time zone were read as UTC (the first: "2026/1/10 14:33:00")"#
            ])
    }

    @Test func aFeedDatedOnlyByPublishedHasThatDate() throws {
        let feed = try Fixture.feed("atom-youtube-feed-level-published.xml")
        #expect(feed.updated?.utc == "2019-03-04T05:06:07Z")
    }

    @Test func anOPMLOutlineWithRawMarkupInAnAttributeIsKept() throws {
        let list = try OPMLReader.read(Fixture.data("opml-raw-markup-in-attribute.opml"), location: nil)
        #expect(
            list.subscriptions.map(\.feedURL) == [
                "https://feeds.example.org/plain.xml", "https://feeds.example.org/bold.xml", "https://feeds.example.org/after.xml",
            ])
        #expect(list.subscriptions.map(\.title) == ["Plain", "Bold news", "After it"])
        #expect(list.warnings.contains("raw markup ('<') in attribute values were read as text"))
    }
}
