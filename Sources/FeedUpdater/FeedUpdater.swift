import FeedFetcher
import FeedReader
import Foundation
import Store

/// One refresh: fetches the feeds it is given, parses what changed, and keeps the result in
/// the store, each feed on its own.
///
/// Rules:
/// - At most `concurrency` feeds in flight, at most `perHost` to one host; feeds of different
///   hosts are interleaved so one big host does not hold every place.
/// - A dead feed (410) and a feed told to wait (Retry-After, backing off) are skipped.
/// - A 304, or a 200 whose body hashes (SHA-256) as last time, is not parsed.
/// - A web page instead of a feed never read before: its first announced feed
///   (`FeedAutodiscovery`) is fetched, and the feed's stored URL becomes that one. Only one step: a page found from a page is not
///   followed further.
/// - A permanent redirect (301, 308 all the way) moves the stored URL.
/// - One feed failing (network, HTTP, parse, even the store) is its report, never the run's end.
public struct FeedUpdater: Sendable {
    public let store: FeedStore
    public let options: UpdateOptions
    public let userAgent: String

    public init(store: FeedStore, options: UpdateOptions = UpdateOptions(), userAgent: String) {
        self.store = store
        self.options = options
        self.userAgent = userAgent
    }

    /// Progress after each feed: done of total, failures so far.
    public typealias Progress = @Sendable (_ done: Int, _ total: Int, _ failed: Int) -> Void

    public func update(_ feeds: [StoredFeed], now: Date = Date(), progress: Progress? = nil) async -> UpdateSummary {
        let isAnyRemote = feeds.contains { FeedSource($0.url).isRemote }
        let fetcher = options.isOffline || !isAnyRemote ? nil : HTTPFetcher(limits: options.limits, userAgent: userAgent)
        let gate = HostGate(limit: options.perHost)
        let ordered = Self.interleavedByHost(feeds)
        var reports: [FeedReport] = []
        reports.reserveCapacity(ordered.count)
        var failed = 0
        await withTaskGroup(of: FeedReport.self) { group in
            var next = 0
            func startNext() {
                guard next < ordered.count else { return }
                let feed = ordered[next]
                next += 1
                group.addTask {
                    let source = FeedSource(feed.url)
                    await gate.enter(source.hostKey)
                    let report = await update(feed, source: source, fetcher: fetcher, now: now)
                    await gate.leave(source.hostKey)
                    return report
                }
            }
            for _ in 0..<options.concurrency { startNext() }
            for await report in group {
                reports.append(report)
                if case .failed = report.result { failed += 1 }
                progress?(reports.count, ordered.count, failed)
                startNext()
            }
        }
        await fetcher?.shutdown()
        // Pruning is housekeeping: if the store is busy now, the next run prunes.
        _ = try? store.pruneEntries(before: now.addingTimeInterval(-Double(options.retentionDays) * 86_400))
        return UpdateSummary(reports: reports)
    }

    /// Feeds reordered so that consecutive ones are on different hosts where possible
    /// (round-robin over hosts, each host's feeds in their given order).
    static func interleavedByHost(_ feeds: [StoredFeed]) -> [StoredFeed] {
        var queues: [String: [StoredFeed]] = [:]
        var hosts: [String] = []
        for feed in feeds {
            let host = FeedSource(feed.url).hostKey
            if queues[host] == nil { hosts.append(host) }
            queues[host, default: []].append(feed)
        }
        var ordered: [StoredFeed] = []
        ordered.reserveCapacity(feeds.count)
        var round = 0
        while ordered.count < feeds.count {
            for host in hosts where round < queues[host]!.count {
                ordered.append(queues[host]![round])
            }
            round += 1
        }
        return ordered
    }

    private func update(_ feed: StoredFeed, source: FeedSource, fetcher: HTTPFetcher?, now: Date) async -> FeedReport {
        if feed.isDead {
            return FeedReport(url: feed.url, result: .skipped(reason: "dead: \(feed.lastStatus ?? "HTTP 410 Gone")"), warnings: [])
        }
        if options.isOffline, source.isRemote {
            return FeedReport(url: feed.url, result: .skipped(reason: "offline"), warnings: [])
        }
        if let wait = feed.nextAttemptAt, wait > now {
            return FeedReport(url: feed.url, result: .skipped(reason: "waiting until \(wait.formatted(.iso8601))"), warnings: [])
        }
        let attempt = FeedAttempt(feed: feed, source: source, fetcher: fetcher, isOffline: options.isOffline, limits: options.limits, now: now)
        let outcome = await attempt.run()
        let cutoff = (options.readingDay ?? now).addingTimeInterval(-Double(options.retentionDays) * 86_400)
        do {
            let change = try store.record(outcome.record, retentionCutoff: cutoff)
            return FeedReport(
                url: outcome.record.movedTo ?? feed.url, result: outcome.result(newEntries: change.newEntries), warnings: outcome.warnings)
        } catch {
            return FeedReport(url: feed.url, result: .failed(reason: "could not be stored: \(error)"), warnings: outcome.warnings)
        }
    }
}
