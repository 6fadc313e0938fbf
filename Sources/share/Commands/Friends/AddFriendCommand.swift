import ArgumentParser
import Contacts
import Foundation
import Matching

struct AddFriendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a friend.",
        discussion: """
            An interest may carry a weight after '=': "jazz piano=2" counts twice. A feed of \
            their own (a blog, https://INSTANCE/@USER.rss, https://github.com/USER.atom) is \
            fetched with yours: what they post is news to reply to, and 'share friends learn' \
            learns from it what they care about. It is never suggested to anyone.

            Example:
              share friends add "Wendy Park" --email wendy@example.org \\
                  --interest sourdough --interest "trail running" --avoid politics \\
                  --city Omaha --every 1m --note "met at SM301" \\
                  --feed https://social.example/@wendy.rss
            """
    )

    @OptionGroup var friendsFile: FriendsFileOption
    @Argument(help: "The friend's name.") var name: String
    @Option(help: ArgumentHelp("An e-mail address (repeat for more).", valueName: "address")) var email: [String] = []
    @Option(help: ArgumentHelp("Something they care about (repeat; PHRASE=WEIGHT to weigh it).", valueName: "phrase")) var interest: [String] = []
    @Option(help: ArgumentHelp("Something never to send them (repeat).", valueName: "phrase")) var avoid: [String] = []
    @Option(help: "Where they live.") var city: String?
    @Option(help: ArgumentHelp("MM-DD or YYYY-MM-DD.", valueName: "date")) var birthday: String?
    @Option(name: .customLong("last-contact"), help: ArgumentHelp("When you were last in touch (YYYY-MM-DD).", valueName: "date")) var lastContact:
        String?
    @Option(help: ArgumentHelp("How often to be in touch: 2w, 1m, 3m.", valueName: "cadence")) var every: String?
    @Option(help: "A note to yourself about them.") var note: String?
    @Option(help: ArgumentHelp("A feed of their own: blog, Mastodon, GitHub (repeat for more).", valueName: "url")) var feed: [String] = []

    func validate() throws {
        _ = try newFriend()
    }

    private func newFriend() throws -> Friend {
        try FriendInput.friend(
            name: name, emails: email, interests: interest, avoid: avoid, city: city, birthday: birthday,
            lastContact: lastContact, every: every, notes: note, feeds: feed
        )
    }

    func run() async throws {
        let friend = try FriendInput.friend(
            name: name, emails: email, interests: interest, avoid: avoid, city: city, birthday: birthday,
            lastContact: lastContact, every: every, notes: note, feeds: feed
        )
        let file = friendsFile.file
        var friends = try file.loadForAdding()
        if let existing = friends.first(where: { FriendIdentity.wouldBeASecondEntry(friend, besides: $0) }) {
            throw InputError(description: "\(existing.name) is already a friend; change them with 'share friends edit \"\(existing.name)\"'")
        }
        friends.append(friend)
        try file.save(friends)
        Terminal.output("Added \(friend.name) (\(friends.count) friends in \(file.path)).")
    }
}
