import FeedUpdater
import Foundation
import Store
import TestFeedServer
import Testing

/// A web page's address instead of a feed's: the announced feed is used and remembered.
@Suite("Autodiscovery")
struct DiscoveryTests {
    func updater(_ store: FeedStore) -> FeedUpdater { FeedUpdater(store: store, userAgent: "share-tests") }

    @Test func aPageWithAnAlternateLinkBecomesItsFeed() async throws {
        let server = try TestFeedServer()
        let fixture = try StoreFixture()
        let page = server.url("/page/with-alternate.html")
        let summary = await updater(fixture.store).update(try fixture.feeds([page]))
        #expect(summary.reports.map(\.result) == [.updated(newEntries: 1)])
        #expect(try fixture.feed(page) == nil)
        let feed = try #require(try fixture.feed(server.url("/rss/discovered.xml")))
        #expect(feed.title == "Feed discovered")
        #expect(feed.etag == "\"discovered-v1\"", "validators are the feed's, not the page's")
        // Next time the feed itself is asked, conditionally.
        let again = await updater(fixture.store).update([feed])
        #expect(again.reports.map(\.result) == [.notModified])
    }

    @Test func aJSONFeedIsDiscoveredToo() async throws {
        let server = try TestFeedServer()
        let fixture = try StoreFixture()
        let summary = await updater(fixture.store).update(try fixture.feeds([server.url("/page/with-json-alternate.html")]))
        #expect(summary.reports.map(\.result) == [.updated(newEntries: 1)])
        #expect(try fixture.feed(server.url("/json/discovered.json"))?.title == "JSON discovered")
    }

    @Test func aPageWithoutOneIsAClearFailure() async throws {
        let server = try TestFeedServer()
        let fixture = try StoreFixture()
        let page = server.url("/page/without-alternate.html")
        let summary = await updater(fixture.store).update(try fixture.feeds([page]))
        guard case .failed(let reason) = summary.reports.first?.result else {
            Issue.record("expected a failure: \(summary.reports)")
            return
        }
        #expect(reason.hasSuffix("and the page links to no feed"))
        #expect(try fixture.feed(page)?.consecutiveFailures == 1)
    }

    @Test func aFeedThatHasWorkedIsNeverMovedByAPageItServesOnce() async throws {
        let server = try TestFeedServer()
        let fixture = try StoreFixture()
        let url = server.url("/page/with-alternate.html")
        let feed = try #require(try fixture.feeds([url]).first)
        // As if it had been read before: now it serves a page (a soft 404, a misconfiguration).
        try fixture.store.record(FetchRecord(feedID: feed.id, at: Date(), outcome: .unchanged(status: "not modified")))
        let summary = await updater(fixture.store).update(try fixture.feeds([url]))
        guard case .failed(let reason) = summary.reports.first?.result else {
            Issue.record("expected a failure: \(summary.reports)")
            return
        }
        #expect(reason.hasPrefix("not a feed"))
        #expect(try fixture.feed(url) != nil, "still subscribed at its own address")
        #expect(try fixture.feed(server.url("/rss/discovered.xml")) == nil)
    }
}
