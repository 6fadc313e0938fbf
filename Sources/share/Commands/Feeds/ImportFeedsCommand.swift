import ArgumentParser
import FeedReader
import Store

/// `share feeds import FILE.opml`: subscriptions from any feed reader's export.
struct ImportFeedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the feeds of an OPML file (an export from any feed reader).",
        discussion: """
            Importing is idempotent: a feed already in the store (same URL) is left as it is, so \
            importing the same file twice adds nothing. Folders are kept.

            Example:
              share feeds import ~/Downloads/feedly.opml
            """
    )

    @Argument(help: ArgumentHelp("The OPML file, or - for standard input.", valueName: "file"))
    var file: String

    @OptionGroup var store: StoreOption

    func run() async throws {
        let list: SubscriptionList
        do {
            list = try SubscriptionFile.read(file)
        } catch {
            throw InputError(description: "\(file): \(error)")
        }
        let store = try store.open()
        let result = try store.add(list.subscriptions.map(NewFeed.init))
        let added = result.added.count
        let existing = result.existing.count
        Terminal.output("\(file): \(added) \(added == 1 ? "feed" : "feeds") added, \(existing) already there")
        if added > 0 { Terminal.output("Next: share fetch") }
    }
}
