import ArgumentParser
import Foundation
import Store

/// `share history`: what went to whom, and when.
struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the notes sent (or recorded as sent), newest first.",
        discussion: """
            Examples:
              share history
              share history --friend Wendy
            """
    )

    @Option(help: ArgumentHelp("Only this friend's (name, first name or e-mail).", valueName: "name"))
    var friend: String?

    @Option(name: .customLong("friends"), help: ArgumentHelp("The friends file (YAML).", valueName: "file"))
    var friendsPath: String?

    @OptionGroup var store: StoreOption

    func run() async throws {
        var key: String?
        if let friend {
            // The same resolution as every command: an unknown name is an error, not "nothing sent".
            let friends = try FriendsFile(option: friendsPath).load()
            key = friends[try friends.index(matching: friend)].id
        }
        guard FileManager.default.fileExists(atPath: store.resolvedPath) else {
            Terminal.problem("nothing sent yet")
            return
        }
        let notes = try store.open().history(friendKey: key)
        guard !notes.isEmpty else {
            Terminal.problem("nothing sent yet\(friend.map { " to \($0)" } ?? "")")
            return
        }
        for note in notes {
            let when = note.sentAt.formatted(.iso8601.year().month().day().dateSeparator(.dash))
            let link = note.link.isEmpty ? "(no link)" : note.link
            Terminal.output("\(when)  \(note.friendName)  \(note.subject ?? "")  \(link)  [\(note.how)]")
        }
    }
}
