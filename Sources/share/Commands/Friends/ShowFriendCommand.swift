import ArgumentParser
import Contacts
import Foundation
import Matching

struct ShowFriendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one friend as YAML.",
        discussion: """
            For a friend with feeds of their own, also what their posts say they care about, \
            with the posts it came from (as YAML comments; keep it with 'share friends learn').

            Example:
              share friends show Wendy
            """
    )

    @OptionGroup var friendsFile: FriendsFileOption
    @OptionGroup var store: StoreOption
    @OptionGroup var which: WhichFriend

    func run() async throws {
        let friends = try friendsFile.file.load()
        let friend = friends[try friends.index(matching: which.friend)]
        Terminal.output(FriendsYAML.write([friend]))
        guard !friend.feeds.isEmpty else { return }
        guard FileManager.default.fileExists(atPath: store.resolvedPath) else {
            Terminal.output(LearnedInterests.describe([], postCount: 0, friend: friend), terminator: "")
            return
        }
        let (topics, postCount) = try LearnedInterests.topics(for: friend, in: try store.open())
        Terminal.output(LearnedInterests.describe(topics, postCount: postCount, friend: friend), terminator: "")
    }
}
