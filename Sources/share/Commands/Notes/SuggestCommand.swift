import ArgumentParser
import Drafting
import Foundation
import Store

/// `share suggest`: "this made me think of you" notes for every friend worth writing to today.
struct SuggestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Draft notes to the friends your reading made you think of.",
        discussion: """
            Fetches your feeds (unless --offline), matches the entries to your friends, and \
            drafts a short note for each match. The drafts also wait in the outbox, in place of \
            the last run's (a draft you edited is kept): 'share review' goes through them, \
            'share send' sends exactly them. A friend past their cadence comes first, and their \
            note ends with an invitation to call or meet (to meet when they live in your city); a \
            birthday in the next week gets a birthday note. Nothing already sent is suggested again.

            Your city and From address: --from, $SHARE_FROM, $SHARE_CITY, or from: and city: in \
            $XDG_CONFIG_HOME/share/config.yaml. Templates: subject, note, digest and check-in \
            (.mustache) in $XDG_CONFIG_HOME/share/templates/ replace the built-in ones.

            Examples:
              share suggest --opml Corpus/demo.opml --friends Corpus/friends.yaml \\
                  --today 2026-11-28
              share suggest --format mbox > drafts.mbox && mutt -f drafts.mbox
              share suggest --format eml --out drafts/ && mutt -H drafts/01-wendy-park.eml
              share suggest --per-friend 3 --record     # three links each, in one note
              share suggest --today 2026-12-04          # what would I send on Friday?
            """
    )

    @OptionGroup var drafting: DraftOptions

    @Option(help: "text, json (JSON Lines), mbox, eml (files in --out) or mailto (one URI a line).")
    var format: Format = .text

    @Option(help: ArgumentHelp("The directory for --format eml.", valueName: "dir"))
    var out: String?

    @Flag(help: "Remember these drafts as sent (for notes you send from your own mail client).")
    var record = false

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, mbox, eml, mailto
    }

    func validate() throws {
        if format == .eml, out == nil { throw ValidationError("--format eml writes one file per draft: give --out DIR.") }
    }

    func run() async throws {
        let now = try drafting.today.now
        let result = try await DraftRun(options: drafting, now: now).run()
        let drafts = result.drafts
        // The mail formats and --record (for the Message-IDs) need the messages: made once, so
        // a friend without an address is named once.
        var madeMail: [(draft: Draft, message: MailMessage)]?
        func mail() -> [(draft: Draft, message: MailMessage)] {
            if let madeMail { return madeMail }
            let made = DraftOutput.mailable(drafts, sender: result.sender, date: now)
            madeMail = made
            return made
        }
        guard !drafts.isEmpty else {
            Terminal.problem("no notes today: nothing new fits anyone well enough, and nobody is overdue")
            return
        }
        switch format {
        case .text:
            Terminal.output(DraftOutput.text(drafts), terminator: "")
        case .json:
            for draft in drafts { Terminal.output(DraftOutput.jsonLine(draft)) }
        case .mbox:
            Terminal.output(Mbox.render(mail().map(\.message)), terminator: "")
        case .mailto:
            for pair in mail() { Terminal.output(MailtoURI.string(for: pair.message)) }
        case .eml:
            let directory = out ?? "."
            let batch = try DraftOutput.writeEML(mail(), into: directory)
            for path in batch.written { Terminal.output(path) }
            for path in batch.keptEdited {
                Terminal.problem(
                    "\(path) was edited since share wrote it: kept as it is (a new draft is beside it, as .new.eml if for the same friend)")
            }
            for path in batch.removed { Terminal.problem("removed \(path): share wrote it last time, and nobody has a draft like it now") }
        }
        let store = try drafting.store.open()
        if !record {
            let batch = try store.replaceWaitingDrafts(with: DraftOutput.outgoing(mail()), at: now)
            for kept in batch.keptEdited {
                Terminal.problem("kept your edited draft to \(kept.recipient) in the outbox; nothing new drafted for them")
            }
            if !batch.queued.isEmpty {
                let count = batch.queued.count
                Terminal.problem(
                    "\(count) \(count == 1 ? "draft waits" : "drafts wait") in the outbox: 'share review' to go through them, 'share send' to send them"
                )
            }
        }
        if record {
            let messageIDs = Dictionary(mail().map { ($0.draft, $0.message.messageID.rendered) }, uniquingKeysWith: { first, _ in first })
            for draft in drafts {
                try store.recordSent(SentRows.rows(for: draft, messageID: messageIDs[draft], at: now, how: "recorded"))
            }
            Terminal.problem("\(drafts.count) \(drafts.count == 1 ? "draft" : "drafts") recorded as sent")
        }
    }
}
