import ArgumentParser
import Store

/// `share feeds remove URL|TITLE`.
struct RemoveFeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a feed and the entries kept from it.",
        discussion: """
            Examples:
              share feeds remove https://example.org/feed.xml
              share feeds remove "Sourdough Diaries"
            """
    )

    @Argument(help: ArgumentHelp("The feed's URL or its title.", valueName: "url-or-title"))
    var feed: String

    @OptionGroup var store: StoreOption

    func run() async throws {
        let store = try store.open()
        let found = try store.feed(named: feed)
        let entries = try store.listings().first { $0.feed.id == found.id }?.entryCount ?? 0
        try store.remove(feedID: found.id)
        Terminal.output("Removed \(found.displayName) (\(found.url)) and its \(entries) \(entries == 1 ? "entry" : "entries")")
    }
}
