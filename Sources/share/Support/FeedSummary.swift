import FeedReader
import Foundation

/// A feed in a few lines for people: title, format, counts, warnings, the newest entries.
struct FeedSummary {
    let feed: Feed
    let source: String
    let entryLimit: Int

    var text: String {
        var lines: [String] = []
        lines.append("\(feed.title.flatMap { $0.isEmpty ? nil : $0 } ?? "(untitled feed)")")
        lines.append("  \(source)")
        var facts = ["\(feed.format.rawValue)", feed.encoding, "\(feed.items.count) \(feed.items.count == 1 ? "entry" : "entries")"]
        if let updated = feed.updated { facts.append("updated \(Self.day(updated))") }
        lines.append("  " + facts.joined(separator: " · "))
        if let link = feed.link { lines.append("  \(link)") }
        if !feed.warnings.isEmpty {
            lines.append("  \(feed.warnings.count) \(feed.warnings.count == 1 ? "warning" : "warnings") (read anyway):")
            for warning in feed.warnings.prefix(5) { lines.append("    ! \(warning)") }
            if feed.warnings.count > 5 { lines.append("    … and \(feed.warnings.count - 5) more") }
        }
        for item in feed.items.prefix(entryLimit) {
            let date = (item.published ?? item.updated).map(Self.day) ?? "          "
            lines.append("  \(date)  \(item.title.flatMap { $0.isEmpty ? nil : $0 } ?? "(untitled)")")
            if let link = item.link { lines.append("              \(link)") }
        }
        if feed.items.count > entryLimit {
            lines.append("  … and \(feed.items.count - entryLimit) more")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func day(_ date: Date) -> String {
        String(RFC3339.string(from: date).prefix(10))
    }
}
