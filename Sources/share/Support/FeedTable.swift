import ArgumentParser
import FeedReader
import Foundation
import Store

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
