import Foundation
import GRDB

/// Subscriptions: adding (idempotent, by URL), finding, listing and removing feeds.
extension FeedStore {
    /// Adds the feeds not already stored (same URL); returns the URLs added and those already
    /// there. Importing the same list twice adds nothing. A friend's own feed added here becomes
    /// a subscription too (and counts as added).
    @discardableResult
    public func add(_ feeds: [NewFeed], at now: Date = Date()) throws(StoreError) -> (added: [String], existing: [String]) {
        try write { db in
            var added: [String] = []
            var existing: [String] = []
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO feed (url, title, siteURL, folders, addedAt) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(url) DO UPDATE SET isSubscription = 1,
                        title = coalesce(title, excluded.title), siteURL = coalesce(siteURL, excluded.siteURL),
                        folders = coalesce(folders, excluded.folders)
                    WHERE NOT isSubscription
                    """)
            for feed in feeds {
                try insert.execute(arguments: [feed.url, feed.title, feed.siteURL, JSONText.array(feed.folders), now])
                if db.changesCount > 0 { added.append(feed.url) } else { existing.append(feed.url) }
            }
            return (added, existing)
        }
    }

    /// Every feed, in the order they were added (an OPML file's order, for export).
    public func feeds() throws(StoreError) -> [StoredFeed] {
        try read { db in
            try StoredFeed.fetchAll(db, sql: "SELECT * FROM feed ORDER BY id")
        }
    }

    /// The feeds with the given URLs, in that order; URLs not stored are left out.
    public func feeds(urls: [String]) throws(StoreError) -> [StoredFeed] {
        let byURL = Dictionary(try feeds().map { ($0.url, $0) }, uniquingKeysWith: { first, _ in first })
        return urls.compactMap { byURL[$0] }
    }

    /// Every feed with how many entries it holds, by folder then title: `share feeds list`.
    public func listings() throws(StoreError) -> [FeedListing] {
        try read { db in
            let counts = try Row.fetchAll(db, sql: "SELECT feedId, count(*) AS n FROM entry GROUP BY feedId")
            var countByFeed: [Int64: Int] = [:]
            for row in counts { countByFeed[row["feedId"]] = row["n"] }
            return try StoredFeed.fetchAll(db, sql: "SELECT * FROM feed ORDER BY folders IS NOT NULL, folders, lower(coalesce(title, url))")
                .map { FeedListing(feed: $0, entryCount: countByFeed[$0.id] ?? 0) }
        }
    }

    /// The feed a person means: its exact URL, else its title (ignoring case).
    public func feed(named name: String) throws(StoreError) -> StoredFeed {
        let all = try feeds()
        if let feed = all.first(where: { $0.url == name }) { return feed }
        let titled = all.filter { $0.title?.caseInsensitiveCompare(name) == .orderedSame }
        switch titled.count {
        case 1: return titled[0]
        case 0: throw StoreError.noSuchFeed(name)
        default: throw StoreError.ambiguousFeed(name, candidates: titled.map(\.url))
        }
    }

    /// Removes a feed and its entries.
    public func remove(feedID: Int64) throws(StoreError) {
        try write { db in
            _ = try StoredFeed.deleteOne(db, key: feedID)
        }
    }
}
