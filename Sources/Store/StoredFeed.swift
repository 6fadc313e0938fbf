import Foundation
import GRDB

/// A feed the user follows, with how fetching it has gone.
public struct StoredFeed: Sendable, Hashable, Codable, FetchableRecord, TableRecord {
    public static let databaseTableName = "feed"

    public let id: Int64
    public let url: String
    public let title: String?
    public let siteURL: String?
    /// OPML folders, outermost first.
    public let folders: [String]?
    public let addedAt: Date
    public let etag: String?
    public let lastModified: String?
    public let bodyHash: String?
    /// The last fetch's result in words: "200, 3 new entries", "not modified", "HTTP 404 Not Found".
    public let lastStatus: String?
    public let lastAttemptAt: Date?
    public let lastSuccessAt: Date?
    public let consecutiveFailures: Int
    public let nextAttemptAt: Date?
    public let isDead: Bool
    /// The friend whose own feed this is (their id), or nil for a subscription of the user's.
    public let friendKey: String?
    /// Whether the user subscribes to it; false for a feed kept only as a friend's own.
    public let isSubscription: Bool
    /// For a friend's feed, the URL their `feeds:` names (``url`` may have moved since).
    public let friendFeedURL: String?

    /// The folders as people read them: "Food / Baking".
    public var folderPath: String? { folders.flatMap { $0.isEmpty ? nil : $0.joined(separator: " / ") } }

    /// The title when the feed has one, else its URL: what people are shown.
    public var displayName: String { title.flatMap { $0.isEmpty ? nil : $0 } ?? url }

    /// Whether a fetch at `now` is allowed: not dead, and not asked to wait.
    public func isDue(at now: Date) -> Bool {
        !isDead && (nextAttemptAt.map { $0 <= now } ?? true)
    }
}

/// A feed with the number of entries it holds in the store: a row of `share feeds list`.
public struct FeedListing: Sendable, Hashable {
    public let feed: StoredFeed
    public let entryCount: Int
}

/// A feed to add: from an OPML outline, or a URL given on the command line.
public struct NewFeed: Sendable, Hashable {
    public let url: String
    public let title: String?
    public let siteURL: String?
    public let folders: [String]

    public init(url: String, title: String? = nil, siteURL: String? = nil, folders: [String] = []) {
        self.url = url
        self.title = title
        self.siteURL = siteURL
        self.folders = folders
    }
}
