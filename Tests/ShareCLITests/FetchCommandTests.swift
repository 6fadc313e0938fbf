import Foundation
import GRDB
import Store
import TestFeedServer
import Testing

/// `share fetch` end to end: exit status, summary, and what the store holds after.
@Suite("share fetch")
struct FetchCommandTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("share-fetch-\(UUID().uuidString)")
    var storePath: String { directory.appendingPathComponent("share.sqlite").path }

    func share(_ arguments: [String]) throws -> ShareProcess.Result {
        try ShareProcess.run(arguments + ["--store", storePath])
    }

    func opml(_ urls: [String]) throws -> String {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let outlines = urls.map { "<outline type=\"rss\" text=\"t\" xmlUrl=\"\($0)\"/>" }.joined(separator: "\n")
        let file = directory.appendingPathComponent("subscriptions.opml")
        try Data("<opml version=\"2.0\"><head/><body>\(outlines)</body></opml>".utf8).write(to: file)
        return file.path
    }

    @Test func failedFeedsAreListedAndTheRunStillSucceeds() throws {
        let server = try TestFeedServer()
        let good = server.url("/rss/good.xml")
        let missing = server.url("/status/404")
        let gone = server.url("/status/410")
        let file = try opml([good, missing, gone])
        let first = try share(["fetch", "--opml", file])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "3 feeds: 1 updated, 0 not modified, 2 failed; 1 new entry\n")
        #expect(
            first.stderr == """
                share: failed: \(missing): HTTP 404 Not Found
                share: failed: \(gone): HTTP 410 Gone

                """, "failures on stderr, and no progress line when stderr is not a terminal")
        let store = try FeedStore(path: storePath)
        #expect(try store.entries(since: nil).map(\.entry.title) == ["good item 1"])
        #expect(try store.feeds().first { $0.url == gone }?.isDead == true)

        let second = try share(["fetch"])
        #expect(second.stdout.hasPrefix("3 feeds: 0 updated, 1 not modified, 1 failed, 1 skipped; 0 new entries\n"))
    }

    @Test func aRunWhereEveryFeedFailsExitsOne() throws {
        let server = try TestFeedServer()
        let file = try opml([server.url("/status/404"), server.url("/status/500")])
        let result = try share(["fetch", "--opml", file])
        #expect(result.status == 1, "a cron job can tell that nothing was fetched")
        #expect(result.stderr.hasSuffix("share: no feed could be fetched\n"), "\(result.stderr)")
    }

    @Test func fetchingWithNothingStoredSaysWhatToDo() throws {
        let result = try share(["fetch"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("share feeds import"))
    }

    @Test func anUnreadableOPMLFileIsAFailure() throws {
        let result = try share(["fetch", "--opml", "no-such.opml"])
        #expect(result.status == 1)
        #expect(result.stderr == "share: no-such.opml: cannot read: No such file or directory\n")
    }

    @Test func aFileThatIsNotAStoreIsRefusedAndLeftAsItWas() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let text = Data(String(repeating: "not a database\n", count: 200).utf8)
        try text.write(to: URL(fileURLWithPath: storePath))
        let result = try share(["fetch"])
        #expect(result.status == 1)
        #expect(result.stderr == "share: \(storePath): cannot use the store: not a share store (not a SQLite database)\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: storePath)) == text)
    }

    @Test func aStoreFromANewerShareIsRefused() async throws {
        _ = try share(["feeds", "import", "Corpus/demo.opml"])
        let queue = try DatabaseQueue(path: storePath)
        try await queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: later')") }
        let result = try share(["feeds", "list"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("written by a newer version of share"))
    }

    @Test func aRunKilledHalfWayLeavesTheStoreWhole() async throws {
        let server = try TestFeedServer()
        let file = try opml((1...5).map { server.url("/rss/kept\($0).xml") })
        #expect(try share(["fetch", "--opml", file]).status == 0)
        // A second run that is killed while a feed hangs.
        try FeedStore(path: storePath).add([NewFeed(url: server.url("/hang"))])
        for number in 1...5 { try await server.control("/_bump/kept\(number)") }
        let process = try ChildProcess(
            ShareProcess.executable.path, ["fetch", "--store", storePath, "--per-host", "1"],
            environment: ShareProcess.environment, stdout: .discard, stderr: .discard
        )
        try await Task.sleep(for: .milliseconds(1500))
        process.signal(SIGKILL)
        try process.wait()
        let queue = try DatabaseQueue(path: storePath)
        let integrity = try await queue.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
        #expect(integrity == "ok")
        let store = try FeedStore(path: storePath)
        #expect(try store.feeds().count == 6)
        #expect(try store.entries(since: nil).count >= 5, "what the first run stored is still there")
    }

    /// Ctrl-C halfway: share says what it kept and stops, with status 1. The feeds never answer
    /// (`/hang`, with a timeout far away), so the run is under way however late the signal
    /// comes; a share that did not stop would wait out that timeout and fail the bounded wait.
    @Test func ctrlCSaysWhatWasKeptAndStops() async throws {
        let server = try TestFeedServer()
        let file = try opml((1...4).map { server.url("/hang?feed=\($0)") })
        let child = try ChildProcess(
            ShareProcess.executable.path, ["fetch", "--opml", file, "--store", storePath, "--timeout", "300"],
            environment: ShareProcess.environment, directory: ShareProcess.packageRoot.path)
        defer { child.stop() }
        // Until the first request arrives: share is then waiting on the feeds.
        let deadline = ContinuousClock.now + .seconds(90)
        while try await server.requests().isEmpty, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(25)) }
        #expect(child.isRunning)
        child.signal(SIGINT)
        let result = try await child.waitWithoutBlocking(timeout: .seconds(30))
        #expect(result.status == 1)
        #expect(result.stderr.contains("share: stopped: 0 of 4 feeds fetched and kept; the others are as they were"), "\(result.stderr)")
        #expect(try FeedStore(path: storePath).feeds().count == 4, "the feeds were added before the fetch began")
    }
}

/// `share match` with no feeds named reads what `share fetch` kept.
@Suite("share match from the store")
struct MatchFromStoreTests {
    let storePath = FileManager.default.temporaryDirectory.appendingPathComponent("share-match-\(UUID().uuidString)/share.sqlite").path

    @Test func theStoreGivesTheSameSuggestionsAsReadingTheFeeds() throws {
        #expect(try ShareProcess.run(["feeds", "import", "Corpus/demo.opml", "--store", storePath]).status == 0)
        #expect(try ShareProcess.run(["fetch", "--store", storePath]).status == 0)
        let fromStore = try ShareProcess.run([
            "match", "--friends", "Corpus/friends.yaml", "--since", "1y", "--top", "3", "--format", "json", "--store", storePath,
        ])
        let fromFeeds = try ShareProcess.run([
            "match", "--friends", "Corpus/friends.yaml", "--since", "1y", "--top", "3", "--format", "json", "--opml", "Corpus/demo.opml",
        ])
        #expect(fromStore.status == 0, "\(fromStore.stderr)")
        #expect(!fromStore.stdout.isEmpty)
        #expect(fromStore.stdout == fromFeeds.stdout)
    }

    @Test func withNoStoreAndNoFeedsItSaysWhatToDo() throws {
        let result = try ShareProcess.run(["match", "--friends", "Corpus/friends.yaml", "--store", storePath])
        #expect(result.status == 1)
        #expect(result.stderr.contains("share feeds import FILE.opml, then share fetch"))
        #expect(!FileManager.default.fileExists(atPath: storePath), "asking creates nothing")
    }
}
