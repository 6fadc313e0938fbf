import ArgumentParser
import Foundation
import Matching

/// `share contacted NAME`: a call or a coffee counts too.
struct ContactedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contacted",
        abstract: "Note that you were in touch with a friend (a call, a coffee): resets their clock.",
        discussion: """
            Examples:
              share contacted Wendy
              share contacted "Zoë Müller" --on 2026-11-20
            """
    )

    @Argument(help: "A name, a first name or an e-mail address.")
    var friend: String

    @Option(help: ArgumentHelp("The day (YYYY-MM-DD); today when left out.", valueName: "date"))
    var on: String?

    @Option(name: .customLong("friends"), help: ArgumentHelp("The friends file (YAML).", valueName: "file"))
    var friendsPath: String?

    @OptionGroup var store: StoreOption

    func run() async throws {
        let friends = try FriendsFile(option: friendsPath).load()
        let found = friends[try friends.index(matching: friend)]
        var date = Date()
        if let on {
            guard let parsed = try? Date(on + "T12:00:00Z", strategy: .iso8601) else {
                throw ValidationError("--on takes a date as YYYY-MM-DD, not '\(on)'")
            }
            date = parsed
        }
        try store.open().recordContact(friendKey: found.id, at: date)
        Terminal.output("Noted: in touch with \(found.name) on \(date.formatted(.iso8601.year().month().day().dateSeparator(.dash)))")
    }
}
