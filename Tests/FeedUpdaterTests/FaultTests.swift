import FeedFetcher
import FeedUpdater
import Foundation
import Store
import TestFeedServer
import Testing

/// The real internet's faults, each costing at most its own feed, and what the store holds after.
@Suite("Faults")
struct FaultTests {
    static func updater(_ store: FeedStore, timeout: Int = 30, maxBytes: Int = 20_000_000) -> FeedUpdater {
        FeedUpdater(
            store: store,
            options: UpdateOptions(limits: FetchLimits(maxBodyBytes: maxBytes, connectTimeoutSeconds: 2, totalTimeoutSeconds: timeout)),
            userAgent: "share-tests"
        )
    }

    func failureReason(_ summary: UpdateSummary) -> String? {
        if case .failed(let reason) = summary.reports.first?.result { reason } else { nil }
    }

    @Test func aPermanentRedirectChainMovesTheStoredURL() async throws {
        let server = try TestFeedServer()
        let fixture = try StoreFixture()
        let old = server.url("/redirect/301/redirect/308/rss/moved.xml")
        let summary = await Self.updater(fixture.store).update(try fixture.feeds([old]))
        #expect(summary.reports.map(\.result) == [.updated(newEntries: 1)])
        #expect(try fixture.feed(old) == nil)
        #expect(try fixture.feed(server.url("/rss/moved.xml"))?.title == "Feed moved")
    }

    @Test(arguments: ["/redirect/302/rss/temp.xml", "/redirect/302/redirect/301/rss/temp.xml", "/redirect/307/rss/temp.xml"])
    func aTemporaryRedirectKeepsTheStoredURL(path: String) async throws {
        let server = try TestFeedServer()
        let fixture = try StoreFixture()
        let url = server.url(path)
        let summary = await Self.updater(fixture.store).update(try fixture.feeds([url]))
        #expect(summary.reports.map(\.result) == [.updated(newEntries: 1)])
        #expect(try fixture.feed(url)?.title == "Feed temp")
        #expect(try fixture.entryCount(url) == 1)
    }

    @Test func aRedirectLoopIsAnErrorNotAWait() async throws {
        let server = try TestFeedServer()
        let fixture = try StoreFixture()
        let url = server.url("/loop/a")
        let summary = await Self.updater(fixture.store).update(try fixture.feeds([url]))
        #expect(failureReason(summary) == "the redirects go round in a loop")
        #expect(try fixture.feed(url)?.consecutiveFailures == 1)
    }

    @Test func moreThanFiveRedirectsIsAnError() async throws {
        let server = try TestFeedServer()
        let fixture = try StoreFixture()
        let url = server.url(String(repeating: "/redirect/302", count: 6) + "/rss/far.xml")
        let summary = await Self.updater(fixture.store).update(try fixture.feeds([url]))
        #expect(failureReason(summary) == "more than 5 redirects")
    }

    @Test func aMissingFeedFailsAndAFeedThatKeepsFailingBacksOff() async throws {
        let server = try TestFeedServer()
        let fixture = try StoreFixture()
        let url = server.url("/status/404")
        let now = Date()
        let first = await Self.updater(fixture.store).update(try fixture.feeds([url]), now: now)
        #expect(failureReason(first) == "HTTP 404 Not Found")
        #expect(try fixture.feed(url)?.nextAttemptAt == nil, "one failure is forgiven: tried again next run")
        _ = await Self.updater(fixture.store).update(try fixture.feeds([url]), now: now)
        let stored = try #require(try fixture.feed(url))
        #expect(stored.consecutiveFailures == 2)
        #expect(stored.nextAttemptAt.map { abs($0.timeIntervalSince(now) - 3600) < 1 } == true, "second failure waits an hour")
        let third = await Self.updater(fixture.store).update(try fixture.feeds([url]), now: now.addingTimeInterval(60))
        guard case .skipped = third.reports.first?.result else {
            Issue.record("a feed backing off is skipped: \(third.reports)")
            return
        }
        #expect(try await server.requests().count == 2)
    }

    @Test func goneMarksTheFeedDeadAndItIsNotAskedAgain() async throws {
        let server = try TestFeedServer()
        let fixture = try StoreFixture()
        let url = server.url("/status/410")
        let first = await Self.updater(fixture.store).update(try fixture.feeds([url]))
        #expect(failureReason(first) == "HTTP 410 Gone")
        #expect(try fixture.feed(url)?.isDead == true)
        let second = await Self.updater(fixture.store).update(try fixture.feeds([url]))
        #expect(second.reports.map(\.result) == [.skipped(reason: "dead: HTTP 410 Gone")])
        #expect(try await server.requests().count == 1)
    }

    @Test(arguments: [("/status/429?retry-after=120", 120.0), ("/status/503?retry-after=7200", 7200.0)])
    func retryAfterIsRespected(path: String, seconds: Double) async throws {
        let server = try TestFeedServer()
        let fixture = try StoreFixture()
        let url = server.url(path)
        let now = Date()
        _ = await Self.updater(fixture.store).update(try fixture.feeds([url]), now: now)
        let stored = try #require(try fixture.feed(url))
        #expect(stored.nextAttemptAt.map { abs($0.timeIntervalSince(now) - seconds) < 1 } == true)
        let again = await Self.updater(fixture.store).update(try fixture.feeds([url]), now: now.addingTimeInterval(seconds - 10))
        guard case .skipped = again.reports.first?.result else {
            Issue.record("asked again before Retry-After: \(again.reports)")
            return
        }
        let later = await Self.updater(fixture.store).update(try fixture.feeds([url]), now: now.addingTimeInterval(seconds + 10))
        guard case .failed = later.reports.first?.result else {
            Issue.record("not asked again after Retry-After: \(later.reports)")
            return
        }
    }

    @Test func aRetryAfterDateIsRespected() async throws {
        let server = try TestFeedServer()
        let fixture = try StoreFixture()
        let url = server.url("/status/503?retry-after=Sat,%2028%20Nov%202026%2012:00:00%20GMT")
        let now = Date(timeIntervalSince1970: 1_795_860_000)  // 2026-11-28 10:00 UTC
        _ = await Self.updater(fixture.store).update(try fixture.feeds([url]), now: now)
        #expect(try fixture.feed(url)?.nextAttemptAt == Date(timeIntervalSince1970: 1_795_867_200))
    }

    @Test func aServerErrorFailsThatFeedOnlyAndKeepsWhatWasStored() async throws {
        let server = try TestFeedServer()
        let fixture = try StoreFixture()
        let good = server.url("/rss/good.xml")
        _ = await Self.updater(fixture.store).update(try fixture.feeds([good]))
        let bad = server.url("/status/500")
        let summary = await Self.updater(fixture.store).update(try fixture.feeds([good, bad]))
        #expect(summary.notModified == 1)
        #expect(summary.failed.map(\.url) == [bad])
        #expect(try fixture.entryCount(good) == 1)
    }

    @Test func aServerThatNeverAnswersCostsOnlyItsTimeout() async throws {
        let server = try TestFeedServer()
        let fixture = try StoreFixture()
        let started = ContinuousClock.now
        let summary = await Self.updater(fixture.store, timeout: 2).update(try fixture.feeds([server.url("/hang"), server.url("/rss/fine.xml")]))
        // Without the bound this would take 120 s (the server gives up on /hang then). Generous
        // below that: in a full run the test runner's threads can wait a minute for other tests
        // (62.9 s was seen once for the drip, with the 2 s bound working).
        #expect(ContinuousClock.now - started < .seconds(100))
        #expect(summary.failed.first?.result == .failed(reason: "no complete answer within 2 s (timed out)"))
        #expect(summary.updated == 1)
    }

    @Test func aByteASecondIsCutOffByTheTotalTimeout() async throws {
        let server = try TestFeedServer()
        let fixture = try StoreFixture()
        let started = ContinuousClock.now
        let summary = await Self.updater(fixture.store, timeout: 2).update(try fixture.feeds([server.url("/drip")]))
        // Without the bound this would take 208 s (a byte a second). Generous below that, as above.
        #expect(ContinuousClock.now - started < .seconds(150))
        #expect(failureReason(summary) == "no complete answer within 2 s (timed out)")
    }

    @Test(arguments: ["/big.xml?mb=3", "/big-chunked.xml?mb=3", "/gzip-bomb.xml?mb=50"])
    func anOversizedBodyIsAbandoned(path: String) async throws {
        let server = try TestFeedServer()
        let fixture = try StoreFixture()
        let summary = await Self.updater(fixture.store, maxBytes: 2_000_000).update(try fixture.feeds([server.url(path)]))
        #expect(failureReason(summary) == "the response is larger than 2000000 bytes (the limit)")
    }

    @Test func aConnectionRefusedIsAClearFailure() async throws {
        let fixture = try StoreFixture()
        let summary = await Self.updater(fixture.store).update(try fixture.feeds(["http://127.0.0.1:9/feed.xml"]))
        #expect(failureReason(summary) == "could not connect: connection refused")
    }

    /// Told by the error's type (NIO's `SocketAddressError.UnknownHost`), not its wording.
    /// `.invalid` never resolves (RFC 2606), with or without a network.
    @Test func aNameThatDoesNotResolveIsHostNotFound() async throws {
        let fixture = try StoreFixture()
        let summary = await Self.updater(fixture.store).update(try fixture.feeds(["http://no-such-host.invalid/feed.xml"]))
        #expect(failureReason(summary) == "could not connect: host not found")
    }

    /// https:// to a server that speaks plain HTTP: the TLS handshake fails, and the reason is
    /// BoringSSL's own, not NIO's wrappers around it.
    @Test func aFailedTLSHandshakeSaysSoAndWhy() async throws {
        let server = try TestFeedServer()
        let fixture = try StoreFixture()
        let url = server.url("/feed.xml").replacingOccurrences(of: "http://", with: "https://")
        let summary = await Self.updater(fixture.store).update(try fixture.feeds([url]))
        #expect(failureReason(summary) == "could not connect: TLS failed: the handshake failed (WRONG_VERSION_NUMBER)")
    }
}
