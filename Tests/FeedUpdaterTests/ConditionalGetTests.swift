import FeedFetcher
import FeedUpdater
import Foundation
import Store
import TestFeedServer
import Testing

/// Polite fetching against a real server: validators stored, sent back, 304 not parsed, an
/// unchanged body not parsed again.
@Suite("Conditional GET")
struct ConditionalGetTests {
    let updater: (FeedStore) -> FeedUpdater = { FeedUpdater(store: $0, userAgent: "share-tests/1.0 (+feed reader)") }

    @Test func validatorsAreStoredThenSentBackAndA304KeepsTheEntries() async throws {
        let server = try TestFeedServer()
        let fixture = try StoreFixture()
        let url = server.url("/rss/daily.xml")
        let first = await updater(fixture.store).update(try fixture.feeds([url]))
        #expect(first.reports.map(\.result) == [.updated(newEntries: 1)])
        let stored = try #require(try fixture.feed(url))
        #expect(stored.etag == "\"daily-v1\"")
        #expect(stored.lastModified == "Sun, 01 Nov 2026 01:00:00 GMT")
        #expect(stored.title == "Feed daily")
        #expect(try fixture.entryCount(url) == 1)

        let second = await updater(fixture.store).update(try fixture.feeds([url]))
        #expect(second.reports.map(\.result) == [.notModified])
        let requests = try await server.requests()
        #expect(requests.count == 2)
        #expect(requests.first?.if_none_match == nil)
        #expect(requests.last?.if_none_match == "\"daily-v1\"")
        #expect(requests.last?.if_modified_since == "Sun, 01 Nov 2026 01:00:00 GMT")
        #expect(try fixture.feed(url)?.lastStatus == "not modified")
        #expect(try fixture.entryCount(url) == 1, "a 304 leaves what was stored")
    }

    @Test func aChangedFeedAddsOnlyItsNewEntriesAndKeepsWhenTheOldOnesWereFirstSeen() async throws {
        let server = try TestFeedServer()
        let fixture = try StoreFixture()
        let url = server.url("/rss/changing.xml")
        let firstRun = Date(timeIntervalSince1970: 1_795_000_000)
        _ = await updater(fixture.store).update(try fixture.feeds([url]), now: firstRun)
        try await server.control("/_bump/changing")
        let summary = await updater(fixture.store).update(try fixture.feeds([url]), now: firstRun.addingTimeInterval(3600))
        #expect(summary.reports.map(\.result) == [.updated(newEntries: 1)])
        let entries = try fixture.store.entries(since: nil)
        #expect(entries.count == 2)
        let first = try #require(entries.first { $0.entry.title == "changing item 1" })
        #expect(first.entry.firstSeenAt == firstRun)
        #expect(try fixture.feed(url)?.etag == "\"changing-v2\"")
    }

    @Test func aBodyWithoutValidatorsIsNotParsedAgainWhenItHashesTheSame() async throws {
        let server = try TestFeedServer()
        let fixture = try StoreFixture()
        let url = server.url("/plain/static.xml")
        _ = await updater(fixture.store).update(try fixture.feeds([url]))
        let hash = try #require(try fixture.feed(url)?.bodyHash)
        #expect(hash.count == 64, "SHA-256 in hex")
        let second = await updater(fixture.store).update(try fixture.feeds([url]))
        #expect(second.reports.map(\.result) == [.notModified])
        #expect(try fixture.feed(url)?.lastStatus == "not modified (same body)")
        #expect(try await server.requests().last?.if_none_match == nil, "nothing to send back")
    }

    @Test(arguments: ["/gzip/zipped.xml", "/deflate/deflated.xml"])
    func compressedFeedsAreReadAndAskedForThatWay(path: String) async throws {
        let server = try TestFeedServer()
        let fixture = try StoreFixture()
        let url = server.url(path)
        let summary = await updater(fixture.store).update(try fixture.feeds([url]))
        #expect(summary.reports.map(\.result) == [.updated(newEntries: 1)])
        #expect(try await server.requests().first?.accept_encoding?.contains("gzip") == true)
        #expect(try fixture.store.entries(since: nil).first?.entry.summary?.hasPrefix("About") == true)
    }

    @Test func theUserAgentNamesShare() async throws {
        let server = try TestFeedServer()
        let fixture = try StoreFixture()
        _ = await updater(fixture.store).update(try fixture.feeds([server.url("/rss/ua.xml")]))
        #expect(try await server.requests().first?.user_agent == "share-tests/1.0 (+feed reader)")
    }
}
