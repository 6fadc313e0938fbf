import ArgumentParser
import FeedReader
import Store

/// `share feeds export`: OPML 2.0 on stdout.
struct ExportFeedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write your feeds as OPML 2.0 on stdout (it imports back the same).",
        discussion: """
            Example:
              share feeds export > subscriptions.opml
            """
    )

    @OptionGroup var store: StoreOption

    func run() async throws {
        let feeds = try store.open().subscriptions()
        let subscriptions = feeds.map { feed in
            Subscription(feedURL: feed.url, title: feed.title, siteURL: feed.siteURL, type: nil, folders: feed.folders ?? [])
        }
        print(OPMLWriter.write(SubscriptionList(title: "share subscriptions", subscriptions: subscriptions)), terminator: "")
    }
}
