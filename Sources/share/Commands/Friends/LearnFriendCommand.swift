import ArgumentParser
import Contacts
import Foundation
import Matching

/// `share friends learn NAME`: what a friend's own posts say they care about, offered as
/// interests; `--accept` keeps them, marked learned.
struct LearnFriendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn",
        abstract: "Learn what a friend cares about from their own posts.",
        discussion: """
            Reads the friend's own feeds in the store (their 'feeds:', fetched by 'share fetch') \
            and finds what they write about often that everyone else's entries rarely say. \
            Without --accept, only lists it, with the posts it came from. With --accept, adds it \
            to their interests, marked 'learned: true' and weighted \(Interest.learnedWeight) at \
            most (a typed interest is 1): what you typed, and what they should never be sent, always \
            win. Nothing learned leaves this machine; 'share friends forget NAME --learned' drops it.

            Examples:
              share friends learn Ana
              share friends learn Ana --accept
            """
    )

    @OptionGroup var friendsFile: FriendsFileOption
    @OptionGroup var store: StoreOption
    @OptionGroup var which: WhichFriend

    @Flag(help: "Add what was learned to their interests.")
    var accept = false

    func run() async throws {
        let file = friendsFile.file
        var friends = try file.load()
        let index = try friends.index(matching: which.friend)
        let friend = friends[index]
        guard !friend.feeds.isEmpty else {
            throw InputError(
                description: "\(friend.name) has no feeds of their own: add one with 'share friends edit \"\(friend.name)\"' (feeds: [URL])")
        }
        guard FileManager.default.fileExists(atPath: store.resolvedPath) else {
            throw InputError(description: "nothing fetched yet: run 'share fetch' first")
        }
        let (topics, postCount) = try LearnedInterests.topics(for: friend, in: try store.open())
        guard postCount > 0 else {
            throw InputError(description: "no posts of \(friend.name)'s in the store yet: run 'share fetch' first")
        }
        guard !topics.isEmpty else {
            Terminal.output(
                "\(friend.name)'s \(postCount) posts say nothing new about what they care about (each topic needs \(TopicLearner.minimumPosts) posts or more)."
            )
            return
        }
        if !accept {
            Terminal.output(LearnedInterests.describe(topics, postCount: postCount, friend: friend), terminator: "")
            return
        }
        friends[index].interests += LearnedInterests.interests(from: topics)
        try file.save(friends)
        Terminal.output("Learned for \(friend.name): " + topics.map(\.phrase).joined(separator: ", ") + ".")
    }
}
