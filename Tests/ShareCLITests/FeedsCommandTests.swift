import Foundation
import Store
import TestFeedServer
import Testing

/// `share feeds …` run as a user runs it, asserting what the store holds afterwards.
@Suite("share feeds")
struct FeedsCommandTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("share-feeds-\(UUID().uuidString)")
    var storePath: String { directory.appendingPathComponent("share.sqlite").path }

    func share(_ arguments: [String]) throws -> ShareProcess.Result {
        try ShareProcess.run(arguments + ["--store", storePath])
    }

    @Test func importingTwiceAddsNothingAndKeepsFolders() throws {
        let first = try share(["feeds", "import", "Corpus/demo.opml"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("Corpus/demo.opml: 18 feeds added, 0 already there\n"))
        let second = try share(["feeds", "import", "Corpus/demo.opml"])
        #expect(second.stdout == "Corpus/demo.opml: 0 feeds added, 18 already there\n")
        let feeds = try FeedStore(path: storePath).feeds()
        #expect(feeds.count == 18)
        #expect(feeds.first?.folders == ["Food & Home"])
        #expect(feeds.allSatisfy { $0.url.hasPrefix("file:///") }, "relative xmlUrls resolved against the OPML file")
    }

    @Test func exportImportsBackTheSame() throws {
        _ = try share(["feeds", "import", "Corpus/demo.opml"])
        let exported = try share(["feeds", "export"])
        #expect(exported.status == 0)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("exported.opml")
        try Data(exported.stdout.utf8).write(to: file)
        let otherStore = directory.appendingPathComponent("other.sqlite").path
        let reimport = try ShareProcess.run(["feeds", "import", file.path, "--store", otherStore])
        #expect(reimport.status == 0, "\(reimport.stderr)")
        func shape(_ feeds: [StoredFeed]) -> [[String?]] {
            feeds.map { [$0.url, $0.title, $0.siteURL, $0.folderPath] }
        }
        #expect(shape(try FeedStore(path: otherStore).feeds()) == shape(try FeedStore(path: storePath).feeds()))
    }

    @Test func aFeedIsRemovedByTitleWithItsEntries() throws {
        _ = try share(["feeds", "import", "Corpus/demo.opml"])
        _ = try share(["fetch"])
        let removed = try share(["feeds", "remove", "the baker’s almanac"])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout.hasPrefix("Removed The Baker’s Almanac (file://"))
        let store = try FeedStore(path: storePath)
        #expect(try store.feeds().count == 17)
        #expect(try store.entries(since: nil).allSatisfy { !$0.feedURL.hasSuffix("rss2-bakers-almanac.xml") })
        let missing = try share(["feeds", "remove", "No Such Feed"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "share: no feed with the URL or title 'No Such Feed' (see: share feeds list)\n")
    }

    @Test func listShowsEachFeedsHealth() throws {
        let server = try TestFeedServer()
        let good = server.url("/rss/healthy.xml")
        let missing = server.url("/status/404")
        _ = try share(["feeds", "add", good])
        try FeedStore(path: storePath).add([NewFeed(url: missing, folders: ["Broken"])])
        _ = try share(["fetch"])
        let table = try share(["feeds", "list"])
        #expect(table.status == 0)
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("TITLE") == true)
        #expect(lines.contains { $0.hasPrefix("Feed healthy") && $0.contains("not modified") && $0.hasSuffix(good) })
        #expect(lines.contains { $0.contains("Broken") && $0.contains("HTTP 404 Not Found") && $0.hasSuffix(missing) })
        let json = try share(["feeds", "list", "--format", "json"])
        let objects = try json.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        let broken = try #require(objects.first { $0["url"] as? String == missing })
        #expect(broken["failures"] as? Int == 1)
        #expect(broken["entries"] as? Int == 0)
        #expect(broken["status"] as? String == "HTTP 404 Not Found")
    }

    @Test func aWebPageIsAddedAsTheFeedItAnnounces() throws {
        let server = try TestFeedServer()
        let page = server.url("/page/with-alternate.html")
        let result = try share(["feeds", "add", page, "--folder", "Blogs / Friends"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Added Feed discovered (\(server.url("/rss/discovered.xml")), found on \(page)): 1 entry\n")
        let feeds = try FeedStore(path: storePath).feeds()
        #expect(feeds.map(\.url) == [server.url("/rss/discovered.xml")])
        #expect(feeds.first?.folders == ["Blogs", "Friends"])
    }

    @Test func aURLThatGivesNoFeedIsNotAdded() throws {
        let server = try TestFeedServer()
        let result = try share(["feeds", "add", server.url("/page/without-alternate.html")])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("share: \(server.url("/page/without-alternate.html")): not a feed"))
        #expect(result.stderr.hasSuffix("and the page links to no feed; nothing added\n"))
        #expect(try FeedStore(path: storePath).feeds().isEmpty)
    }
}
