import Foundation
import Store
import TestFeedServer
import Testing

/// `share suggest`, `send`, `history`, `due` and `contacted` run as a user would, on the demo
/// corpus, with every mail format read back by Python's email parser and delivery through msmtp
/// to a real SMTP server on 127.0.0.1.
@Suite("share suggest and send")
struct SuggestCommandTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("share-suggest-\(UUID().uuidString)")
    var storePath: String { directory.appendingPathComponent("share.sqlite").path }
    /// The demo, as the README runs it, on the demo's own day.
    var demo: [String] { ["--opml", "Corpus/demo.opml", "--friends", "Corpus/friends.yaml", "--today", ShareProcess.demoDay, "--store", storePath] }

    func share(_ arguments: [String]) throws -> ShareProcess.Result {
        try ShareProcess.run(arguments)
    }

    @Test func theDemoDraftsNotesOverdueFriendFirstTheSameEachRun() throws {
        let first = try share(["suggest"] + demo)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("To: Wendy Park <wendy@example.org>\nSubject: "), "Wendy is the one overdue friend")
        #expect(first.stdout.contains("Hi Wendy,"))
        #expect(first.stdout.contains("Hi Zoë,"))
        #expect(!first.stdout.contains("utm_"), "links are canonical")
        let again = try share(["suggest"] + demo)
        #expect(again.stdout == first.stdout, "running twice gives the same drafts")
    }

    @Test func mboxIsReadBackByPythonWithoutDefects() throws {
        let result = try share(["suggest", "--format", "mbox", "--from", "Ann Lee <ann@example.org>"] + demo)
        #expect(result.status == 0, "\(result.stderr)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("drafts.mbox")
        try Data(result.stdout.utf8).write(to: file)
        let messages = try PythonMail.messages(inMbox: file)
        #expect(messages.count >= 5)
        for message in messages {
            #expect(message.defects.isEmpty && message.headerDefects.isEmpty, "\(message.defects) \(message.headerDefects)")
            #expect(message.from.first?.address == "ann@example.org")
            #expect(message.body.hasPrefix("Hi "))
            #expect(message.body.contains("\nAnn\n"), "signed with the sender's first name")
        }
        #expect(messages.first?.to.first == PythonMail.Message.Mailbox(name: "Wendy Park", address: "wendy@example.org"))
        #expect(messages.contains { $0.to.first?.name == "Zoë Müller" }, "non-ASCII names come back whole")
    }

    @Test func emlFilesJSONLinesAndMailtoURIs() throws {
        let out = directory.appendingPathComponent("drafts").path
        let eml = try share(["suggest", "--format", "eml", "--out", out] + demo)
        #expect(eml.status == 0, "\(eml.stderr)")
        let paths = eml.stdout.split(separator: "\n").map(String.init)
        #expect(paths.first?.hasSuffix("/01-wendy-park.eml") == true)
        for path in paths {
            let message = try #require(try PythonMail.messages(inEML: URL(fileURLWithPath: path)).first)
            #expect(message.defects.isEmpty && message.headerDefects.isEmpty)
            #expect(message.headerNames.contains("X-Share-Link") || message.subject.contains("birthday") || message.subject.contains("while"))
        }

        let json = try share(["suggest", "--format", "json"] + demo)
        for line in json.stdout.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for key in ["friend", "email", "subject", "body", "links", "reasons"] { #expect(object[key] != nil, "\(key) missing") }
        }

        let mailto = try share(["suggest", "--format", "mailto"] + demo)
        let first = try #require(mailto.stdout.split(separator: "\n").first)
        let parsed = try PythonMail.mailto(String(first))
        #expect(parsed.scheme == "mailto")
        #expect(parsed.to == "wendy@example.org")
        #expect(parsed.body?.first?.hasPrefix("Hi Wendy,\r\n") == true)
    }

    @Test func recordedDraftsAreNotSuggestedAgainAndShowInHistory() throws {
        let first = try share(["suggest", "--format", "json", "--record"] + demo)
        #expect(first.status == 0, "\(first.stderr)")
        let sentLinks = Set(
            first.stdout.split(separator: "\n").flatMap { line in
                ((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any])?["links"] as? [String] ?? []
            })
        #expect(!sentLinks.isEmpty)
        let history = try share(["history", "--friend", "Wendy", "--friends", "Corpus/friends.yaml", "--store", storePath])
        #expect(history.stdout.contains("Wendy Park"))
        #expect(history.stdout.contains("[recorded]"))
        let second = try share(["suggest", "--format", "json"] + demo)
        for line in second.stdout.split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let links = object?["links"] as? [String] ?? []
            let friend = object?["email"] as? String ?? ""
            let firstRun = first.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
                .filter { $0["email"] as? String == friend }.flatMap { $0["links"] as? [String] ?? [] }
            #expect(Set(links).isDisjoint(with: firstRun), "\(friend) is not sent the same link twice")
        }
        // Recording resets the clock: Wendy is no longer overdue.
        let due = try share(["due", "--friends", "Corpus/friends.yaml", "--store", storePath])
        #expect(!due.stdout.contains("Wendy Park"))
    }

    @Test func sendDeliversThroughMsmtpToTheFriendOnlyAndRemembers() throws {
        let sink = try TestSMTPSink()
        let result = try share(["send", "--fresh", "--via", sink.msmtp(from: "ann@example.org"), "--from", "Ann Lee <ann@example.org>"] + demo)
        #expect(result.status == 0, "\(result.stderr)")
        let delivered = try sink.messages()
        #expect(delivered.count == result.stdout.split(separator: "\n").filter { $0.hasPrefix("Sent to ") }.count)
        #expect(try sink.recipients(ofMessage: 1) == ["wendy@example.org"])
        let message = try #require(try PythonMail.messages(inEML: delivered[0]).first)
        #expect(message.defects.isEmpty && message.headerDefects.isEmpty)
        #expect(message.to.first?.address == "wendy@example.org")
        let history = try FeedStore(path: storePath).history()
        #expect(Set(history.compactMap(\.messageID)).count == delivered.count, "one record per message that went out")
        #expect(history.allSatisfy { $0.how.hasPrefix("sent through msmtp") })
    }

    @Test func aHostileNameNeverReachesAHeaderOrTheRecipients() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let friends = directory.appendingPathComponent("friends.yaml")
        try Data(
            """
            friends:
              - name: "Eve\\r\\nBcc: victim@example.com"
                email: eve@example.org
                interests: [sourdough]
                last_contact: 2026-01-01
                every: 1m
            """.utf8
        ).write(to: friends)
        let sink = try TestSMTPSink()
        let result = try share([
            "send", "--fresh", "--via", sink.msmtp(from: "ann@example.org"), "--opml", "Corpus/demo.opml", "--friends", friends.path, "--since", "1y",
            "--store", storePath,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try sink.recipients(ofMessage: 1) == ["eve@example.org"])
        let message = try #require(try PythonMail.messages(inEML: try sink.messages()[0]).first)
        #expect(!message.headerNames.contains { $0.lowercased() == "bcc" })
        #expect(message.defects.isEmpty && message.headerDefects.isEmpty)
    }

    @Test func aDryRunShowsWhatWouldGoOutAndSendsAndRecordsNothing() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let marker = directory.appendingPathComponent("ran").path
        let result = try share(["send", "--fresh", "--dry-run", "--via", "touch \(marker)"] + demo)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Would send to Wendy Park <wendy@example.org>: "))
        #expect(result.stdout.contains("\nTo: Wendy Park <wendy@example.org>\n"), "the messages themselves follow")
        #expect(!FileManager.default.fileExists(atPath: marker), "the command never ran")
        #expect(!FileManager.default.fileExists(atPath: storePath), "nothing recorded")
    }

    @Test func aHostileTitleNeverReachesAHeader() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let feed = directory.appendingPathComponent("hostile.xml")
        // Character references decode to CR, LF, NEL and LINE SEPARATOR inside the title.
        try Data(
            """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Hostile</title><link>https://hostile.example/</link>
            <item><title>Sourdough tips&#13;&#10;Bcc: victim@example.com&#133;X-Evil: 1&#x2028;end</title>
            <link>https://hostile.example/a</link><pubDate>Fri, 27 Nov 2026 10:00:00 GMT</pubDate>
            <description>All about sourdough.</description></item></channel></rss>
            """.utf8
        ).write(to: feed)
        let sink = try TestSMTPSink()
        let result = try share([
            "send", "--fresh", "--via", sink.msmtp(from: "ann@example.org"), "--feed", feed.path, "--friends", "Corpus/friends.yaml", "--since", "1y",
            "--store", storePath,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let index = try #require(try sink.messages().firstIndex { try String(contentsOf: $0, encoding: .utf8).contains("Sourdough tips") })
        #expect(try sink.recipients(ofMessage: index + 1) == ["wendy@example.org"])
        let message = try #require(try PythonMail.messages(inEML: try sink.messages()[index]).first)
        #expect(message.defects.isEmpty && message.headerDefects.isEmpty)
        #expect(!message.headerNames.contains { ["bcc", "x-evil"].contains($0.lowercased()) })
        #expect(!message.subject.contains("\n") && !message.subject.contains("\r"))
        // The subject is a few words of the title: what is left of it is one line of text.
        #expect(message.subject.hasPrefix("Sourdough tips"))
    }

    @Test func anEditedFileIsSentOnceAndNotAgain() throws {
        let out = directory.appendingPathComponent("drafts").path
        let eml = try share(["suggest", "--format", "eml", "--out", out] + demo)
        let file = try #require(eml.stdout.split(separator: "\n").first.map(String.init))
        let sink = try TestSMTPSink()
        let first = try share(["send", "--via", sink.msmtp(from: "ann@example.org"), file, "--friends", "Corpus/friends.yaml", "--store", storePath])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("Sent to Wendy Park <wendy@example.org>: "))
        let history = try FeedStore(path: storePath).history()
        #expect(history.first?.friendKey == "wendy@example.org")
        #expect(history.first?.link.hasPrefix("http") == true, "the link comes from the file's X-Share-Link header")
        let again = try share(["send", "--via", sink.msmtp(from: "ann@example.org"), file, "--friends", "Corpus/friends.yaml", "--store", storePath])
        #expect(again.stderr.contains("already sent"))
        #expect(try sink.messages().count == 1)
    }

    @Test func fromAndCityComeFromTheConfigAndABrokenConfigIsAClearError() throws {
        let config = directory.appendingPathComponent("config/share")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("from: Ann Lee <ann@example.org>\ncity: Omaha\n".utf8).write(to: config.appendingPathComponent("config.yaml"))
        let withConfig = ["-c", "XDG_CONFIG_HOME='\(directory.path)/config' exec \"$0\" \"$@\""]
        let result = try ShareProcess.run(withConfig, prefix: ["suggest", "--format", "mbox"] + demo)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\nFrom: Ann Lee <ann@example.org>\n"))
        // Wendy lives in Omaha too: the invitation is to go along to the Friday concert, not a call.
        let wendy = result.stdout.components(separatedBy: "\nFrom ").first { $0.contains("To: Wendy Park") } ?? ""
        #expect(wendy.contains("on Friday") && (wendy.contains("together") || wendy.contains("Shall we go")), "\(wendy)")
        #expect(!wendy.contains("call"))

        try Data("from: [oops\n".utf8).write(to: config.appendingPathComponent("config.yaml"))
        let broken = try ShareProcess.run(withConfig, prefix: ["suggest"] + demo)
        #expect(broken.status == 1)
        #expect(broken.stderr.hasPrefix("share: \(config.path)/config.yaml: 2:1: error:"))
        #expect(broken.stderr.split(separator: "\n").count == 1, "one line")

        let badFrom = try share(["suggest", "--from", "not an address"] + demo)
        #expect(badFrom.status == 1)
        #expect(badFrom.stderr.contains("the From address 'not an address'"))
    }

    @Test func badInputIsAClearMessageAndTheRightExitStatus() throws {
        let missing = try share(["send", "no-such-draft.eml", "--store", storePath])
        #expect(missing.status == 1)
        #expect(missing.stderr == "share: no-such-draft.eml: cannot read the message file\n")
        let nobody = try share(["contacted", "Nobody", "--friends", "Corpus/friends.yaml", "--store", storePath])
        #expect(nobody.status == 1)
        #expect(nobody.stderr == "share: no friend called 'Nobody' (see 'share friends list')\n")
        let badDate = try share(["contacted", "Wendy", "--on", "yesterday", "--friends", "Corpus/friends.yaml", "--store", storePath])
        #expect(badDate.status == 2)
        let noOut = try share(["suggest", "--format", "eml"] + demo)
        #expect(noOut.status == 2, "--format eml without --out is a usage error")
    }

    @Test func severalLinksForOneFriendGoInOneNoteUnlessSeparateIsAsked() throws {
        let together = try share(["suggest", "--per-friend", "2", "--format", "json"] + demo)
        #expect(together.status == 0, "\(together.stderr)")
        let notes = try NoteQuality.notes(fromJSONLines: together.stdout)
        #expect(Set(notes.map(\.friend)).count == notes.count, "one note per friend")
        #expect(notes.contains { $0.links.count == 2 })
        #expect(NoteQuality.problems(in: notes) == [])
        let separate = try share(
            ["suggest", "--per-friend", "2", "--separate", "--format", "json"] + demo.dropLast(2) + ["--store", storePath + "-2"])
        let separateNotes = try NoteQuality.notes(fromJSONLines: separate.stdout)
        #expect(separateNotes.count > notes.count)
        #expect(separateNotes.allSatisfy { $0.links.count <= 1 })
    }

    @Test func aFailedSendIsReportedWithItsErrorAndNotRecorded() throws {
        let result = try share(["send", "--fresh", "--via", "cat >/dev/null; echo 'relay refused' >&2; exit 3"] + demo)
        #expect(result.status == 1)
        #expect(result.stderr.contains("failed (exit status 3): relay refused"))
        #expect(try FeedStore(path: storePath).history().isEmpty, "nothing that did not go out is recorded")
    }

    @Test func aSendKilledBetweenMessagesKeepsTheRecordOfWhatWentOut() async throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let marker = directory.appendingPathComponent("first-sent").path
        // The first message goes out at once; the second hangs until the run is killed. Long:
        // this test's polls below run on the pool every test shares, and when blocking tests
        // hold it they can wake a minute late (a CI run saw the second message finish a 60 s
        // sleep, and be recorded, before the kill).
        let via = "cat >/dev/null; if [ -e \(marker) ]; then sleep 600; fi; touch \(marker)"
        let process = try ChildProcess(
            ShareProcess.executable.path, ["send", "--fresh", "--via", via] + demo,
            environment: ShareProcess.environment, directory: ShareProcess.packageRoot.path, stdout: .discard, stderr: .discard
        )
        for _ in 0..<200 where !FileManager.default.fileExists(atPath: marker) { try await Task.sleep(for: .milliseconds(50)) }
        try await Task.sleep(for: .milliseconds(500))
        process.signal(SIGKILL)
        try process.wait()
        // The mail command share left behind (its `sleep 600`) goes with the run's process group.
        kill(-process.pid, SIGKILL)
        let history = try FeedStore(path: storePath).history()
        #expect(Set(history.map(\.friendKey)) == ["wendy@example.org"], "the message that went out is recorded, the one that did not is not")
    }

    @Test func dueListsTheOverdueFirstAndContactedResetsTheClock() throws {
        let due = try share(["due", "--friends", "Corpus/friends.yaml", "--store", storePath])
        #expect(due.status == 0)
        #expect(due.stdout.hasPrefix("Wendy Park, Omaha: "))
        #expect(due.stdout.contains("overdue (every 1m, last in touch 2026-10-01)"))
        let contacted = try share(["contacted", "Wendy", "--friends", "Corpus/friends.yaml", "--store", storePath])
        #expect(contacted.status == 0, "\(contacted.stderr)")
        let after = try share(["due", "--friends", "Corpus/friends.yaml", "--store", storePath])
        #expect(!after.stdout.contains("Wendy Park"))
    }
}
