import ArgumentParser
import FeedReader
import Foundation
import Matching
import Store

/// `share skip FRIEND LINK`: that link is not for them.
struct SkipCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skip",
        abstract: "Note that a link is not for a friend: it is never suggested to them again.",
        discussion: """
            The same as 'k' in 'share review'. The link is compared in its canonical form \\
            (tracking parameters removed), as suggestions are.

            Example:
              share skip Ruth https://pie.example/2026/11/pie-for-breakfast
            """
    )

    @Argument(help: "A friend's name, first name or e-mail address.") var friend: String
    @Argument(help: "The entry's link.") var link: String

    @Option(name: .customLong("friends"), help: ArgumentHelp("The friends file (YAML).", valueName: "file"))
    var friendsPath: String?

    @OptionGroup var store: StoreOption
    @OptionGroup var today: TodayOption

    func run() async throws {
        let friends = try FriendsFile(option: friendsPath).load()
        let found = friends[try friends.index(matching: friend)]
        let canonical = CanonicalLink.canonical(link)
        try store.open().recordSkip(friendKey: found.id, link: canonical, at: try today.now)
        Terminal.output("Noted: \(canonical) is not for \(found.name); it will not be suggested to them again.")
    }
}
