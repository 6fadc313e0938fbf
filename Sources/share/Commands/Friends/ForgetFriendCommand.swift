import ArgumentParser
import Contacts
import Foundation
import Matching

/// `share friends forget NAME --learned`: drops what was learned from a friend's own posts.
struct ForgetFriendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Forget what was learned about a friend.",
        discussion: """
            With --learned, drops the interests learned from their own posts (those marked \
            'learned: true'); the interests you typed stay. With --feeds too, stops following \
            their own feeds, and the next 'share fetch' deletes what was fetched from them.

            Example:
              share friends forget Ana --learned
              share friends forget Ana --learned --feeds
            """
    )

    @OptionGroup var friendsFile: FriendsFileOption
    @OptionGroup var which: WhichFriend

    @Flag(help: "Drop the interests learned from their posts.")
    var learned = false

    @Flag(help: "Stop following their own feeds too.")
    var feeds = false

    func validate() throws {
        guard learned || feeds else { throw ValidationError("Say what to forget: --learned, --feeds, or both.") }
    }

    func run() async throws {
        let file = friendsFile.file
        var friends = try file.load()
        let index = try friends.index(matching: which.friend)
        let before = friends[index]
        if learned { friends[index].interests.removeAll(where: \.isLearned) }
        if feeds { friends[index].feeds = [] }
        guard friends[index] != before else {
            Terminal.output("Nothing to forget for \(before.name).")
            return
        }
        try file.save(friends)
        let dropped = before.interests.count - friends[index].interests.count
        var said: [String] = []
        if learned { said.append("\(dropped) learned interest\(dropped == 1 ? "" : "s")") }
        if feeds && !before.feeds.isEmpty { said.append("\(before.feeds.count) feed\(before.feeds.count == 1 ? "" : "s")") }
        Terminal.output("Forgot for \(before.name): " + said.joined(separator: " and ") + ".")
    }
}
