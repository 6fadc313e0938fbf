import ArgumentParser
import Drafting
import Foundation
import Store

/// `share review`: one pass over the drafts waiting in the outbox, a key for each decision.
struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Go through the drafts waiting in the outbox: keep, edit, skip or snooze each one.",
        discussion: """
            Shows each draft 'share suggest' left in the outbox, and takes one key:
              s  keep it to send, as it is
              e  edit it in $VISUAL (else $EDITOR, else vi), then decide
              k  skip it: its link is not for this friend, and is never suggested to them again
              n  snooze the friend: no drafts for them until --snooze has passed
              q  stop here: the rest stay waiting as drafted
            Then 'share send' delivers exactly what is waiting, edits included. Needs a terminal.

            Examples:
              share review
              share review --snooze 1m && share send --via "msmtp -t"
            """
    )

    @Option(name: .customLong("snooze"), help: ArgumentHelp("How long 'n' leaves a friend out: 1w, 2w, 1m.", valueName: "time"))
    var snoozeFor: LookBack = LookBack(argument: "2w")!

    @OptionGroup var store: StoreOption
    @OptionGroup var today: TodayOption

    private struct Tally {
        var kept = 0, edited = 0, skipped = 0, snoozed = 0, reviewed = 0
    }

    func run() async throws {
        guard KeyPress.isInteractive else {
            throw InputError(
                description: """
                    review needs a terminal to ask you about each draft; 'share send --dry-run' shows \
                    what is waiting, 'share send' sends it as drafted
                    """)
        }
        let store = try store.open()
        let now = try today.now
        let drafts = try store.waitingDrafts()
        guard !drafts.isEmpty else {
            Terminal.problem("nothing waiting in the outbox: draft with 'share suggest'")
            return
        }
        var tally = Tally()
        var snoozedFriends: Set<String> = []
        review: for (index, draft) in drafts.enumerated() {
            if snoozedFriends.contains(draft.friendKey) { continue }
            var current = draft
            show(current, number: index + 1, of: drafts.count)
            while true {
                Terminal.output(
                    "[s] send  [e] edit  [k] skip this link for \(firstName(current))  [n] snooze \(firstName(current))  [q] quit > ", terminator: "")
                let key = KeyPress.next()
                Terminal.output(key.map(String.init) ?? "")
                switch key {
                case "s":
                    try store.decide(id: current.id, .approved, at: now)
                    tally.kept += 1
                case "e":
                    if let edited = try edit(current, in: store, at: now) {
                        current = edited
                        tally.edited += 1
                        show(current, number: index + 1, of: drafts.count)
                    }
                    continue
                case "k":
                    try store.decide(id: current.id, .skipped, at: now)
                    tally.skipped += 1
                case "n":
                    let until = now.addingTimeInterval(snoozeFor.seconds)
                    try store.snooze(friendKey: current.friendKey, until: until)
                    try store.withdraw(friendKey: current.friendKey)
                    snoozedFriends.insert(current.friendKey)
                    tally.snoozed += 1
                    Terminal.output("Snoozed \(current.friendName) until \(DayArgument(containing: until).description).")
                case "q", nil:
                    break review
                default:
                    Terminal.output("Press s, e, k, n or q.")
                    continue
                }
                tally.reviewed += 1
                break
            }
        }
        let waiting = try store.waitingDrafts()
        let unreviewed = waiting.filter { $0.state == .pending }.count
        Terminal.output("")
        Terminal.output(
            """
            Reviewed \(tally.reviewed) of \(drafts.count): \(tally.kept) to send (\(tally.edited) edited), \
            \(tally.skipped) skipped, \(tally.snoozed) snoozed.
            """)
        if unreviewed > 0 {
            Terminal.output("\(unreviewed) not reviewed: they stay waiting, and 'share send' sends them as drafted.")
        }
        if !waiting.isEmpty {
            Terminal.output("Send the \(waiting.count) waiting with: share send --via \"msmtp -t\" (or your own mail command)")
        }
    }

    private func firstName(_ draft: OutboxDraft) -> String {
        draft.friendName.split(separator: " ").first.map(String.init) ?? draft.friendName
    }

    private func show(_ draft: OutboxDraft, number: Int, of count: Int) {
        let readable = EditableMessage(message: draft.message)
        let title = "Draft \(number) of \(count)\(draft.isEdited ? ", edited" : "")"
        Terminal.output("")
        Terminal.output("── \(title) " + String(repeating: "─", count: max(3, 68 - title.count)))
        Terminal.output(readable.text.hasSuffix("\n") ? readable.text : readable.text + "\n", terminator: "")
        Terminal.output(String(repeating: "─", count: 72))
    }

    /// Opens the draft in the user's editor; the edited draft, or nil when nothing changed.
    private func edit(_ draft: OutboxDraft, in store: FeedStore, at date: Date) throws -> OutboxDraft? {
        let readable = EditableMessage(message: draft.message)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("share-draft-\(getpid()).txt")
        guard FileManager.default.createFile(atPath: file.path, contents: Data(readable.text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw InputError(description: "\(file.path): cannot write the draft for the editor")
        }
        defer { try? FileManager.default.removeItem(at: file) }
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        switch ShellCommand.runInForeground("\(editor) \"$1\"", arguments: [file.path]) {
        case .success(let status) where status.isSuccess: break
        case .success(let status):
            Terminal.problem("the editor (\(editor)) ended with \(status.description); the draft is unchanged")
            return nil
        case .failure(let error):
            Terminal.problem("could not start the editor (\(editor)): \(error); the draft is unchanged")
            return nil
        }
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        guard let edit = EditableMessage.edit(from: text) else {
            Terminal.problem("the edit has no Subject line, or no blank line before the body; the draft is unchanged")
            return nil
        }
        guard edit.subject != readable.subject || edit.body != readable.body else {
            Terminal.output("No changes.")
            return nil
        }
        let message = EditableMessage.replacing(subject: edit.subject, body: edit.body, in: draft.message)
        try store.editDraft(id: draft.id, message: message, subject: edit.subject, at: date)
        return try store.waitingDrafts().first { $0.id == draft.id }
    }
}
