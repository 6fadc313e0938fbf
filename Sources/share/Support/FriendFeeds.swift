import Foundation
import Matching
import Store

/// Friends' own feeds between the friends file and the store: the store is made to hold exactly
/// the feeds the friends file names (see `FeedStore.keepFriendFeeds`), before any fetch.
enum FriendFeeds {
    /// Brings the store's friends' feeds in line with `friends`, saying on stderr what changed.
    static func keep(_ friends: [Friend], in store: FeedStore) throws {
        var byFriend: [String: [String]] = [:]
        for friend in friends where !friend.feeds.isEmpty { byFriend[friend.id, default: []] += friend.feeds }
        let changes = try store.keepFriendFeeds(byFriend)
        let names = Dictionary(friends.flatMap { friend in friend.feeds.map { ($0, friend.name) } }, uniquingKeysWith: { first, _ in first })
        for url in changes.added { Terminal.problem("following \(names[url] ?? "a friend")'s own feed \(url)") }
        for url in changes.dropped { Terminal.problem("no longer following \(url) (no friend lists it now); its entries are gone") }
    }

    /// The friends in the default or named friends file, for `fetch`: none when there is no file
    /// yet. A friends file that cannot be read is said, and the fetch goes on without it.
    static func friendsForFetch(_ file: FriendsFile) -> [Friend]? {
        guard file.exists || file.isNamed else { return [] }
        do {
            return try file.load()
        } catch {
            Terminal.problem("warning: \(error); friends' own feeds are left as they were")
            return nil
        }
    }

    /// The posts of each friend's own feeds among `candidates`, newest first, by friend id.
    static func postsByFriend(_ candidates: [Candidate]) -> [String: [Candidate]] {
        var posts: [String: [Candidate]] = [:]
        for candidate in candidates {
            if let friend = candidate.postedBy { posts[friend, default: []].append(candidate) }
        }
        return posts.mapValues { $0.sorted { ($0.published ?? .distantPast) > ($1.published ?? .distantPast) } }
    }
}
