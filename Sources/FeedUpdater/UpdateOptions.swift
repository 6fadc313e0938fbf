import FeedFetcher
import Foundation

/// How one refresh runs. Defaults: 16 feeds in flight, 2 per host, entries kept 90 days,
/// the fetcher's own limits (20 MB, 10 s to connect, 30 s in all, 5 redirects).
public struct UpdateOptions: Sendable {
    public var concurrency: Int
    public var perHost: Int
    public var retentionDays: Int
    public var limits: FetchLimits
    /// Local files and file:// URLs only: remote feeds are skipped.
    public var isOffline: Bool
    /// The day the reading is for (the user's "today"): a new entry published more than
    /// `retentionDays` before it is not kept. `nil`: the moment of the run. Only this window
    /// moves with it; validators, `Retry-After` and back-off keep the real clock.
    public var readingDay: Date?

    public init(
        concurrency: Int = 16, perHost: Int = 2, retentionDays: Int = 90, limits: FetchLimits = FetchLimits(), isOffline: Bool = false,
        readingDay: Date? = nil
    ) {
        self.concurrency = max(1, concurrency)
        self.perHost = max(1, perHost)
        self.retentionDays = max(1, retentionDays)
        self.limits = limits
        self.isOffline = isOffline
        self.readingDay = readingDay
    }
}
