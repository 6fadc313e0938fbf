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
}
