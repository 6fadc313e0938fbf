import ArgumentParser
import Contacts
import FeedFetcher
import Foundation
import Matching

struct ImportFriendsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import friends from YAML, vCard (.vcf) or CSV.",
        discussion: """
            vCard 3.0 and 4.0 as Apple Contacts, Google Contacts and Thunderbird export them \
            (interests from CATEGORIES, notes from NOTE, birthday from BDAY), CSV with a header row, \
            or the YAML shape of 'share friends export'. A friend is matched by e-mail address: \
            importing the same file twice adds nothing.

            A vCard's web addresses (URL, X-SOCIALPROFILE: a blog, a Mastodon or GitHub profile) \
            may lead to a feed of the friend's own. share never follows one without asking: on a \
            terminal it looks for the feed and asks about each; otherwise it lists them, and \
            --follow-feeds follows every one that has a feed.

            Examples:
              share friends import contacts.vcf
              share friends import contacts.vcf --follow-feeds
              share friends import --friends my-friends.yaml Corpus/friends.yaml
            """
    )

    @OptionGroup var friendsFile: FriendsFileOption
    @Argument(help: "The file to import.") var source: String

    @Flag(name: .customLong("follow-feeds"), help: "Follow the feeds found at the contacts' web addresses without asking.")
    var followFeeds = false

    func run() async throws {
        guard let data = FileManager.default.contents(atPath: source) else {
            throw InputError(description: "\(source): cannot read: No such file or directory")
        }
        let incoming = try ContactsFormat.read(data, source: source)
        for warning in incoming.warnings { Terminal.problem("warning: \(warning)") }
        let file = friendsFile.file
        let existing = try file.loadForAdding()
        var (merged, report) = FriendImport.merge(incoming.friends, into: existing)
        try file.save(merged)
        Terminal.output("Imported \(source): \(report).")
        for friend in report.added { Terminal.output("  added    \(friend.name)") }
        for update in report.updated {
            Terminal.output("  updated  \(update.friend.name): " + update.changes.map(\.description).joined(separator: ", "))
        }
        for skip in report.skipped { Terminal.output("  skipped  \(skip.friend.name.isEmpty ? "(no name)" : skip.friend.name): \(skip.reason)") }
        try await offerFeeds(incoming.webAddresses, of: &merged, in: file)
    }

    /// The friends' web addresses that may lead to feeds of their own: followed when the user
    /// says so (`--follow-feeds`, or yes on a terminal), else listed.
    private func offerFeeds(_ webAddresses: [String: [String]], of friends: inout [Friend], in file: FriendsFile) async throws {
        let offers = friends.indices.flatMap { index in
            (webAddresses[friends[index].id] ?? []).filter { !friends[index].feeds.contains($0) }.map { (index, $0) }
        }
        guard !offers.isEmpty else { return }
        guard followFeeds || KeyPress.isInteractive else {
            Terminal.output("Web addresses that may have a feed of the friend's own (follow them with --follow-feeds):")
            for (index, address) in offers { Terminal.output("  \(friends[index].name): \(address)") }
            return
        }
        let fetcher = HTTPFetcher(userAgent: Share.userAgent)
        var followed = 0
        for (index, address) in offers {
            let found = await ProfileFeeds.feed(at: address, with: fetcher)
            guard case .feed(let url) = found else {
                if case .none(let reason) = found { Terminal.problem("\(friends[index].name): \(address): \(reason)") }
                continue
            }
            guard !friends[index].feeds.contains(url) else { continue }
            let place = url == address ? url : "\(url) (found on \(address))"
            if !followFeeds {
                Terminal.output("Follow \(friends[index].name)'s own feed \(place)? [y/N] ", terminator: "")
                let answer = KeyPress.next()
                Terminal.output(answer == "y" ? "yes" : "no")
                guard answer == "y" else { continue }
            }
            friends[index].feeds.append(url)
            followed += 1
            Terminal.output("  following \(friends[index].name)'s own feed \(place)")
        }
        await fetcher.shutdown()
        if followed > 0 { try file.save(friends) }
    }
}

/// Tells a contacts file's format from its content, then its name.
enum ContactsFormat {
    /// The friends in `data`, what was passed over, and (from a vCard) each friend's web
    /// addresses by friend id.
    static func read(_ data: Data, source: String) throws -> (friends: [Friend], warnings: [ContactsWarning], webAddresses: [String: [String]]) {
        let text = String(decoding: data, as: UTF8.self)
        let start = text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).prefix(64).uppercased()
        let isYAML =
            start.hasPrefix("FRIENDS:") || start.hasPrefix("#") || source.lowercased().hasSuffix(".yaml") || source.lowercased().hasSuffix(".yml")
        if start.hasPrefix("BEGIN:VCARD") || (!isYAML && source.lowercased().hasSuffix(".vcf")) {
            let read = try VCardReader.readWithWebAddresses(data, source: source)
            return (read.friends, read.warnings, read.webAddresses)
        }
        if isYAML {
            let read = try FriendsYAML.read(text, source: source)
            return (read.friends, read.warnings, [:])
        }
        let read = try FriendsCSV.read(data, source: source)
        return (read.friends, read.warnings, [:])
    }
}
