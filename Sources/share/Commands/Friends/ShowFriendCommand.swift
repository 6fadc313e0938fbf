import ArgumentParser
import Contacts
import Foundation
import Matching

struct ShowFriendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one friend as YAML.",
        discussion: "Example:\n  share friends show Wendy"
    )

    @OptionGroup var friendsFile: FriendsFileOption
    @OptionGroup var which: WhichFriend

    func run() async throws {
        let friends = try friendsFile.file.load()
        let index = try friends.index(matching: which.friend)
        Terminal.output(FriendsYAML.write([friends[index]]))
    }
}
