import Foundation
import Testing

@Suite("share friends")
struct FriendsCommandTests {
    /// A fresh friends file in a temporary folder, and a way to run `share friends …` on it.
    struct Sandbox {
        let directory: URL
        var file: String { directory.appendingPathComponent("friends.yaml").path }

        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("share-friends-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }

        func run(_ arguments: [String], editor: String? = nil) throws -> ShareProcess.Result {
            var arguments = ["friends"] + arguments
            arguments.insert(contentsOf: ["--friends", file], at: 2)
            guard let editor else { return try ShareProcess.run(arguments) }
            return try ShareProcess.run(["-c", "EDITOR='\(editor)' exec \"$0\" \"$@\""], prefix: arguments)
        }

        var contents: String { (try? String(contentsOfFile: file, encoding: .utf8)) ?? "" }
    }

    @Test func addListShowAndRemove() throws {
        let sandbox = try Sandbox()
        let add = try sandbox.run([
            "add", "Wendy Park", "--email", "wendy@example.org", "--interest", "sourdough", "--interest", "jazz piano=2", "--avoid", "politics",
            "--city", "Omaha", "--every", "1m",
        ])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(sandbox.contents.contains("{phrase: jazz piano, weight: 2}"))
        let list = try sandbox.run(["list"])
        #expect(list.stdout.contains("Wendy Park <wendy@example.org>"))
        #expect(list.stdout.contains("likes sourdough, jazz piano"))
        let show = try sandbox.run(["show", "wendy"])
        #expect(show.stdout.contains("city: Omaha"))
        let again = try sandbox.run(["add", "Wendy Park", "--email", "other@example.org"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already a friend"))
        let remove = try sandbox.run(["remove", "wendy@example.org"])
        #expect(remove.status == 0)
        #expect(try sandbox.run(["list"]).stdout.hasPrefix("No friends yet"))
    }

    @Test func badInputIsAUsageErrorAndChangesNothing() throws {
        let sandbox = try Sandbox()
        let result = try sandbox.run(["add", "Bob", "--email", "not-an-address"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'not-an-address' is not an e-mail address"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.file))
    }

    /// `suggest` could not write to an address that is not ASCII, and left the friend out without
    /// a word; now `friends add` says so at once, with the way out.
    @Test func anAddressMailCannotCarryIsRefusedWhenAdded() throws {
        let sandbox = try Sandbox()
        let result = try sandbox.run(["add", "Zoë Müller", "--email", "zoë@example.org"])
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "'zoë@example.org' is not an e-mail address share can write to: it contains a character that is not ASCII (a domain can be written as xn--…)"
            ), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: sandbox.file))
    }

    @Test func importingTwiceAddsNothing() throws {
        let sandbox = try Sandbox()
        let demo = ShareProcess.packageRoot.appendingPathComponent("Corpus/friends.yaml").path
        let first = try sandbox.run(["import", demo])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("7 added"))
        let saved = sandbox.contents
        let second = try sandbox.run(["import", demo])
        #expect(second.stdout.contains("0 added, 0 updated, 7 unchanged"))
        #expect(sandbox.contents == saved)
    }

    @Test func anInvalidEditIsShownAndChangesNothing() throws {
        let sandbox = try Sandbox()
        _ = try sandbox.run(["add", "Wendy Park", "--email", "wendy@example.org", "--birthday", "03-14"])
        let before = sandbox.contents
        let bad = try sandbox.run(["edit", "Wendy"], editor: "sed -i s/03-14/13-45/")
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("birthday") && bad.stderr.contains("nothing changed"))
        #expect(sandbox.contents == before)
        let good = try sandbox.run(["edit", "Wendy"], editor: "sed -i s/03-14/04-01/")
        #expect(good.status == 0, "\(good.stderr)")
        #expect(sandbox.contents.contains("birthday: 04-01"))
    }
}
