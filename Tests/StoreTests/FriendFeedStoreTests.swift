import Foundation
import Store
import Testing

/// Friends' own feeds in the store: exactly those the friends file names, marked as theirs,
/// their entries told apart from the user's subscriptions.
@Suite("Store: friends' own feeds")
struct FriendFeedStoreTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("share-friend-feeds-\(UUID().uuidString)")
    var path: String { directory.appendingPathComponent("share.sqlite").path }
    let now = Date(timeIntervalSince1970: 1_795_867_200)

    func entry(_ id: String) -> EntryContent {
        EntryContent(
            stableID: id, link: "https://example.org/\(id)", canonicalLink: "https://example.org/\(id)", title: "Post \(id)",
            summary: "about \(id)", contentText: nil, categories: [], authors: [], published: now, updated: nil)
    }

    func fetch(_ url: String, in store: FeedStore, entries: [EntryContent], movedTo: String? = nil) throws {
        let feed = try #require(try store.feeds().first { $0.url == url })
        try store.record(
            FetchRecord(feedID: feed.id, at: now, outcome: .updated(title: nil, siteURL: nil, entries: entries), movedTo: movedTo))
    }

    @Test func theStoreHoldsTheFeedsTheFriendsFileNamesMarkedAsTheirs() throws {
        let store = try FeedStore(path: path)
        try store.add([NewFeed(url: "https://news.example/feed")])
        let first = try store.keepFriendFeeds(["ana@example.org": ["https://ana.example/feed"]], at: now)
        #expect(first.added == ["https://ana.example/feed"])
        try fetch("https://ana.example/feed", in: store, entries: [entry("a1")])
        try fetch("https://news.example/feed", in: store, entries: [entry("n1")])

        let entries = try store.entries(since: nil)
        #expect(entries.first { $0.entry.stableID == "a1" }?.friendKey == "ana@example.org")
        #expect(entries.first { $0.entry.stableID == "n1" }?.friendKey == nil)
        #expect(try store.friendsPosts().map(\.entry.stableID) == ["a1"])
        #expect(try store.subscriptions().map(\.url) == ["https://news.example/feed"], "a friend's feed is not exported as a subscription")

        let again = try store.keepFriendFeeds(["ana@example.org": ["https://ana.example/feed"]], at: now)
        #expect(again.added.isEmpty && again.dropped.isEmpty, "the same friends file changes nothing")
        #expect(try store.friendsPosts().count == 1, "and keeps what was fetched")
    }

    @Test func aFeedNoLongerNamedGoesWithItsEntriesUnlessItIsAlsoASubscription() throws {
        let store = try FeedStore(path: path)
        try store.add([NewFeed(url: "https://both.example/feed")])
        try store.keepFriendFeeds(["ana@example.org": ["https://ana.example/feed", "https://both.example/feed"]], at: now)
        try fetch("https://ana.example/feed", in: store, entries: [entry("a1")])
        try fetch("https://both.example/feed", in: store, entries: [entry("b1")])
        #expect(try store.friendsPosts().count == 2, "a subscription the friend also lists is theirs")

        let changes = try store.keepFriendFeeds([:], at: now)
        #expect(changes.dropped == ["https://ana.example/feed"])
        #expect(try store.feeds().map(\.url) == ["https://both.example/feed"], "the subscription stays")
        #expect(try store.entries(since: nil).map(\.entry.stableID) == ["b1"], "with its entries, now the user's")
        #expect(try store.friendsPosts().isEmpty)
    }

    @Test func aFeedMovedByAFetchStaysTheFriends() throws {
        let store = try FeedStore(path: path)
        let profile = "https://social.example/@theo"
        try store.keepFriendFeeds(["theo@example.org": [profile]], at: now)
        // The profile page announced its feed: the fetch moved the stored URL there.
        try fetch(profile, in: store, entries: [entry("t1")], movedTo: "https://social.example/@theo.rss")
        #expect(try store.feeds().map(\.url) == ["https://social.example/@theo.rss"])

        let next = try store.keepFriendFeeds(["theo@example.org": [profile]], at: now)
        #expect(next.added.isEmpty && next.dropped.isEmpty, "the page's feed is still the one the friends file names")
        #expect(try store.friendsPosts().map(\.entry.stableID) == ["t1"])
    }

    @Test func addingAFriendsFeedAsASubscriptionMakesItOne() throws {
        let store = try FeedStore(path: path)
        try store.keepFriendFeeds(["ana@example.org": ["https://ana.example/feed"]], at: now)
        let result = try store.add([NewFeed(url: "https://ana.example/feed", title: "Ana's blog")])
        #expect(result.added == ["https://ana.example/feed"])
        #expect(try store.subscriptions().map(\.title) == ["Ana's blog"])
        try store.keepFriendFeeds([:], at: now)
        #expect(try store.feeds().count == 1, "once subscribed, it stays when the friend drops it")
    }
}
