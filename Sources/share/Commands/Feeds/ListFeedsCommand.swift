import ArgumentParser
import FeedReader
import Foundation
import Store

/// `share feeds list`: each feed's health.
struct ListFeedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List your feeds: title, folder, entries kept, failures, last result and URL.",
        discussion: """
            Examples:
              share feeds list
              share feeds list --format json | jq -r 'select(.failures > 0) | .url'
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "text (a table) or json (JSON Lines, one feed per line).")
    var format: Format = .text

    @OptionGroup var store: StoreOption

    func run() async throws {
        let listings = try store.open().listings()
        switch format {
        case .json:
            for listing in listings { Terminal.output(Self.json(listing)) }
        case .text:
            guard !listings.isEmpty else {
                Terminal.problem("no feeds yet; add some: share feeds import subscriptions.opml, or share feeds add URL")
                return
            }
            Terminal.output(FeedTable(listings).text)
        }
    }

    /// One feed as a JSON Lines object, its keys sorted; a fact share does not have is left out.
    static func json(_ listing: FeedListing) -> String {
        let feed = listing.feed
        var writer = JSONWriter(pretty: false)
        writer.object { w in
            w.key("dead"); w.bool(feed.isDead)
            w.key("entries"); w.integer(listing.entryCount)
            w.key("failures"); w.integer(feed.consecutiveFailures)
            w.key("folders"); w.strings(feed.folders ?? [])
            if let at = feed.lastAttemptAt { w.key("lastAttempt"); w.string(at.formatted(.iso8601)) }
            if let at = feed.lastSuccessAt { w.key("lastSuccess"); w.string(at.formatted(.iso8601)) }
            if let at = feed.nextAttemptAt { w.key("nextAttempt"); w.string(at.formatted(.iso8601)) }
            if let site = feed.siteURL { w.key("site"); w.string(site) }
            if let status = feed.lastStatus { w.key("status"); w.string(status) }
            if let title = feed.title { w.key("title"); w.string(title) }
            w.key("url"); w.string(feed.url)
        }
        return writer.output
    }
}
