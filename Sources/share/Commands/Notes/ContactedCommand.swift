import ArgumentParser
import Contacts
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
    var on: DayArgument?

    @Option(name: .customLong("friends"), help: ArgumentHelp("The friends file (YAML).", valueName: "file"))
    var friendsPath: String?

    @OptionGroup var store: StoreOption
    @OptionGroup var today: TodayOption

    func run() async throws {
        let friends = try FriendsFile(option: friendsPath).load()
        let found = friends[try friends.index(matching: friend)]
        let now = try today.now
        let date = on?.noon ?? now
        // A contact that has not happened yet would hold the clock for weeks.
        if let on, on > DayArgument(containing: now) {
            throw InputError(description: "--on \(on.description) is in the future: give the day you were in touch")
        }
        try store.open().recordContact(friendKey: found.id, at: date)
        Terminal.output("Noted: in touch with \(found.name) on \(DayArgument(containing: date).description)")
    }
}
