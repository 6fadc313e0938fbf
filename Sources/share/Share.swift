import ArgumentParser
import Contacts
import Drafting
import Foundation
import Store

/// `share`: turns the feeds you read into notes to the friends they made you think of.
@main
struct Share: AsyncParsableCommand {
    static let version = "0.1.0"

    /// What share says it is to servers (RFC 9110 section 10.1.5): its name and version.
    static var userAgent: String { "share/\(version) (feed reader)" }

    static let configuration = CommandConfiguration(
        commandName: "share",
        abstract: "Turn the feeds you read into short notes to the friends they make you think of.",
        discussion: """
            Examples:
              share feeds import subscriptions.opml
              share suggest --format mbox > drafts.mbox
              share send --via "msmtp -t"
              share parse --opml Corpus/demo.opml
              share parse --format json https://example.org/feed.xml
            """,
        version: version,
        subcommands: [
            SuggestCommand.self, ReviewCommand.self, SendCommand.self, SkipCommand.self, DueCommand.self, ContactedCommand.self, HistoryCommand.self,
            FeedsCommand.self, FetchCommand.self, FriendsCommand.self, MatchCommand.self, WhyCommand.self, ParseCommand.self,
        ]
    )

    /// Exit codes: 0 success, 1 failure, 2 usage error (ArgumentParser's own is 64).
    static func main() async {
        // Personal data: friends' addresses, birthdays and notes, and what was said to them.
        // Everything share creates (the store and its -wal and -shm files, the friends file,
        // drafts, the data and config folders) is for the user alone, 0600 and 0700, as mutt
        // does. Existing files keep their mode; a warning says when others can read them.
        umask(0o077)
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as any UserFacingError {
            Terminal.problem(error.description)
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                // Two lines, not the usage of every option: what was wrong, and where to look.
                var message = Self.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
                if message.hasPrefix("Error: ") { message.removeFirst(7) }
                let (command, path) = Self.command(of: CommandLine.arguments)
                Terminal.problem(Self.withBetterSuggestion(message, command: command))
                Terminal.error("See 'share \(path.isEmpty ? "" : path + " ")--help'.")
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

extension Share {
    /// The command a command line names ("friends add"), and its words, for pointing at its --help.
    static func command(of arguments: [String]) -> (type: any ParsableCommand.Type, path: String) {
        var command: any ParsableCommand.Type = Share.self
        var path: [String] = []
        for word in arguments.dropFirst() {
            guard let next = command.configuration.subcommands.first(where: { $0._commandName == word }) else { break }
            path.append(word)
            command = next
        }
        return (command, path.joined(separator: " "))
    }

    /// ArgumentParser's message, with "did you mean" from the nearest name by edit distance
    /// (a swap of two letters counts as one edit, so "--fromat" is "--format", not "--from"),
    /// for an unknown option and for an unknown command ("sugest").
    static func withBetterSuggestion(_ message: String, command: any ParsableCommand.Type) -> String {
        func quoted(after prefix: String) -> String? {
            guard message.hasPrefix(prefix), let end = message.dropFirst(prefix.count).firstIndex(of: "'") else { return nil }
            return String(message[message.index(message.startIndex, offsetBy: prefix.count)..<end])
        }
        if let option = quoted(after: "Unknown option '") {
            let names = Self.optionNames(in: command.helpMessage(columns: 200))
            guard let nearest = NearestName.nearest(to: option, in: names) else { return "Unknown option '\(option)'." }
            return "Unknown option '\(option)'. Did you mean '\(nearest)'?"
        }
        if let word = quoted(after: "Unexpected argument '"), !command.configuration.subcommands.isEmpty {
            let names = command.configuration.subcommands.map { $0._commandName }
            if let nearest = NearestName.nearest(to: word, in: names) {
                return "Unknown command '\(word)'. Did you mean '\(nearest)'?"
            }
        }
        return message
    }

    /// The long option names a help text shows.
    static func optionNames(in help: String) -> [String] {
        help.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," || $0 == "[" || $0 == "]" })
            .filter { $0.hasPrefix("--") && $0.count > 2 }
            .map { String($0.prefix { $0 != "=" && $0 != ">" && $0 != "<" }) }
    }
}

/// The name nearest a mistyped one, by optimal string alignment distance (insertions,
/// deletions, substitutions and swaps of neighbours, each one edit), if it is close enough to be
/// what was meant: at most 2 edits, and no more than half its length.
enum NearestName {
    static func nearest(to typed: String, in names: [String]) -> String? {
        let scored = Set(names).map { ($0, distance(typed, $0)) }.filter { $0.1 <= 2 && $0.1 * 2 <= typed.count }
        return scored.min { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }?.0
    }

    static func distance(_ left: String, _ right: String) -> Int {
        let a = Array(left)
        let b = Array(right)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}

/// An error whose description is written for the person at the terminal (it names the file,
/// URL or line): shown as "share: <description>" with exit status 1, never as a stack trace.
protocol UserFacingError: Error, CustomStringConvertible {}

extension InputError: UserFacingError {}
extension TemplateError: UserFacingError {}
extension StoreError: UserFacingError {}
extension ContactsError: UserFacingError {}
