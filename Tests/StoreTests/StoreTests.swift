import Foundation
import GRDB
import Store
import Testing

/// The store on a real SQLite file in a temporary directory.
@Suite("Store")
struct StoreTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("share-store-\(UUID().uuidString)")
    var path: String { directory.appendingPathComponent("nested/share.sqlite").path }

    func entry(_ id: String, title: String, published: Date? = nil) -> EntryContent {
        EntryContent(
            stableID: id, link: "https://example.org/\(id)", canonicalLink: "https://example.org/\(id)", title: title,
            summary: "about \(title)", contentText: nil, categories: ["bread"], authors: ["Ann"], published: published, updated: nil)
    }

    @Test func addingIsIdempotentByURLAndKeepsFolders() throws {
        let store = try FeedStore(path: path)
        let first = try store.add([
            NewFeed(url: "https://a.example/feed", title: "A", folders: ["Food", "Baking"]), NewFeed(url: "https://b.example/feed"),
        ])
        #expect(first.added.count == 2)
        let second = try store.add([NewFeed(url: "https://a.example/feed", title: "Renamed")])
        #expect(second.added.isEmpty)
        #expect(second.existing == ["https://a.example/feed"])
        let feeds = try store.feeds()
        #expect(feeds.count == 2)
        #expect(feeds[0].title == "A")
        #expect(feeds[0].folders == ["Food", "Baking"])
        #expect(feeds[0].folderPath == "Food / Baking")
    }

    @Test func aFetchIsKeptWithItsEntriesAndAnEntryKeepsWhenItWasFirstSeen() throws {
        let store = try FeedStore(path: path)
        try store.add([NewFeed(url: "https://a.example/feed")])
        let feed = try #require(try store.feeds().first)
        let monday = Date(timeIntervalSince1970: 1_790_000_000)
        let change = try store.record(
            FetchRecord(
                feedID: feed.id, at: monday,
                outcome: .updated(title: "A", siteURL: "https://a.example/", entries: [entry("1", title: "One"), entry("1", title: "Dup")]),
                etag: "\"v1\"", lastModified: "Mon", bodyHash: "h1"
            ))
        #expect(change == RecordedChange(newEntries: 1, updatedEntries: 0), "a duplicate id within one fetch counts once")
        let tuesday = monday.addingTimeInterval(86_400)
        let next = try store.record(
            FetchRecord(
                feedID: feed.id, at: tuesday,
                outcome: .updated(title: "A", siteURL: nil, entries: [entry("1", title: "One, corrected"), entry("2", title: "Two")]),
                etag: "\"v2\"", bodyHash: "h2"
            ))
        #expect(next == RecordedChange(newEntries: 1, updatedEntries: 1))
        let entries = try store.entries(since: nil)
        let one = try #require(entries.first { $0.entry.stableID == "1" })
        #expect(one.entry.title == "One, corrected")
        #expect(one.entry.firstSeenAt == monday)
        #expect(one.entry.categories == ["bread"])
        #expect(one.feedURL == "https://a.example/feed")
        let stored = try #require(try store.feeds().first)
        #expect(stored.etag == "\"v2\"")
        #expect(stored.lastModified == nil, "a 200 without Last-Modified clears the old one")
        #expect(stored.siteURL == "https://a.example/")
        #expect(stored.lastStatus == "updated, 1 new entry")
    }

    /// `entries(since:)` sorts every row itself; `newestEntries(limit:)` lets SQLite sort and cut.
    /// Both must give one order: newest first by published, else updated, else first seen, and
    /// entries of one date in the order they were first kept.
    @Test("entries come newest first by published, updated or first seen, ties in the order kept, with or without a limit")
    func entriesComeNewestFirst() throws {
        let store = try FeedStore(path: path)
        try store.add([NewFeed(url: "https://a.example/feed")])
        let feed = try #require(try store.feeds().first)
        let seen = Date(timeIntervalSince1970: 1_790_000_000)
        func entry(_ id: String, published: TimeInterval?, updated: TimeInterval? = nil) -> EntryContent {
            EntryContent(
                stableID: id, link: nil, canonicalLink: nil, title: id, summary: nil, contentText: nil, categories: [], authors: [],
                published: published.map { seen.addingTimeInterval($0) }, updated: updated.map { seen.addingTimeInterval($0) })
        }
        let entries = [
            entry("tie-1", published: -7_200), entry("undated", published: nil), entry("old", published: -86_400),
            entry("updated-only", published: nil, updated: -3_600), entry("tie-2", published: -7_200), entry("new", published: 60),
        ]
        try store.record(FetchRecord(feedID: feed.id, at: seen, outcome: .updated(title: nil, siteURL: nil, entries: entries)))
        let order = ["new", "undated", "updated-only", "tie-1", "tie-2", "old"]
        #expect(try store.entries(since: nil).map(\.entry.stableID) == order)
        #expect(try store.newestEntries(limit: 10).map(\.entry.stableID) == order)
        #expect(try store.newestEntries(limit: 4).map(\.entry.stableID) == Array(order.prefix(4)))
        #expect(try store.entries(since: seen.addingTimeInterval(-7_200)).map(\.entry.stableID) == Array(order.prefix(5)))
    }

    @Test("lists come back as they went in, quotes and accents too; a damaged value is a one-line error naming entry and column")
    func listsComeBackAsTheyWentIn() throws {
        let store = try FeedStore(path: path)
        try store.add([NewFeed(url: "https://a.example/feed")])
        let feed = try #require(try store.feeds().first)
        let lists: [[String]] = [
            ["Baking", "AI"], ["say \"cheese\"", "back\\slash", "C/C++", "Zoë", "line\nbreak", ""], ["one"], [],
        ]
        let entries = lists.enumerated().map { index, list in
            EntryContent(
                stableID: "\(index)", link: nil, canonicalLink: nil, title: "T\(index)", summary: nil, contentText: nil, categories: list,
                authors: list.reversed(), published: nil, updated: nil)
        }
        try store.record(
            FetchRecord(
                feedID: feed.id, at: Date(timeIntervalSince1970: 1_790_000_000), outcome: .updated(title: nil, siteURL: nil, entries: entries)))
        let read = try store.entries(since: nil)
        for (index, list) in lists.enumerated() {
            let entry = try #require(read.first { $0.entry.stableID == "\(index)" }).entry
            #expect(entry.categories ?? [] == list)
            #expect(entry.authors ?? [] == list.reversed())
        }

        // A damaged value is an error in one line, naming the entry and the column.
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "UPDATE entry SET categories = '[\"unclosed' WHERE stableID = '0'") }
        let list = #expect(throws: StoreError.self) { try store.entries(since: nil) }
        #expect(
            list.map { "\($0)" }?.contains("holds \"[\\\"unclosed\" in its categories column, which is not a JSON list of strings") == true,
            "\(String(describing: list))")
        try queue.write { try $0.execute(sql: "UPDATE entry SET categories = NULL, firstSeenAt = 'garbage' WHERE stableID = '0'") }
        let date = #expect(throws: StoreError.self) { try store.entries(since: nil) }
        #expect(
            date.map { "\($0)" }?.contains("holds \"garbage\" in its firstSeenAt column, which is not a date") == true, "\(String(describing: date))")
        #expect(date.map { "\($0)" }?.contains("\n") == false)
    }

    @Test func anEntryIsGoneWhenItsFeedsLastFullReadDidNotListItAndNotBecauseOfA304() throws {
        let store = try FeedStore(path: path)
        try store.add([NewFeed(url: "https://a.example/feed"), NewFeed(url: "https://b.example/feed")])
        let feeds = try store.feeds()
        let monday = Date(timeIntervalSince1970: 1_790_000_000)
        for feed in feeds {
            try store.record(
                FetchRecord(
                    feedID: feed.id, at: monday,
                    outcome: .updated(title: nil, siteURL: nil, entries: [entry("1", title: "One"), entry("2", title: "Two")])))
        }
        let links = ["https://example.org/1", "https://example.org/2", "https://example.org/never-stored"]
        #expect(try store.linksGoneFromTheirFeeds(links).isEmpty)
        // Feed A drops entry 1 on Tuesday; B still lists it: not gone.
        try store.record(
            FetchRecord(
                feedID: feeds[0].id, at: monday.addingTimeInterval(86_400),
                outcome: .updated(title: nil, siteURL: nil, entries: [entry("2", title: "Two")])))
        #expect(try store.linksGoneFromTheirFeeds(links).isEmpty)
        // B drops it too on Wednesday: gone. A 304 on Thursday changes nothing.
        try store.record(
            FetchRecord(
                feedID: feeds[1].id, at: monday.addingTimeInterval(2 * 86_400),
                outcome: .updated(title: nil, siteURL: nil, entries: [entry("2", title: "Two")])))
        #expect(try store.linksGoneFromTheirFeeds(links) == ["https://example.org/1"])
        try store.record(FetchRecord(feedID: feeds[1].id, at: monday.addingTimeInterval(3 * 86_400), outcome: .unchanged(status: "not modified")))
        #expect(try store.linksGoneFromTheirFeeds(links) == ["https://example.org/1"])
    }

    @Test func failuresCountUpAndASuccessResetsThem() throws {
        let store = try FeedStore(path: path)
        try store.add([NewFeed(url: "https://a.example/feed")])
        let id = try #require(try store.feeds().first).id
        let now = Date()
        try store.record(FetchRecord(feedID: id, at: now, outcome: .failed(reason: "HTTP 500", isGone: false)))
        try store.record(
            FetchRecord(feedID: id, at: now, outcome: .failed(reason: "HTTP 500", isGone: false), nextAttemptAt: now.addingTimeInterval(3600)))
        var feed = try #require(try store.feeds().first)
        #expect(feed.consecutiveFailures == 2)
        #expect(!feed.isDue(at: now))
        #expect(feed.isDue(at: now.addingTimeInterval(3601)))
        try store.record(FetchRecord(feedID: id, at: now, outcome: .unchanged(status: "not modified")))
        feed = try #require(try store.feeds().first)
        #expect(feed.consecutiveFailures == 0)
        #expect(feed.nextAttemptAt == nil)
        try store.record(FetchRecord(feedID: id, at: now, outcome: .failed(reason: "HTTP 410 Gone", isGone: true)))
        feed = try #require(try store.feeds().first)
        #expect(feed.isDead)
        #expect(!feed.isDue(at: now.addingTimeInterval(86_400 * 365)))
    }

    @Test func aMoveToAnAddressAlreadyStoredMergesIntoThatFeed() throws {
        let store = try FeedStore(path: path)
        try store.add([NewFeed(url: "http://a.example/feed"), NewFeed(url: "https://a.example/feed")])
        let old = try #require(try store.feeds().first)
        try store.record(
            FetchRecord(feedID: old.id, at: Date(), outcome: .updated(title: "A", siteURL: nil, entries: [entry("old", title: "Kept from before")])))
        try store.record(
            FetchRecord(
                feedID: old.id, at: Date(), outcome: .updated(title: "A", siteURL: nil, entries: [entry("1", title: "One")]),
                movedTo: "https://a.example/feed"))
        let feeds = try store.listings()
        #expect(feeds.map(\.feed.url) == ["https://a.example/feed"])
        #expect(feeds.first?.entryCount == 2, "the moved feed's history goes with it")
        #expect(feeds.first?.feed.title == "A")
    }

    @Test func oldEntriesArePrunedAndOldNewOnesAreNotKept() throws {
        let store = try FeedStore(path: path)
        try store.add([NewFeed(url: "https://a.example/feed")])
        let id = try #require(try store.feeds().first).id
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        let cutoff = now.addingTimeInterval(-90 * 86_400)
        let change = try store.record(
            FetchRecord(
                feedID: id, at: now.addingTimeInterval(-100 * 86_400),
                outcome: .updated(
                    title: nil, siteURL: nil,
                    entries: [
                        entry("old", title: "Old", published: now.addingTimeInterval(-120 * 86_400)),
                        entry("undated", title: "Undated"),
                    ])),
            retentionCutoff: now.addingTimeInterval(-190 * 86_400)
        )
        #expect(change.newEntries == 2)
        try store.record(
            FetchRecord(
                feedID: id, at: now,
                outcome: .updated(
                    title: nil, siteURL: nil,
                    entries: [
                        entry("ancient", title: "Ancient", published: now.addingTimeInterval(-200 * 86_400)),
                        entry("fresh", title: "Fresh", published: now),
                    ])),
            retentionCutoff: cutoff
        )
        #expect(Set(try store.entries(since: nil).map(\.entry.stableID)) == ["old", "undated", "fresh"], "ancient was never kept")
        #expect(try store.pruneEntries(before: cutoff) == 2)
        #expect(try store.entries(since: nil).map(\.entry.stableID) == ["fresh"])
    }

    @Test func anUndatedEntryStillInItsFeedIsNotPrunedSoItNeverComesBackAsNew() throws {
        let store = try FeedStore(path: path)
        try store.add([NewFeed(url: "https://a.example/feed")])
        let id = try #require(try store.feeds().first).id
        let start = Date(timeIntervalSince1970: 1_780_000_000)
        try store.record(
            FetchRecord(feedID: id, at: start, outcome: .updated(title: nil, siteURL: nil, entries: [entry("undated", title: "Undated")])))
        // 100 days later the feed still lists it (with another entry, so the body changed).
        let later = start.addingTimeInterval(100 * 86_400)
        let change = try store.record(
            FetchRecord(
                feedID: id, at: later,
                outcome: .updated(
                    title: nil, siteURL: nil,
                    entries: [
                        entry("undated", title: "Undated"), entry("new", title: "New", published: later),
                    ])))
        #expect(change.newEntries == 1)
        #expect(try store.pruneEntries(before: later.addingTimeInterval(-90 * 86_400)) == 0)
        let undated = try #require(try store.entries(since: nil).first { $0.entry.stableID == "undated" })
        #expect(undated.entry.firstSeenAt == start, "still the entry first seen 100 days ago, not a new one")
        #expect(undated.entry.lastSeenAt == later)
    }

    @Test func removingAFeedRemovesItsEntries() throws {
        let store = try FeedStore(path: path)
        try store.add([NewFeed(url: "https://a.example/feed", title: "Bread Notes")])
        let feed = try store.feed(named: "bread notes")
        try store.record(FetchRecord(feedID: feed.id, at: Date(), outcome: .updated(title: nil, siteURL: nil, entries: [entry("1", title: "One")])))
        try store.remove(feedID: feed.id)
        #expect(try store.entries(since: nil).isEmpty)
        #expect(throws: StoreError.noSuchFeed("Bread Notes")) { try store.feed(named: "Bread Notes") }
    }

    @Test func aStoreFromANewerShareIsRefusedAndLeftAlone() async throws {
        try FeedStore(path: path).add([NewFeed(url: "https://kept.example/feed")])
        let queue = try DatabaseQueue(path: path)
        try await queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')") }
        #expect(throws: StoreError.newerVersion(path: path)) { try FeedStore(path: path) }
        let migrations = try await queue.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") }
        #expect(
            migrations == [
                "v1: feeds and entries", "v2: what was sent, and when friends were last in touch",
                "v3: when each entry was last seen in its feed", "v4: the outbox, drafts waiting to be reviewed and sent",
                "v5: friends' own feeds", "v99: from the future",
            ])
        let urls = try await queue.read { try String.fetchAll($0, sql: "SELECT url FROM feed") }
        #expect(urls == ["https://kept.example/feed"])
    }

    @Test func aFileThatIsNotADatabaseIsAClearErrorAndIsNotOverwritten() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("notes.txt").path
        let text = Data(String(repeating: "my notes, not a database\n", count: 100).utf8)
        _ = FileManager.default.createFile(atPath: file, contents: text)
        #expect(throws: StoreError.unusable(path: file, reason: "not a share store (not a SQLite database)")) { try FeedStore(path: file) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == text)
    }

    @Test func twoWritersAtOnceBothLandWithoutCorruption() async throws {
        let first = try FeedStore(path: path)
        let second = try FeedStore(path: path)
        await withTaskGroup(of: Void.self) { group in
            for (index, store) in [first, second].enumerated() {
                group.addTask {
                    for n in 0..<50 { _ = try? store.add([NewFeed(url: "https://\(index).example/\(n)")]) }
                }
            }
        }
        #expect(try first.feeds().count == 100)
        let check = try DatabaseQueue(path: path)
        let integrity = try await check.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
        #expect(integrity == "ok")
    }
}
