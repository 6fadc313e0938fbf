import Foundation
import Store

/// A store in a fresh temporary directory: a real SQLite file.
struct StoreFixture {
    let directory: URL
    let store: FeedStore

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("share-tests-\(UUID().uuidString)")
        store = try FeedStore(path: directory.appendingPathComponent("share.sqlite").path)
    }

    /// Adds `urls` and returns them as stored.
    func feeds(_ urls: [String]) throws -> [StoredFeed] {
        try store.add(urls.map { NewFeed(url: $0) })
        return try store.feeds(urls: urls)
    }

    func feed(_ url: String) throws -> StoredFeed? {
        try store.feeds().first { $0.url == url }
    }

    func entryCount(_ url: String) throws -> Int {
        try store.listings().first { $0.feed.url == url }?.entryCount ?? 0
    }
}
