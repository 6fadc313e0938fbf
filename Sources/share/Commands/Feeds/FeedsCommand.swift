import ArgumentParser

/// `share feeds`: the feeds you follow, kept in the store.
struct FeedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "Keep the feeds you follow.",
        discussion: """
            Feeds are kept in the store: --store PATH, else $SHARE_STORE, else \
            $XDG_DATA_HOME/share/share.sqlite.

            Examples:
              share feeds import subscriptions.opml
              share feeds add https://example.org/blog/
              share feeds list
              share feeds export > backup.opml
            """,
        subcommands: [ImportFeedsCommand.self, AddFeedCommand.self, RemoveFeedCommand.self, ListFeedsCommand.self, ExportFeedsCommand.self]
    )
}
