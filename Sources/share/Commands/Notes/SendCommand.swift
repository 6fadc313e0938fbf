import ArgumentParser
import Drafting
import Foundation
import Store

/// `share send`: pipes each note into the user's own mail set-up and remembers what went out.
struct SendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "Send the drafts waiting in the outbox (or .eml files you edited) through your mail command.",
        discussion: """
            Sends exactly what 'share suggest' drafted and 'share review' kept or edited: the \
            outbox, never a new draft (--fresh drafts and sends in one go). A draft older than \
            --stale-after, or linking to an entry its feed no longer lists, is named and not \
            sent. Each message goes to the command's standard input; the recipients are in its \
            headers only, never on the command line (so use a \
            command that reads them there: sendmail -t, msmtp -t). A message is recorded as sent \
            only when the command exits 0, right away, so a run that is stopped half-way keeps the \
            record of every message that went out. Ctrl-C lets the message in flight end as its \
            command ends, records it as it ended, and stops. A failure is reported with the \
            command's own error output, and the rest go on.

            Exit status: 0 when every message went out, 1 when any failed or the run was stopped.

            Examples:
              share send --via "msmtp -t" --dry-run
              share send --via "msmtp -t"
              share send --via "msmtp -t" --fresh
              share send --via "sendmail -t -i" drafts/01-wendy-park.eml
            """
    )

    @Option(
        help: ArgumentHelp(
            "The command that delivers one message read from standard input (else mail: in config.yaml, else sendmail -t -i).",
            valueName: "command"
        ))
    var via: String?

    @Flag(name: .customLong("dry-run"), help: "Show what would be sent; send and record nothing.")
    var dryRun = false

    @Flag(help: "Send a message again even when its Message-ID is in the history.")
    var force = false

    @Flag(help: "Draft anew and send at once, instead of sending the outbox.")
    var fresh = false

    @Flag(name: .shortAndLong, help: "Send without asking first (on a terminal, send asks, as git send-email does).")
    var yes = false

    @Option(
        name: .customLong("stale-after"),
        help: ArgumentHelp("A waiting draft older than this is not sent: 24h, 7d, 2w.", valueName: "age")
    )
    var staleAfter: LookBack = LookBack(argument: "7d")!

    @Argument(help: ArgumentHelp("Message files to send instead of the outbox.", valueName: "file.eml"))
    var files: [String] = []

    @OptionGroup var drafting: DraftOptions

    func validate() throws {
        if fresh && !files.isEmpty { throw ValidationError("--fresh drafts anew: give it no files.") }
    }

    func run() async throws {
        let now = try drafting.today.now
        let via = try self.via ?? SenderSettings.mailCommand() ?? "sendmail -t -i"
        let outgoing: [Outgoing]
        if !files.isEmpty {
            outgoing = try read(files)
        } else if fresh {
            outgoing = try await built(now: now)
        } else {
            outgoing = try waiting(now: now)
        }
        guard !outgoing.isEmpty else {
            if files.isEmpty && !fresh {
                Terminal.problem("nothing waiting in the outbox: draft with 'share suggest' (or draft and send at once with --fresh)")
            } else {
                Terminal.problem("nothing to send: no notes today")
            }
            return
        }
        if dryRun {
            for message in outgoing {
                Terminal.output("Would send to \(message.recipient): \(message.subject ?? "(no subject)")")
            }
            Terminal.output("")
            Terminal.output(outgoing.map(\.text).joined(separator: "\n"), terminator: "")
            return
        }
        if !yes && KeyPress.isInteractive {
            let count = outgoing.count
            Terminal.output("Send \(count) \(count == 1 ? "message" : "messages") through '\(via)'? [y/N] ", terminator: "")
            let answer = KeyPress.next()
            Terminal.output(answer.map(String.init) ?? "")
            guard answer == "y" else {
                Terminal.output("Nothing sent.")
                return
            }
        }
        let store = try drafting.store.open()
        let alreadySent = Set(try store.history().compactMap(\.messageID))
        let stop = StopRequest()
        stop.install()
        defer { stop.uninstall() }
        var failures = 0
        var sent = 0
        for (index, message) in outgoing.enumerated() {
            // Ctrl-C or SIGTERM before this message, or a command that died of Ctrl-C.
            func stopHere() throws -> Never {
                let left = outgoing.count - index
                Terminal.problem(
                    "stopped: \(sent) sent and recorded; \(left) not sent\(files.isEmpty && !fresh ? ", still waiting in the outbox" : "")")
                throw ExitCode.failure
            }
            if stop.isRequested { try stopHere() }
            if !force, let id = message.messageID, alreadySent.contains(id) {
                Terminal.problem(
                    "skipped \(message.recipient): \(message.subject ?? "(no subject)"): already sent (message \(id); --force sends it again)")
                continue
            }
            switch MailCommand.deliver(message.text, via: via) {
            case .success:
                Terminal.output("Sent to \(message.recipient): \(message.subject ?? "(no subject)")")
                sent += 1
                let rows = SentRows.rows(
                    friendKey: message.friendKey, friendName: message.friendName, links: message.links, subject: message.subject,
                    messageID: message.messageID, at: now, how: "sent through \(via)"
                )
                do {
                    if let draft = message.outboxDraft {
                        try store.recordSent(draft, rows: rows)
                    } else {
                        try store.recordSent(rows)
                    }
                } catch {
                    // It went out: say so loudly, and go on with the others.
                    failures += 1
                    Terminal.problem("sent to \(message.recipient) but NOT recorded (\(message.messageID ?? "no Message-ID")): \(error)")
                }
            case .failure(let why):
                failures += 1
                Terminal.problem("sending to \(message.recipient) failed: \(why)")
                if why.isCommandUnavailable {
                    Terminal.problem("the mail command '\(via)' could not be run; nothing more is tried")
                    throw ExitCode.failure
                }
                if why.isInterrupted { try stopHere() }
            }
        }
        if stop.isRequested {
            Terminal.problem("stopped after the last message: \(sent) sent and recorded")
            throw ExitCode.failure
        }
        if failures > 0 { throw ExitCode.failure }
    }

    /// One message ready to go.
    struct Outgoing {
        let text: String
        let recipient: String
        let friendKey: String
        let friendName: String
        let links: [String]
        let subject: String?
        let messageID: String?
        /// The outbox draft it is, when it comes from the outbox.
        var outboxDraft: OutboxDraft? = nil
    }

    /// The outbox's waiting drafts, as they are; stale ones (too old, or linking to an entry its
    /// feed no longer lists) named and left.
    private func waiting(now: Date) throws -> [Outgoing] {
        let store = try drafting.store.open()
        let drafts = try store.waitingDrafts()
        let oldest = now.addingTimeInterval(-staleAfter.seconds)
        let gone = try store.linksGoneFromTheirFeeds(drafts.flatMap(\.links))
        var fresh: [OutboxDraft] = []
        for draft in drafts {
            let days = Int(now.timeIntervalSince(draft.draftedAt) / 86_400)
            if draft.draftedAt < oldest {
                Terminal.problem(
                    """
                    not sent, stale: \(draft.recipient): \(draft.subject ?? "(no subject)") \
                    (drafted \(days) \(days == 1 ? "day" : "days") ago; draft again with 'share suggest')
                    """)
            } else if let link = draft.links.first(where: gone.contains) {
                Terminal.problem(
                    """
                    not sent, stale: \(draft.recipient): \(draft.subject ?? "(no subject)") \
                    (\(link) has gone from its feed; draft again with 'share suggest')
                    """)
            } else {
                fresh.append(draft)
            }
        }
        return fresh.map { draft in
            Outgoing(
                text: draft.message, recipient: draft.recipient, friendKey: draft.friendKey, friendName: draft.friendName,
                links: draft.links, subject: draft.subject, messageID: draft.messageID, outboxDraft: draft
            )
        }
    }

    private func built(now: Date) async throws -> [Outgoing] {
        let result = try await DraftRun(options: drafting, now: now).run()
        return DraftOutput.outgoing(DraftOutput.mailable(result.drafts, sender: result.sender, date: now)).map { draft in
            Outgoing(
                text: draft.message, recipient: draft.recipient, friendKey: draft.friendKey, friendName: draft.friendName,
                links: draft.links, subject: draft.subject, messageID: draft.messageID
            )
        }
    }

    private func read(_ files: [String]) throws -> [Outgoing] {
        let friends = (try? FriendsFile(option: drafting.friendsPath).load()) ?? []
        return try files.map { path in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw InputError(description: "\(path): cannot read the message file")
            }
            let text = String(decoding: data, as: UTF8.self)
            let headers = MessageHeaders(message: text)
            guard let address = headers.toAddress, address.contains("@") else {
                throw InputError(description: "\(path): no To address in the message's headers")
            }
            let friend = friends.first { $0.emails.contains { $0.caseInsensitiveCompare(address) == .orderedSame } }
            return Outgoing(
                text: text, recipient: headers.values("To").first ?? address, friendKey: friend?.id ?? address.lowercased(),
                friendName: friend?.name ?? headers.values("To").first ?? address, links: headers.values(DraftMail.linkHeader),
                subject: headers.values("Subject").first, messageID: headers.values("Message-ID").first
            )
        }
    }
}
