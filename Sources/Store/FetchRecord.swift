import Foundation

/// What one fetch of one feed found, to be kept in one transaction.
public struct FetchRecord: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        /// A new body, parsed: the feed's title and site, and its entries.
        case updated(title: String?, siteURL: String?, entries: [EntryContent])
        /// Nothing new: a 304, or a 200 whose body hashes as last time. `status` says which.
        case unchanged(status: String)
        /// No feed this time. `isGone` (410) marks the feed dead.
        case failed(reason: String, isGone: Bool)
    }

    public let feedID: Int64
    public let at: Date
    public let outcome: Outcome
    /// The feed's new address: a permanent redirect (301, 308) or a web page's alternate link.
    public let movedTo: String?
    /// Validators and hash from this response; nil keeps what was stored (a 304 may omit them).
    public let etag: String?
    public let lastModified: String?
    public let bodyHash: String?
    /// Not to be asked again before this (Retry-After, or backing off after failures).
    public let nextAttemptAt: Date?

    public init(
        feedID: Int64, at: Date, outcome: Outcome, movedTo: String? = nil, etag: String? = nil, lastModified: String? = nil,
        bodyHash: String? = nil, nextAttemptAt: Date? = nil
    ) {
        self.feedID = feedID
        self.at = at
        self.outcome = outcome
        self.movedTo = movedTo
        self.etag = etag
        self.lastModified = lastModified
        self.bodyHash = bodyHash
        self.nextAttemptAt = nextAttemptAt
    }
}

/// What keeping a fetch changed.
public struct RecordedChange: Sendable, Hashable {
    public let newEntries: Int
    public let updatedEntries: Int

    public init(newEntries: Int, updatedEntries: Int) {
        self.newEntries = newEntries
        self.updatedEntries = updatedEntries
    }
}
