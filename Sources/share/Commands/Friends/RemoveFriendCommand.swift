import ArgumentParser
import Contacts
import Foundation
import Matching

struct RemoveFriendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a friend.",
        discussion: "Example:\n  share friends remove \"Wendy Park\""
    )

    @OptionGroup var friendsFile: FriendsFileOption
    @OptionGroup var which: WhichFriend

    func run() async throws {
        let file = friendsFile.file
        var friends = try file.load()
        let index = try friends.index(matching: which.friend)
        let removed = friends.remove(at: index)
        try file.save(friends)
        Terminal.output("Removed \(removed.name).")
    }
}
