import ArgumentParser
import Drafting
import Foundation
import Matching

/// `share due`: the Friday call list.
struct DueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "Who you haven't been in touch with for too long, and whose birthday is coming up.",
        discussion: """
            Most overdue first, then the nearest birthdays. A friend is overdue when their last \
            contact is longer ago than their cadence (every: 2w), or 90 days without one. Sending \
            a note, or 'share contacted NAME', resets the clock.

            Examples:
              share due
              share contacted Wendy          # after a call
              share due --today 2026-12-04   # who will be due on Friday
            """
    )

    @Option(name: .customLong("friends"), help: ArgumentHelp("The friends file (YAML).", valueName: "file"))
    var friendsPath: String?

    @OptionGroup var store: StoreOption
    @OptionGroup var today: TodayOption

    func run() async throws {
        let now = try today.now
        let friends = try FriendsFile(option: friendsPath).load()
        let contacts = FileManager.default.fileExists(atPath: store.resolvedPath) ? try store.open().lastContacts() : [:]
        let due = Outreach.callList(friends, lastContacts: contacts, now: now).filter(\.isDue)
        guard !due.isEmpty else {
            Terminal.problem("nobody is due: everyone has heard from you lately, and no birthday is near")
            return
        }
        for outreach in due { Terminal.output(Self.line(outreach)) }
    }

    static func line(_ outreach: Outreach) -> String {
        let friend = outreach.friend
        var parts: [String] = []
        if let days = outreach.daysOverdue {
            let last = outreach.lastContact.map { $0.formatted(.iso8601.year().month().day().dateSeparator(.dash)) } ?? "?"
            let cadence = friend.cadence.map { "every \($0)" } ?? "no cadence"
            parts.append("\(days) \(days == 1 ? "day" : "days") overdue (\(cadence), last in touch \(last))")
        }
        if let days = outreach.daysUntilBirthday {
            parts.append(days == 0 ? "birthday today" : "birthday in \(days) \(days == 1 ? "day" : "days")")
        }
        let city = friend.city.map { ", \($0)" } ?? ""
        return "\(friend.name)\(city): " + parts.joined(separator: "; ")
    }
}
