import Foundation
import GRDB
import Testing

@testable import Store

/// A store made by an older share, opened by this one: brought forward, and usable at once.
@Suite("Store: migrations")
struct MigrationTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("share-migrations-\(UUID().uuidString)")
    var path: String { directory.appendingPathComponent("share.sqlite").path }

    /// The bug this pins down: the check for a newer store read the schema on a reader
    /// connection before migrating, and that connection went on with the old columns, so the
    /// first command after an upgrade failed ("column not found: isSubscription").
    @Test func aStoreFromBeforeFriendsFeedsOpensAndReadsAtOnce() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        do {
            let queue = try DatabaseQueue(path: path)
            try StoreMigrations.migrator.migrate(queue, upTo: "v4: the outbox, drafts waiting to be reviewed and sent")
            try queue.write { db in
                try db.execute(sql: "INSERT INTO feed (url, title, addedAt) VALUES ('https://kept.example/feed', 'Kept', '2026-11-01 00:00:00')")
            }
        }
        let store = try FeedStore(path: path)
        let feeds = try store.feeds()
        #expect(feeds.map(\.url) == ["https://kept.example/feed"])
        #expect(feeds.first?.isSubscription == true, "what the user followed before is a subscription")
        #expect(feeds.first?.friendKey == nil)
        #expect(try store.subscriptions().count == 1)
    }
}
