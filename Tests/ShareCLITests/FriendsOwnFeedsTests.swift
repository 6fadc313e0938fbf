import Foundation
import Store
import TestFeedServer
import Testing

/// Friends' own feeds end to end, through a real HTTP server on 127.0.0.1 serving a blog, a
/// Mastodon profile and its RSS, and a GitHub activity feed (`Corpus/friends-feeds/`): import
/// from a vCard, fetch, reply notes, notes from learned interests, learn, show and forget.
@Suite("Friends' own feeds")
struct FriendsOwnFeedsTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("share-friend-feeds-\(UUID().uuidString)")
    var storePath: String { directory.appendingPathComponent("share.sqlite").path }
    var friendsPath: String { directory.appendingPathComponent("friends.yaml").path }
    /// The hosts of the friends' own posts: none of them is ever a link suggested.
    let ownHosts = ["crumbandcoal.example", "social.example", "github.com"]

    /// `share` with this test's store and friends file (`SHARE_STORE`, `SHARE_FRIENDS`).
    func share(_ arguments: [String]) throws -> ShareProcess.Result {
        try ShareProcess.run(arguments, environment: ["SHARE_STORE": storePath, "SHARE_FRIENDS": friendsPath])
    }

    /// A vCard file as an address book exports it, with the friends' web addresses on `server`.
    func vCard(on server: TestFeedServer) throws -> String {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("contacts.vcf")
        let text = """
            BEGIN:VCARD
            VERSION:3.0
            FN:Ana Lima
            EMAIL;type=INTERNET;type=pref:ana@example.org
            CATEGORIES:sourdough
            URL:\(server.url("/files/blog-ana-lima-crumb-and-coal.xml"))
            END:VCARD
            BEGIN:VCARD
            VERSION:3.0
            FN:Theo Quinn
            EMAIL:theo@example.org
            X-SOCIALPROFILE;type=mastodon:\(server.url("/files/mastodon-profile-theo.html"))
            X-SOCIALPROFILE;type=github:\(server.url("/files/github-activity-theoquinn.atom"))
            X-SOCIALPROFILE;type=twitter;x-user=theoq:x-apple:theoq
            URL:\(server.url("/page/without-alternate.html"))
            END:VCARD

            """
        try Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8).write(to: file)
        return file.path
    }

    @Test func importFetchAndSuggestGiveAReplyAndNotesFromWhatTheyPost() throws {
        let server = try TestFeedServer(directory: ShareProcess.packageRoot.appendingPathComponent("Corpus/friends-feeds").path)
        let contacts = try vCard(on: server)

        let offered = try share(["friends", "import", contacts])
        #expect(offered.status == 0, "\(offered.stderr)")
        #expect(
            offered.stdout.contains("  Theo Quinn: \(server.url("/files/mastodon-profile-theo.html"))"), "listed, not followed:\n\(offered.stdout)")
        #expect(!(try String(contentsOfFile: friendsPath, encoding: .utf8)).contains("feeds:"), "nothing followed without asking")

        let followed = try share(["friends", "import", contacts, "--follow-feeds"])
        #expect(followed.status == 0, "\(followed.stderr)")
        let rss = server.url("/files/mastodon-theo.rss")
        #expect(followed.stdout.contains("following Theo Quinn's own feed \(rss) (found on \(server.url("/files/mastodon-profile-theo.html")))"))
        #expect(followed.stderr.contains("Theo Quinn: \(server.url("/page/without-alternate.html")): no feed there"), "\(followed.stderr)")
        let file = try String(contentsOfFile: friendsPath, encoding: .utf8)
        #expect(file.contains(rss) && file.contains(server.url("/files/github-activity-theoquinn.atom")))
        #expect(!file.contains("x-apple"))

        #expect(try share(["feeds", "import", "Corpus/demo.opml"]).status == 0)
        let fetch = try share(["fetch"])
        #expect(fetch.status == 0, "\(fetch.stderr)")
        #expect(fetch.stderr.contains("following Ana Lima's own feed"), "\(fetch.stderr)")
        #expect(fetch.stdout.hasPrefix("21 feeds: 20 updated"), "the 18 subscriptions and the friends' 3 feeds:\n\(fetch.stdout)")
        let store = try FeedStore(path: storePath)
        #expect(try store.friendsPosts().count == 5 + 5 + 3)
        #expect(try store.subscriptions().count == 18, "their feeds are not the user's subscriptions")

        let suggest = try share(["suggest", "--offline", "--format", "json", "--today", ShareProcess.demoDay])
        #expect(suggest.status == 0, "\(suggest.stderr)")
        let notes = try NoteQuality.notes(fromJSONLines: suggest.stdout)
        let ana = notes.filter { $0.friend == "Ana Lima" }
        #expect(ana.first?.kind == "reply", "her news comes before any link: \(ana.map(\.kind))")
        #expect(ana.first?.links == ["https://crumbandcoal.example/2026/11/moving-to-denver/"])
        #expect(ana.first?.body.contains("“Big news: we're moving to Denver!”") == true)
        let theo = notes.filter { $0.friend == "Theo Quinn" }
        #expect(!theo.isEmpty, "a friend with no typed interests is matched on what he posts")
        #expect(theo.allSatisfy { $0.kind == "suggestion" }, "his last post is 18 days old: no reply")
        #expect(theo.contains { $0.body.contains("posts") }, "the note says why: his posts\n\(theo.map(\.body))")
        let links = notes.filter { $0.kind != "reply" }.flatMap(\.links)
        #expect(!links.contains { link in ownHosts.contains { link.contains($0) } }, "nobody is sent a friend's own post: \(links)")
        #expect(NoteQuality.problems(in: notes).isEmpty, "\(NoteQuality.problems(in: notes))")
    }

    @Test(.enabled(if: Tmux.isAvailable, "skipped: tmux is not installed (.ci/run installs it)"))
    func onATerminalImportAsksAboutEachFeedItFinds() throws {
        let server = try TestFeedServer(directory: ShareProcess.packageRoot.appendingPathComponent("Corpus/friends-feeds").path)
        let contacts = try vCard(on: server)
        let tmux = try Tmux(
            command: "SHARE_FRIENDS='\(friendsPath)' '\(ShareProcess.executable.path)' friends import '\(contacts)'; echo import-done")
        try tmux.waitFor("Follow Ana Lima's own feed")
        tmux.press("y")
        try tmux.waitFor("Follow Theo Quinn's own feed \(server.url("/files/mastodon-theo.rss"))")
        tmux.press("n")
        try tmux.waitFor("Follow Theo Quinn's own feed \(server.url("/files/github-activity-theoquinn.atom"))")
        tmux.press("y")
        try tmux.waitFor("import-done")
        let file = try String(contentsOfFile: friendsPath, encoding: .utf8)
        #expect(file.contains(server.url("/files/blog-ana-lima-crumb-and-coal.xml")))
        #expect(!file.contains("mastodon-theo.rss"), "a no is a no")
        #expect(file.contains("github-activity-theoquinn.atom"))
    }

    @Test func learnShowAndForgetWhatTheyPost() throws {
        let server = try TestFeedServer(directory: ShareProcess.packageRoot.appendingPathComponent("Corpus/friends-feeds").path)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(
            """
            friends:
              - name: Theo Quinn
                email: theo@example.org
                interests: [chess]
                avoid: [politics]
                feeds: ["\(server.url("/files/mastodon-theo.rss"))", "\(server.url("/files/github-activity-theoquinn.atom"))"]

            """.utf8
        ).write(to: URL(fileURLWithPath: friendsPath))
        let before = try share(["friends", "learn", "Theo"])
        #expect(before.status == 1)
        #expect(before.stderr.contains("run 'share fetch' first"), "\(before.stderr)")

        #expect(try share(["feeds", "import", "Corpus/demo.opml"]).status == 0)
        #expect(try share(["fetch"]).status == 0)
        let show = try share(["friends", "show", "Theo"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("# From their 8 posts, they write about"), "\(show.stdout)")
        #expect(show.stdout.contains("owls: “"), "with the posts each came from:\n\(show.stdout)")
        #expect(!show.stdout.contains("#   chess:"), "a typed interest is not offered again")
        #expect(!show.stdout.contains("theoquinn:"), "his user name is no topic")

        let accept = try share(["friends", "learn", "Theo", "--accept"])
        #expect(accept.status == 0, "\(accept.stderr)")
        #expect(accept.stdout.hasPrefix("Learned for Theo Quinn: "))
        let learned = try String(contentsOfFile: friendsPath, encoding: .utf8)
        #expect(learned.contains("{phrase: owls, ") && learned.contains("learned: true}"), "\(learned)")
        let weights = learned.components(separatedBy: "weight: ").dropFirst().compactMap { Double($0.prefix { $0 != "," }) }
        #expect(weights.allSatisfy { $0 < 1 }, "learned interests weigh less than a typed one: \(weights)")
        #expect(learned.contains("interests: [chess, "), "the typed interest stays first")

        let forget = try share(["friends", "forget", "Theo", "--learned"])
        #expect(forget.status == 0)
        let after = try String(contentsOfFile: friendsPath, encoding: .utf8)
        #expect(!after.contains("learned: true"))
        #expect(after.contains("interests: [chess]"))
        #expect(try share(["friends", "forget", "Theo"]).status == 2, "say what to forget")
    }

    @Test func aFriendsFeedTheyNoLongerListIsNoLongerRead() async throws {
        let server = try TestFeedServer(directory: ShareProcess.packageRoot.appendingPathComponent("Corpus/friends-feeds").path)
        let blog = server.url("/files/blog-ana-lima-crumb-and-coal.xml")
        #expect(try share(["friends", "add", "Ana Lima", "--email", "ana@example.org", "--feed", blog]).status == 0)
        #expect(try share(["friends", "add", "Bo", "--feed", "file:///etc/passwd"]).status == 2, "only http and https feeds")
        #expect(try share(["fetch"]).status == 0)
        #expect(try FeedStore(path: storePath).friendsPosts().count == 5)
        #expect(try share(["friends", "forget", "Ana", "--feeds"]).status == 0)
        let fetch = try share(["fetch"])
        #expect(fetch.stderr.contains("no longer following \(blog)"), "\(fetch.stderr)")
        #expect(try FeedStore(path: storePath).friendsPosts().isEmpty, "what was fetched from it is gone")
        #expect(try await server.requests().filter { $0.path.contains("crumb") }.count == 1, "and it is not fetched again")
    }
}
