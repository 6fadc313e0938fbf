import Foundation

/// What happened to one feed in a refresh.
public enum FeedResult: Sendable, Hashable {
    /// A new body was parsed; `newEntries` were not stored before.
    case updated(newEntries: Int)
    /// 304, or the same body as last time.
    case notModified
    case failed(reason: String)
    /// Not asked this time: dead (410), waiting (Retry-After, backing off), or remote when offline.
    case skipped(reason: String)
}

/// One feed's result, with its address.
public struct FeedReport: Sendable, Hashable {
    public let url: String
    public let result: FeedResult
    /// Warnings the parser reported while keeping what it could read.
    public let warnings: [String]
}

/// A refresh in numbers: `N feeds: A updated, B not modified, C failed`.
public struct UpdateSummary: Sendable {
    public let reports: [FeedReport]

    public var updated: Int { reports.count { if case .updated = $0.result { true } else { false } } }
    public var notModified: Int { reports.count { $0.result == .notModified } }
    public var failed: [FeedReport] { reports.filter { if case .failed = $0.result { true } else { false } } }
    public var skipped: Int { reports.count { if case .skipped = $0.result { true } else { false } } }
    public var newEntries: Int {
        reports.reduce(0) { total, report in if case .updated(let count) = report.result { total + count } else { total } }
    }
}
