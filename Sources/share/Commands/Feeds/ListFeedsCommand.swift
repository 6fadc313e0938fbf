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

    static func json(_ listing: FeedListing) -> String {
        let feed = listing.feed
        var object: [String: Any] = [
            "url": feed.url, "entries": listing.entryCount, "failures": feed.consecutiveFailures, "dead": feed.isDead,
            "folders": feed.folders ?? [],
        ]
        object["title"] = feed.title
        object["site"] = feed.siteURL
        object["status"] = feed.lastStatus
        object["lastAttempt"] = feed.lastAttemptAt.map { $0.formatted(.iso8601) }
        object["lastSuccess"] = feed.lastSuccessAt.map { $0.formatted(.iso8601) }
        object["nextAttempt"] = feed.nextAttemptAt.map { $0.formatted(.iso8601) }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
