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

/// `share feeds list` as a table for a terminal: long titles are cut, the URL comes last so a
/// long one wraps without breaking the columns.
struct FeedTable {
    let listings: [FeedListing]

    init(_ listings: [FeedListing]) {
        self.listings = listings
    }

    var text: String {
        let header = ["TITLE", "FOLDER", "ENTRIES", "FAILURES", "STATUS", "URL"]
        var rows = [header]
        for listing in listings {
            let feed = listing.feed
            let status = feed.isDead ? "dead: \(feed.lastStatus ?? "gone")" : (feed.lastStatus ?? "not fetched yet")
            rows.append([
                Self.cut(feed.title ?? "(untitled)", 32), Self.cut(feed.folderPath ?? "", 20), String(listing.entryCount),
                String(feed.consecutiveFailures), Self.cut(status, 40), feed.url,
            ])
        }
        var widths = Array(repeating: 0, count: header.count)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    static func cut(_ text: String, _ length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}
