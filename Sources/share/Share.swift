import ArgumentParser
import Contacts
import Foundation
import Drafting
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
            SuggestCommand.self, SendCommand.self, DueCommand.self, ContactedCommand.self, HistoryCommand.self,
            FeedsCommand.self, FetchCommand.self, FriendsCommand.self, MatchCommand.self, WhyCommand.self, ParseCommand.self,
        ]
    )

    /// Exit codes: 0 success, 1 failure, 2 usage error (ArgumentParser's own is 64).
    static func main() async {
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
                Terminal.error(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// An error whose description is written for the person at the terminal (it names the file,
/// URL or line): shown as "share: <description>" with exit status 1, never as a stack trace.
protocol UserFacingError: Error, CustomStringConvertible {}

extension InputError: UserFacingError {}
extension TemplateError: UserFacingError {}
extension StoreError: UserFacingError {}
extension ContactsError: UserFacingError {}
