import FeedReader
import Foundation
import Matching

/// Suggestions for people: per friend, each entry with its score, feed, date and reasons.
enum SuggestionText {
    static func report(_ results: [FriendSuggestions], candidateCount: Int) -> String {
        var lines: [String] = []
        var quiet: [String] = []
        for result in results {
            guard !result.suggestions.isEmpty else {
                quiet.append(result.friend.name)
                continue
            }
            let friend = result.friend
            lines.append(friend.name + (friend.emails.first.map { " <\($0)>" } ?? ""))
            for suggestion in result.suggestions {
                let candidate = suggestion.candidate
                lines.append("  \(suggestion.rank). \(candidate.title)  (score \(String(format: "%.2f", suggestion.score)))")
                if let link = candidate.canonicalLink ?? candidate.link { lines.append("     \(link)") }
                var source = candidate.feedTitle ?? candidate.feedURL
                if let published = candidate.published { source += " · " + String(RFC3339.string(from: published).prefix(10)) }
                lines.append("     \(source)")
                for reason in suggestion.reasons { lines.append("     why: \(reason)") }
            }
            lines.append("")
        }
        if !quiet.isEmpty {
            lines.append("Nothing fits well for \(quiet.joined(separator: ", ")) (from \(candidateCount) entries): better no note than a bad one.")
        }
        return lines.joined(separator: "\n")
    }
}

/// Suggestions as JSON Lines: one object per suggestion, in rank order per friend.
enum SuggestionJSON {
    static func line(_ suggestion: Suggestion) -> String {
        let candidate = suggestion.candidate
        let object: [String: Any] = [
            "friend": suggestion.friend.name,
            "email": suggestion.friend.emails.first ?? NSNull(),
            "rank": suggestion.rank,
            "score": (suggestion.score * 1000).rounded() / 1000,
            "link": (candidate.canonicalLink ?? candidate.link).map { $0 as Any } ?? NSNull(),
            "title": candidate.title,
            "feed": candidate.feedTitle ?? candidate.feedURL,
            "feed_url": candidate.feedURL,
            "published": candidate.published.map(RFC3339.string(from:)) ?? NSNull(),
            "reasons": suggestion.reasons.map { ["interest": $0.interest, "field": $0.field.description, "quote": $0.quote] },
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
