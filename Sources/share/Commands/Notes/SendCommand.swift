import ArgumentParser
import Drafting
import Foundation
import Store

/// `share send`: pipes each note into the user's own mail set-up and remembers what went out.
struct SendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "Send the drafts (or .eml files you edited) through your mail command.",
        discussion: """
            Each message goes to the command's standard input; the recipients are in its headers \
            only, never on the command line (so use a command that reads them there: sendmail -t, \
            msmtp -t). A message is recorded as sent only when the command exits 0, right away, \
            so a run that is stopped half-way keeps the record of every message that went out. A \
            failure is reported with the command's own error output, and the rest go on.

            Exit status: 0 when every message went out, 1 when any failed.

            Examples:
              share send --via "msmtp -t" --dry-run
              share send --via "msmtp -t"
              share send --via "sendmail -t -i" drafts/01-wendy-park.eml
            """
    )

    @Option(help: ArgumentHelp("The command that delivers one message read from standard input.", valueName: "command"))
    var via = "sendmail -t -i"

    @Flag(name: .customLong("dry-run"), help: "Show what would be sent; send and record nothing.")
    var dryRun = false

    @Flag(help: "Send a message again even when its Message-ID is in the history.")
    var force = false

    @Argument(help: ArgumentHelp("Message files to send instead of building drafts.", valueName: "file.eml"))
    var files: [String] = []

    @OptionGroup var drafting: DraftOptions

    func run() async throws {
        let now = try drafting.today.now
        let outgoing = files.isEmpty ? try await built(now: now) : try read(files)
        guard !outgoing.isEmpty else {
            Terminal.problem("nothing to send: no notes today")
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
        let store = try drafting.store.open()
        let alreadySent = Set(try store.history().compactMap(\.messageID))
        var failures = 0
        for message in outgoing {
            if !force, let id = message.messageID, alreadySent.contains(id) {
                Terminal.problem("skipped \(message.recipient): \(message.subject ?? "(no subject)"): already sent (message \(id); --force sends it again)")
                continue
            }
            switch MailCommand.deliver(message.text, via: via) {
            case .success:
                Terminal.output("Sent to \(message.recipient): \(message.subject ?? "(no subject)")")
                do {
                    try store.recordSent(SentRows.rows(
                        friendKey: message.friendKey, friendName: message.friendName, links: message.links, subject: message.subject,
                        messageID: message.messageID, at: now, how: "sent through \(via)"
                    ))
                } catch {
                    // It went out: say so loudly, and go on with the others.
                    failures += 1
                    Terminal.problem("sent to \(message.recipient) but NOT recorded (\(message.messageID ?? "no Message-ID")): \(error)")
                }
            case .failure(let why):
                failures += 1
                Terminal.problem("sending to \(message.recipient) failed: \(why)")
            }
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
    }

    private func built(now: Date) async throws -> [Outgoing] {
        let result = try await DraftRun(options: drafting, now: now).run()
        let writer = MessageWriter()
        return DraftOutput.mailable(result.drafts, sender: result.sender, date: now).map { draft, message in
            Outgoing(
                text: writer.render(message), recipient: "\(draft.friend.name) <\(message.to.address)>", friendKey: draft.friend.id,
                friendName: draft.friend.name, links: draft.links, subject: draft.subject, messageID: message.messageID.rendered
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
