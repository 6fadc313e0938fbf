import ArgumentParser
import Contacts
import Foundation
import Matching

struct AddFriendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a friend.",
        discussion: """
            An interest may carry a weight after '=': "jazz piano=2" counts twice.

            Example:
              share friends add "Wendy Park" --email wendy@example.org \\
                  --interest sourdough --interest "trail running" --avoid politics \\
                  --city Omaha --every 1m --note "met at SM301"
            """
    )

    @OptionGroup var friendsFile: FriendsFileOption
    @Argument(help: "The friend's name.") var name: String
    @Option(help: ArgumentHelp("An e-mail address (repeat for more).", valueName: "address")) var email: [String] = []
    @Option(help: ArgumentHelp("Something they care about (repeat; PHRASE=WEIGHT to weigh it).", valueName: "phrase")) var interest: [String] = []
    @Option(help: ArgumentHelp("Something never to send them (repeat).", valueName: "phrase")) var avoid: [String] = []
    @Option(help: "Where they live.") var city: String?
    @Option(help: ArgumentHelp("MM-DD or YYYY-MM-DD.", valueName: "date")) var birthday: String?
    @Option(name: .customLong("last-contact"), help: ArgumentHelp("When you were last in touch (YYYY-MM-DD).", valueName: "date")) var lastContact: String?
    @Option(help: ArgumentHelp("How often to be in touch: 2w, 1m, 3m.", valueName: "cadence")) var every: String?
    @Option(help: "A note to yourself about them.") var note: String?

    func validate() throws {
        _ = try newFriend()
    }

    private func newFriend() throws -> Friend {
        try FriendInput.friend(
            name: name, emails: email, interests: interest, avoid: avoid, city: city, birthday: birthday,
            lastContact: lastContact, every: every, notes: note
        )
    }

    func run() async throws {
        let friend = try FriendInput.friend(
            name: name, emails: email, interests: interest, avoid: avoid, city: city, birthday: birthday,
            lastContact: lastContact, every: every, notes: note
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

/// Turns command-line words into a `Friend`, with messages that say what is wrong.
enum FriendInput {
    static func friend(
        name: String, emails: [String], interests: [String], avoid: [String], city: String?, birthday: String?,
        lastContact: String?, every: String?, notes: String?
    ) throws -> Friend {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw ValidationError("A friend needs a name.") }
        for address in emails {
            if let problem = EmailAddress.problem(with: address) { throw ValidationError("'\(address)' is not an e-mail address share can write to: it \(problem).") }
        }
        var parsedInterests: [Interest] = []
        for text in interests {
            var phrase = text
            var weight = 1.0
            if let equals = text.lastIndex(of: "="), let value = Double(text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)) {
                guard value > 0 else { throw ValidationError("The weight of '\(text)' must be more than 0.") }
                phrase = String(text[..<equals])
                weight = value
            }
            phrase = phrase.trimmingCharacters(in: .whitespaces)
            guard !phrase.isEmpty else { throw ValidationError("An interest cannot be empty.") }
            parsedInterests.append(Interest(phrase, weight: weight))
        }
        var parsedBirthday: Birthday?
        if let birthday {
            guard let value = Birthday(parsing: birthday) else { throw ValidationError("'\(birthday)' is not a birthday (MM-DD or YYYY-MM-DD).") }
            parsedBirthday = value
        }
        var parsedLastContact: Date?
        if let lastContact {
            guard let value = CalendarDay.date(parsing: lastContact) else { throw ValidationError("'\(lastContact)' is not a date (YYYY-MM-DD).") }
            parsedLastContact = value
        }
        var cadence: Cadence?
        if let every {
            guard let value = Cadence(parsing: every) else { throw ValidationError("'\(every)' is not a cadence (like 2w, 1m, 3m).") }
            cadence = value
        }
        return Friend(
            name: name, emails: emails, interests: parsedInterests, avoid: avoid.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
            city: city, birthday: parsedBirthday, lastContact: parsedLastContact, cadence: cadence, notes: notes
        )
    }
}
