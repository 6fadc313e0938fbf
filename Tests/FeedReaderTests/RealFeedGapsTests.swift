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
        #expect(feed.items.map(\.link) == [
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

    @Test func rawHTMLLeftOpenReadsTheSameWhereverTheDocumentIsCut() throws {
        let bytes = Array(try Fixture.data("rss-unclosed-html-in-text-elements.xml"))
        let whole = try ChunkBoundaryTests.parse(bytes, cuttingAt: [])
        #expect(whole.items.count == 4)
        ChunkBoundaryTests.expectEveryCutReads(bytes, as: whole)
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
        let xml = #"<rss version="2.0"><channel><title>T</title><item><title>A</title><description><p>One <b>two</b></p></description></item></channel></rss>"#
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.items.first?.summary == "One two")
        #expect(feed.warnings.isEmpty)
    }
}
