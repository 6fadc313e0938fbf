import Foundation
import GRDB

/// Friends' own feeds, kept beside the user's subscriptions (migration v5).
///
/// Rules:
/// - The friends file is the truth: ``keepFriendFeeds(_:at:)`` makes the store hold exactly the
///   feeds it names, each marked as its friend's (`friendKey`).
/// - A feed the friends file no longer names is dropped with its entries (only feeds the user
///   named are read), unless the user also subscribes to it: then it stays, as a subscription.
/// - A URL that is already a subscription becomes the friend's too, keeping its fetch state.
/// - A feed is known by the URL the friends file names (`friendFeedURL`), so it stays theirs
///   when a fetch moves it (the feed a profile page announces, a 301).
/// - A friend's feed is fetched like any other (validators, limits, backing off), but it is not
///   a subscription: `feeds export` leaves it out.
extension FeedStore {
    /// What ``keepFriendFeeds(_:at:)`` changed, by URL.
    public struct FriendFeedChanges: Sendable, Hashable {
        public let added: [String]
        public let dropped: [String]
    }

    /// Makes the store's friends' feeds those of `feedsByFriend` (friend id to URLs).
    @discardableResult
    public func keepFriendFeeds(_ feedsByFriend: [String: [String]], at now: Date = Date()) throws(StoreError) -> FriendFeedChanges {
        try write { db in
            var added: [String] = []
            var dropped: [String] = []
            var wanted: [String: String] = [:]
            for (friendKey, urls) in feedsByFriend {
                for url in urls where wanted[url] == nil { wanted[url] = friendKey }
            }
            for (url, friendKey) in wanted.sorted(by: { $0.key < $1.key }) {
                if let id = try Int64.fetchOne(db, sql: "SELECT id FROM feed WHERE friendFeedURL = ?", arguments: [url])
                    ?? Int64.fetchOne(db, sql: "SELECT id FROM feed WHERE url = ?", arguments: [url])
                {
                    try db.execute(sql: "UPDATE feed SET friendKey = ?, friendFeedURL = ? WHERE id = ?", arguments: [friendKey, url, id])
                } else {
                    try db.execute(
                        sql: "INSERT INTO feed (url, addedAt, friendKey, isSubscription, friendFeedURL) VALUES (?, ?, ?, 0, ?)",
                        arguments: [url, now, friendKey, url])
                    added.append(url)
                }
            }
            let owned = try Row.fetchAll(db, sql: "SELECT id, url, friendFeedURL, isSubscription FROM feed WHERE friendKey IS NOT NULL")
            for row in owned {
                let named: String = row["friendFeedURL"] ?? row["url"]
                guard wanted[named] == nil else { continue }
                let id: Int64 = row["id"]
                if row["isSubscription"] as Bool {
                    try db.execute(sql: "UPDATE feed SET friendKey = NULL, friendFeedURL = NULL WHERE id = ?", arguments: [id])
                } else {
                    try db.execute(sql: "DELETE FROM feed WHERE id = ?", arguments: [id])
                    dropped.append(row["url"])
                }
            }
            return FriendFeedChanges(added: added, dropped: dropped)
        }
    }

    /// The feeds the user subscribes to, in the order they were added: what `feeds export` writes.
    public func subscriptions() throws(StoreError) -> [StoredFeed] {
        try read { db in
            try StoredFeed.fetchAll(db, sql: "SELECT * FROM feed WHERE isSubscription ORDER BY id")
        }
    }
}
