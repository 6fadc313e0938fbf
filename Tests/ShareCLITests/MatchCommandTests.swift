import Foundation
import Store
import TestFeedServer
import Testing

/// `share match` and `share why` on the demo Corpus: real feeds, real friends, real engine.
@Suite("share match and share why")
struct MatchCommandTests {
    static let demo = ["--friends", "Corpus/friends.yaml", "--opml", "Corpus/demo.opml", "--since", "3650d"]

    @Test func jsonLinesCarryTheFieldsAndTheReasons() throws {
        let result = try ShareProcess.run(["match", "--format", "json"] + Self.demo)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(!lines.isEmpty)
        var friends: Set<String> = []
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for key in ["friend", "email", "rank", "score", "link", "title", "feed", "reasons"] {
                #expect(object[key] != nil, "\(key) in \(line)")
            }
            friends.insert(object["friend"] as? String ?? "")
            let reasons = try #require(object["reasons"] as? [[String: Any]])
            #expect(!reasons.isEmpty, "every suggestion says why")
        }
        #expect(friends.count == lines.count, "--top 1 by default: one suggestion per friend")
        let zoe = try #require(lines.first { $0.contains("Zoë Müller") })
        #expect(zoe.contains("heat pump"))
        // The one page that is not a feed is named on stderr; the rest were read.
        #expect(result.stderr.contains("not-a-feed.html"))
    }

    @Test func anAvoidPhraseIsAVetoAndWhySaysWhich() throws {
        let link = "https://civicdesk.omaha.example/2026/11/24/council-bike-lanes-vote"
        let match = try ShareProcess.run(["match", "--format", "json", "--top", "5", "--min-score", "0"] + Self.demo)
        let priya = match.stdout.split(separator: "\n").filter { $0.contains("Priya Raman") }
        #expect(!priya.isEmpty)
        #expect(!priya.contains { $0.contains(link) }, "a bike-lane politics piece never reaches a friend who avoids politics")
        let why = try ShareProcess.run(["why", "Priya", link] + Self.demo)
        #expect(why.status == 0)
        #expect(why.stdout.hasPrefix("Vetoed: Priya Raman avoids \"politics\""))
    }

    @Test func whyNamesTheMatchedInterests() throws {
        let why = try ShareProcess.run(["why", "Zoë", "http://heatpumpherald.example.com/2026/11/5-degrees-and-winning.html"] + Self.demo)
        #expect(why.stdout.contains("Suggested to Zoë Müller as number 1"))
        #expect(why.stdout.contains("\"heat pumps\" in the title"))
        let none = try ShareProcess.run(["why", "Marcus", "http://heatpumpherald.example.com/2026/11/5-degrees-and-winning.html"] + Self.demo)
        // Nothing of Marcus's own: at most a learned word brushes it, far below the threshold.
        #expect(none.stdout.contains("None of Marcus Bell's interests") || none.stdout.hasPrefix("Below the threshold"))
    }

    @Test func offlineNeverTouchesTheNetwork() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("share-offline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let feed = ShareProcess.packageRoot.appendingPathComponent("Corpus/feeds/rss2-windows1252-heat-pump-herald.xml").path
        let opml = directory.appendingPathComponent("mixed.opml")
        // 127.0.0.1:9 would refuse a connection: with --offline it is never tried.
        try Data(
            """
            <opml version="2.0"><body>
            <outline text="local" xmlUrl="file://\(feed)"/>
            <outline text="remote" xmlUrl="http://127.0.0.1:9/feed.xml"/>
            </body></opml>
            """.utf8
        ).write(to: opml)
        let result = try ShareProcess.run(["match", "--offline", "--friends", "Corpus/friends.yaml", "--opml", opml.path, "--since", "3650d"])
        #expect(result.status == 0)
        #expect(result.stderr == "share: 1 remote feed read as the store has them (--offline)\n")
        #expect(result.stdout.contains("Zoë Müller"))
    }

    /// Remote feeds named by --opml take the path `share fetch` takes (issue 14): two at a time
    /// to one host, kept in the store, so the next run asks "only if changed" and an unchanged
    /// feed costs a 304; their entries are matched from the store.
    @Test func remoteFeedsOfAnOPMLAreKeptAndAskedOnlyIfChanged() async throws {
        let server = try TestFeedServer()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("share-remote-opml-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let names = (1...12).map { "feed\($0)" }
        let opml = directory.appendingPathComponent("remote.opml")
        let outlines = names.map { name -> String in
            let url = server.url("/rss/\(name).xml?delay-ms=150")
            return "<outline text=\"\(name)\" xmlUrl=\"\(url)\"/>"
        }.joined(separator: "\n")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data("<opml version=\"2.0\"><body>\n\(outlines)\n</body></opml>".utf8).write(to: opml)
        let friends = directory.appendingPathComponent("friends.yaml")
        try Data("friends:\n  - name: Ann Lee\n    email: ann@example.org\n    interests: [feed7]\n".utf8).write(to: friends)
        let store = directory.appendingPathComponent("store.sqlite").path
        let arguments = ["match", "--friends", friends.path, "--opml", opml.path, "--store", store, "--today", "2026-11-03", "--min-score", "0"]

        let first = try await ShareProcess.runWithoutBlocking(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("/posts/feed7/1"), "\(first.stdout) \(first.stderr)")
        let second = try await ShareProcess.runWithoutBlocking(arguments)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("/posts/feed7/1"), "matched from the store: \(second.stdout)")

        let requests = try await server.requests()
        #expect(requests.count == 2 * names.count, "one request per feed per run")
        let conditional = requests.suffix(names.count)
        #expect(conditional.allSatisfy { $0.if_none_match != nil }, "the second run asks only if changed")
        #expect(try FeedStore(path: store).feeds().count == names.count)
        // One host: two at a time, and two did run at once (150 ms each, 24 requests).
        let peak = Int(String(decoding: try await server.control("/_max_in_flight"), as: UTF8.self))
        #expect(peak == 2, "the per-host limit, in the server's own count")
    }
}
