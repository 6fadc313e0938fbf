import Foundation
import Store
import TestFeedServer
import Testing

/// The outbox: `suggest` leaves its drafts waiting, `review` decides on each in a real terminal
/// (tmux), and `send` delivers exactly what waits, through msmtp to a real SMTP server, even
/// when it is interrupted.
@Suite("the outbox: suggest, review, send")
struct OutboxTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("share-outbox-\(UUID().uuidString)")
    var storePath: String { directory.appendingPathComponent("share.sqlite").path }
    var demo: [String] {
        ["--opml", "Corpus/demo.opml", "--friends", "Corpus/friends.yaml", "--today", ShareProcess.demoDay, "--store", storePath]
    }
    let from = ["--from", "Ann Lee <ann@example.org>"]

    /// The Message-IDs of what the sink received, in order.
    func receivedIDs(_ sink: TestSMTPSink) throws -> [String] {
        try sink.messages().map { file in
            // SMTP's line ends are CR LF, which Swift reads as one Character: make them LF first.
            let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "\r\n", with: "\n")
            let line = text.split(separator: "\n").first { $0.lowercased().hasPrefix("message-id:") } ?? ""
            return line.dropFirst("message-id:".count).trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    @Test func sendDeliversExactlyWhatWaitsAndNeverDraftsAgain() throws {
        let suggested = try ShareProcess.run(["suggest"] + from + demo)
        #expect(suggested.status == 0, "\(suggested.stderr)")
        #expect(suggested.stderr.contains("6 drafts wait in the outbox"), "\(suggested.stderr)")
        let waiting = try FeedStore(path: storePath).waitingDrafts()
        #expect(waiting.count == 6)

        // No feeds named: send never reads them, it sends the outbox.
        let sink = try TestSMTPSink()
        let sent = try ShareProcess.run(["send", "--via", sink.msmtp(from: "ann@example.org"), "--store", storePath, "--today", ShareProcess.demoDay])
        #expect(sent.status == 0, "\(sent.stderr)")
        #expect(try receivedIDs(sink) == waiting.map(\.messageID), "exactly the waiting drafts, in their order")
        for (file, draft) in zip(try sink.messages(), waiting) {
            let received = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "\r\n", with: "\n")
            #expect(received.hasSuffix(EditableMessageBody.body(of: draft.message)), "the body as drafted, byte for byte")
        }
        let history = try FeedStore(path: storePath).history()
        #expect(Set(history.compactMap(\.messageID)) == Set(waiting.map(\.messageID)))
        #expect(try FeedStore(path: storePath).waitingDrafts().isEmpty)

        let again = try ShareProcess.run(["send", "--via", sink.msmtp(from: "ann@example.org"), "--store", storePath])
        #expect(again.status == 0)
        #expect(again.stderr.contains("nothing waiting in the outbox"))
        #expect(try sink.messages().count == 6)
        // Drafting again queues nothing already sent to that friend: other links, new messages.
        #expect(try ShareProcess.run(["suggest"] + from + demo).status == 0)
        let redrafted = try FeedStore(path: storePath).waitingDrafts()
        #expect(Set(redrafted.map(\.messageID)).isDisjoint(with: waiting.map(\.messageID)))
        let sentPairs = Set(history.filter { !$0.link.isEmpty }.map { "\($0.friendKey) \($0.link)" })
        let redraftedPairs = Set(redrafted.flatMap { draft in draft.links.map { "\(draft.friendKey) \($0)" } })
        #expect(!redraftedPairs.isEmpty)
        #expect(redraftedPairs.isDisjoint(with: sentPairs), "\(redraftedPairs) against \(sentPairs)")
    }

    @Test func aStaleDraftIsNamedAndNotSent() throws {
        #expect(try ShareProcess.run(["suggest"] + from + demo).status == 0)
        let sink = try TestSMTPSink()
        let late = try ShareProcess.run(["send", "--via", sink.msmtp(from: "ann@example.org"), "--store", storePath, "--today", "2026-12-20"])
        #expect(late.stderr.contains("not sent, stale: Wendy Park <wendy@example.org>"), "\(late.stderr)")
        #expect(late.stderr.contains("drafted 22 days ago"), "\(late.stderr)")
        #expect(try sink.messages().isEmpty)
    }

    @Test func aDraftWhoseEntryHasGoneFromItsFeedIsNamedAndNotSent() throws {
        let served = directory.appendingPathComponent("served")
        try FileManager.default.createDirectory(at: served, withIntermediateDirectories: true)
        func writeFeed(_ items: [(slug: String, title: String)]) throws {
            let entries = items.map { item in
                """
                <item><title>\(item.title)</title><link>https://bread.example/\(item.slug)</link>
                <guid>https://bread.example/\(item.slug)</guid><pubDate>Thu, 26 Nov 2026 09:00:00 GMT</pubDate>
                <description>\(item.title), from starter to crumb.</description></item>
                """
            }
            let feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Bread</title>\(entries.joined())</channel></rss>"
            try Data(feed.utf8).write(to: served.appendingPathComponent("bread.xml"))
        }
        try writeFeed([("sourdough-at-altitude", "Sourdough at altitude"), ("rye", "A dark rye loaf")])
        let friends = directory.appendingPathComponent("friends.yaml")
        try Data("friends:\n  - name: Wendy Park\n    email: wendy@example.org\n    interests: [sourdough]\n".utf8).write(to: friends)
        let server = try TestFeedServer(directory: served.path)
        let common = ["--friends", friends.path, "--store", storePath, "--today", ShareProcess.demoDay]
        #expect(try ShareProcess.run(["feeds", "add", server.url("/files/bread.xml"), "--store", storePath]).status == 0)
        #expect(try ShareProcess.run(["fetch", "--store", storePath]).status == 0)
        let suggested = try ShareProcess.run(["suggest"] + from + common)
        #expect(suggested.stdout.contains("https://bread.example/sourdough-at-altitude"), "\(suggested.stdout)\(suggested.stderr)")

        // The feed drops the entry; the next fetch reads it in full.
        try writeFeed([("rye", "A dark rye loaf")])
        #expect(try ShareProcess.run(["fetch", "--store", storePath]).status == 0)
        let sink = try TestSMTPSink()
        let sent = try ShareProcess.run(["send", "--via", sink.msmtp(from: "ann@example.org")] + common)
        #expect(sent.stderr.contains("not sent, stale: Wendy Park <wendy@example.org>"), "\(sent.stderr)")
        #expect(sent.stderr.contains("https://bread.example/sourdough-at-altitude has gone from its feed"), "\(sent.stderr)")
        #expect(try sink.messages().isEmpty)
        #expect(try FeedStore(path: storePath).waitingDrafts().count == 1, "named and left, not thrown away")
    }

    @Test(.enabled(if: Tmux.isAvailable, "skipped: tmux is not installed (.ci/run installs it)"))
    func sendAsksFirstOnATerminalAndNoSendsNothing() throws {
        #expect(try ShareProcess.run(["suggest"] + from + demo).status == 0)
        let waiting = try FeedStore(path: storePath).waitingDrafts().count
        let sink = try TestSMTPSink()
        let command = "'\(ShareProcess.executable.path)' send --via '\(sink.msmtp(from: "ann@example.org"))' --store '\(storePath)'"

        let declined = try Tmux(command: "SHARE_TODAY=\(ShareProcess.demoDay) " + command)
        try declined.waitFor("Send \(waiting) messages through")
        declined.press("n")
        try declined.waitFor("Nothing sent.")
        #expect(try sink.messages().isEmpty)
        #expect(try FeedStore(path: storePath).waitingDrafts().count == waiting)

        let accepted = try Tmux(command: "SHARE_TODAY=\(ShareProcess.demoDay) " + command)
        try accepted.waitFor("Send \(waiting) messages through")
        accepted.press("y")
        try accepted.waitFor("Sent to Ruth Alvarez")
        #expect(try sink.messages().count == waiting)
        #expect(try FeedStore(path: storePath).waitingDrafts().isEmpty)
    }

    @Test func reviewRefusesWithoutATerminal() throws {
        let result = try ShareProcess.run(["review", "--store", storePath])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("share: review needs a terminal"), "\(result.stderr)")
    }

    @Test(.enabled(if: Tmux.isAvailable, "skipped: tmux is not installed (.ci/run installs it)"))
    func reviewInATerminalThenSendDeliversWhatWasReviewed() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        #expect(try ShareProcess.run(["suggest"] + from + demo).status == 0)
        let editor = directory.appendingPathComponent("editor.sh")
        try Data("#!/bin/sh\nsed -i 's/^Hi Wendy,$/Dear Wendy,/' \"$1\"\n".utf8).write(to: editor)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor.path)

        let tmux = try Tmux(
            command: "EDITOR='\(editor.path)' SHARE_TODAY=\(ShareProcess.demoDay) '\(ShareProcess.executable.path)' review --store '\(storePath)'"
        )
        try tmux.waitFor("Draft 1 of 6")
        #expect(try tmux.screen().contains("Hi Wendy,"))
        tmux.press("e")
        try tmux.waitFor("Draft 1 of 6, edited")
        #expect(try tmux.screen().contains("Dear Wendy,"))
        tmux.press("s")
        try tmux.waitFor("Draft 2 of 6")
        tmux.press("k")  // Zoë: not for her
        try tmux.waitFor("Draft 3 of 6")
        tmux.press("n")  // Marcus: snoozed
        try tmux.waitFor("Draft 4 of 6")
        tmux.press("q")
        try tmux.waitFor("Reviewed 3 of 6")
        let summary = try tmux.screen()
        #expect(summary.contains("Reviewed 3 of 6: 1 to send (1 edited), 1 skipped, 1 snoozed."), "\(summary)")
        #expect(summary.contains("3 not reviewed"), "\(summary)")

        let waiting = try FeedStore(path: storePath).waitingDrafts()
        #expect(waiting.map(\.friendName) == ["Wendy Park", "Priya Raman", "Hannah Lee", "Ruth Alvarez"])
        let sink = try TestSMTPSink()
        let sent = try ShareProcess.run(["send", "--via", sink.msmtp(from: "ann@example.org"), "--store", storePath])
        #expect(sent.status == 0, "\(sent.stderr)")
        #expect(try receivedIDs(sink) == waiting.map(\.messageID))
        let first = try #require(try PythonMail.messages(inEML: try sink.messages()[0]).first)
        #expect(first.body.hasPrefix("Dear Wendy,"), "the edit is what went out")
        #expect(first.defects.isEmpty && first.headerDefects.isEmpty)
        let history = try FeedStore(path: storePath).history()
        #expect(Set(history.compactMap(\.messageID)) == Set(waiting.map(\.messageID)), "history matches what arrived")

        // Zoë's skipped link is not for her, ever; Marcus is snoozed.
        let redraft = try ShareProcess.run(["suggest", "--format", "json"] + from + demo)
        #expect(!redraft.stdout.contains("\"friend\":\"Marcus Bell\""), "\(redraft.stdout)")
        let skipped = try FeedStore(path: storePath).skippedLinks()["zoe.mueller@example.org"] ?? []
        #expect(!skipped.isEmpty)
        for link in skipped { #expect(!redraft.stdout.contains(link)) }
    }

    /// Ctrl-C (SIGINT to the foreground process group, as a terminal sends it) or SIGTERM at
    /// each step of a send: what the server got is what the history says, always.
    @Test(arguments: InterruptionStep.allCases)
    func anInterruptedSendRecordsExactlyWhatArrived(step: InterruptionStep) async throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        #expect(try ShareProcess.run(["suggest"] + from + demo).status == 0)
        let sink = try TestSMTPSink()
        let started = directory.appendingPathComponent("started").path
        // Each message's command notes that it started, waits until the test lets it go on
        // (a file go-N for the Nth message), then delivers: every step is reached for sure.
        func letGo(_ number: Int) { _ = FileManager.default.createFile(atPath: directory.appendingPathComponent("go-\(number)").path, contents: nil) }
        let via = """
            n=$(( $(cat '\(started)' 2>/dev/null | wc -l) + 1 )); echo x >> '\(started)'; \
            while [ ! -e '\(directory.path)'/go-$n ]; do sleep 0.02; done; \(sink.msmtp(from: "ann@example.org"))
            """
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A process group of its own, as a shell gives a foreground job: Ctrl-C goes to all of it.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        let words = [ShareProcess.executable.path, "send", "--via", via, "--store", storePath]
        var argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var environment = ShareProcess.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in environment { free(pointer) } }
        var pid = pid_t()
        #expect(posix_spawn(&pid, words[0], nil, &attributes, &argv, &environment) == 0)

        func startedCount() -> Int { ((try? String(contentsOfFile: started, encoding: .utf8)) ?? "").split(separator: "\n").count }
        func waitUntil(_ condition: () throws -> Bool) async throws {
            for _ in 0..<400 where !(try condition()) { try await Task.sleep(for: .milliseconds(25)) }
        }
        switch step {
        case .beforeTheCommand:
            kill(-pid, SIGINT)
        case .duringTheCommand:
            try await waitUntil { startedCount() >= 1 }
            kill(-pid, SIGINT)
        case .afterTheCommand:
            // The first message goes out; Ctrl-C once the second command has begun.
            letGo(1)
            try await waitUntil { startedCount() >= 2 }
            kill(-pid, SIGINT)
        case .terminatedDuringTheCommand:
            // SIGTERM to share alone while the second command runs; then that command goes on.
            letGo(1)
            try await waitUntil { startedCount() >= 2 }
            kill(pid, SIGTERM)
            try await Task.sleep(for: .milliseconds(200))
            letGo(2)
        }
        // Bounded, as every wait in the tests is (`ChildProcess`): a share that ignored the
        // signal would fail this test, not hold the whole run.
        var status: Int32 = 0
        var reaped = waitpid(pid, &status, WNOHANG) == pid
        for _ in 0..<1_200 where !reaped {
            try await Task.sleep(for: .milliseconds(50))
            reaped = waitpid(pid, &status, WNOHANG) == pid
        }
        if !reaped {
            kill(-pid, SIGKILL)
            waitpid(pid, &status, 0)
            Issue.record("\(step): share did not stop within 60 s of the signal")
        }
        // Anything left waiting (an interrupted command's loop) is let go, and given a moment:
        // whatever reaches the server now must be in the history too.
        for number in 1...7 { letGo(number) }
        try await Task.sleep(for: .milliseconds(1000))

        let received = try receivedIDs(sink)
        let history = try FeedStore(path: storePath).history().compactMap(\.messageID)
        #expect(Set(history) == Set(received), "\(step): history \(history), server \(received)")
        #expect(history.count == received.count, "one record per message")
        let waiting = try FeedStore(path: storePath).waitingDrafts()
        #expect(waiting.count + received.count == 6, "what did not go out still waits")
        switch step {
        case .beforeTheCommand, .duringTheCommand: #expect(received.isEmpty)
        case .afterTheCommand: #expect(received.count == 1)
        case .terminatedDuringTheCommand: #expect(received.count == 2, "SIGTERM lets the message in flight finish")
        }
        #expect(status != 0, "a stopped run is not a success")
    }

    enum InterruptionStep: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case beforeTheCommand, duringTheCommand, afterTheCommand, terminatedDuringTheCommand
        var testDescription: String { rawValue }
    }

    @Test func emlOutputKeepsEditedFilesReplacesUnchangedOnesAndRemovesStaleOnes() throws {
        let out = directory.appendingPathComponent("drafts")
        let first = try ShareProcess.run(["suggest", "--format", "eml", "--out", out.path] + demo)
        #expect(first.status == 0, "\(first.stderr)")
        let wendy = out.appendingPathComponent("01-wendy-park.eml")
        let zoe = out.appendingPathComponent("02-zoe-muller.eml")
        #expect(try FileManager.default.attributesOfItem(atPath: wendy.path)[.posixPermissions] as? Int == 0o600)
        #expect(try FileManager.default.attributesOfItem(atPath: out.path)[.posixPermissions] as? Int == 0o700)
        let edited = try String(contentsOf: wendy, encoding: .utf8) + "PS: coffee on Friday?\n"
        try Data(edited.utf8).write(to: wendy)
        let mine = out.appendingPathComponent("notes.txt")
        try Data("my own file\n".utf8).write(to: mine)

        // Only Wendy now: Zoë's unchanged file goes, Wendy's edited one stays.
        let onlyWendy = directory.appendingPathComponent("wendy.yaml")
        try Data(
            """
            friends:
              - name: Wendy Park
                email: wendy@example.org
                interests: [sourdough, trail running, {phrase: jazz piano, weight: 2}]
                city: Omaha
                last_contact: 2026-10-01
                every: 1m
            """.utf8
        ).write(to: onlyWendy)
        let second = try ShareProcess.run([
            "suggest", "--format", "eml", "--out", out.path, "--opml", "Corpus/demo.opml", "--friends", onlyWendy.path,
            "--today", ShareProcess.demoDay, "--store", storePath,
        ])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try String(contentsOf: wendy, encoding: .utf8) == edited, "the edited file is kept as it is")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("01-wendy-park.new.eml").path), "the new draft is beside it")
        #expect(second.stderr.contains("01-wendy-park.eml was edited since share wrote it: kept"), "\(second.stderr)")
        #expect(!FileManager.default.fileExists(atPath: zoe.path), "an unchanged file whose friend has no draft now is removed")
        #expect(try String(contentsOf: mine, encoding: .utf8) == "my own file\n", "a file share did not write is never touched")
    }
}

/// The body of a message share wrote: everything after the blank line.
enum EditableMessageBody {
    static func body(of message: String) -> String {
        guard let blank = message.range(of: "\n\n") else { return "" }
        return String(message[blank.upperBound...])
    }
}

/// A real terminal for an interactive command: a detached tmux session, keys sent with
/// `send-keys`, the screen read with `capture-pane`.
final class Tmux {
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    let session = "share-test-\(UUID().uuidString.prefix(8))"

    init(command: String) throws {
        // The pane stays open after the command ends, so its last screen can be read. Its
        // output is not read: the first session starts tmux's server, which would keep the pipe
        // open (and the read waiting) for as long as it runs.
        try Self.tmux(["new-session", "-d", "-s", session, "-x", "160", "-y", "60", "sh", "-c", command + "; sleep 60"], readingOutput: false)
    }

    deinit { _ = try? Self.tmux(["kill-session", "-t", session]) }

    func press(_ key: String) { _ = try? Self.tmux(["send-keys", "-t", session, "-l", key]) }

    func screen() throws -> String { try Self.tmux(["capture-pane", "-p", "-t", session, "-S", "-200"]) }

    /// Waits (up to 10 s) until `text` is on the screen.
    func waitFor(_ text: String) throws {
        for _ in 0..<200 {
            if try screen().contains(text) { return }
            usleep(50_000)
        }
        Issue.record("never saw '\(text)' on the screen:\n\(try screen())")
        throw CancellationError()
    }

    @discardableResult
    static func tmux(_ arguments: [String], readingOutput: Bool = true) throws -> String {
        try ChildProcess("/usr/bin/tmux", arguments, stdout: readingOutput ? .capture : .discard, stderr: .discard)
            .wait(timeout: .seconds(30)).stdout
    }
}
