import ArgumentParser
import Contacts
import Foundation
import Matching

struct ListFriendsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List your friends.",
        discussion: "Example:\n  share friends list --friends Corpus/friends.yaml"
    )

    @OptionGroup var friendsFile: FriendsFileOption
    @OptionGroup var store: StoreOption

    func run() async throws {
        let file = friendsFile.file
        let friends = try file.load()
        // Last in touch: the later of the file's and the store's (a send, 'share contacted').
        let contacts = FileManager.default.fileExists(atPath: store.resolvedPath) ? try store.open().lastContacts() : [:]
        guard !friends.isEmpty else {
            Terminal.output(
                "No friends yet. Add one with 'share friends add NAME --email ADDRESS --interest PHRASE', or import your contacts with 'share friends import FILE'."
            )
            return
        }
        for friend in friends.sorted(by: { $0.name.localizedCaseInsensitiveCompare($1.name) == .orderedAscending }) {
            var line = friend.name
            if let email = friend.emails.first { line += " <\(email)>" }
            Terminal.output(line)
            var facts: [String] = []
            if !friend.interests.isEmpty { facts.append("likes " + friend.interests.map(\.phrase).joined(separator: ", ")) }
            if !friend.avoid.isEmpty { facts.append("not " + friend.avoid.joined(separator: ", ")) }
            if let city = friend.city { facts.append(city) }
            if let cadence = friend.cadence { facts.append("every \(cadence)") }
            if let last = [friend.lastContact, contacts[friend.id]].compactMap({ $0 }).max() {
                facts.append("last in touch \(CalendarDay.string(from: last))")
            }
            if !facts.isEmpty { Terminal.output("  " + facts.joined(separator: " · ")) }
        }
    }
}
