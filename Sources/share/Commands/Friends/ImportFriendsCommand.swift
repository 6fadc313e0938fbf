import ArgumentParser
import Contacts
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

            Examples:
              share friends import contacts.vcf
              share friends import --friends my-friends.yaml Corpus/friends.yaml
            """
    )

    @OptionGroup var friendsFile: FriendsFileOption
    @Argument(help: "The file to import.") var source: String

    func run() async throws {
        guard let data = FileManager.default.contents(atPath: source) else {
            throw InputError(description: "\(source): cannot read: No such file or directory")
        }
        let incoming = try ContactsFormat.read(data, source: source)
        for warning in incoming.warnings { Terminal.problem("warning: \(warning)") }
        let file = friendsFile.file
        let existing = try file.loadForAdding()
        let (merged, report) = FriendImport.merge(incoming.friends, into: existing)
        try file.save(merged)
        Terminal.output("Imported \(source): \(report).")
        for friend in report.added { Terminal.output("  added    \(friend.name)") }
        for update in report.updated {
            Terminal.output("  updated  \(update.friend.name): " + update.changes.map(\.description).joined(separator: ", "))
        }
        for skip in report.skipped { Terminal.output("  skipped  \(skip.friend.name.isEmpty ? "(no name)" : skip.friend.name): \(skip.reason)") }
    }
}

/// Tells a contacts file's format from its content, then its name.
enum ContactsFormat {
    static func read(_ data: Data, source: String) throws -> (friends: [Friend], warnings: [ContactsWarning]) {
        let text = String(decoding: data, as: UTF8.self)
        let start = text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).prefix(64).uppercased()
        if start.hasPrefix("BEGIN:VCARD") { return try VCardReader.read(data, source: source) }
        if start.hasPrefix("FRIENDS:") || start.hasPrefix("#") || source.lowercased().hasSuffix(".yaml") || source.lowercased().hasSuffix(".yml") {
            return try FriendsYAML.read(text, source: source)
        }
        if source.lowercased().hasSuffix(".vcf") { return try VCardReader.read(data, source: source) }
        return try FriendsCSV.read(data, source: source)
    }
}
