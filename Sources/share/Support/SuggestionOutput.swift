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
                let fromPosts = Set(friend.interests.filter(\.isLearned).map(\.phrase))
                for reason in suggestion.reasons {
                    lines.append("     why: \(reason)" + (fromPosts.contains(reason.interest) ? " (learned from their own posts)" : ""))
                }
            }
            lines.append("")
        }
        if !quiet.isEmpty {
            lines.append("Nothing fits well for \(quiet.joined(separator: ", ")) (from \(candidateCount) entries): better no note than a bad one.")
        }
        return lines.joined(separator: "\n")
    }
}

/// Suggestions as JSON Lines: one object per suggestion, in rank order per friend, its keys
/// sorted (so a line diffs well and reads the same from run to run).
enum SuggestionJSON {
    static func line(_ suggestion: Suggestion) -> String {
        let candidate = suggestion.candidate
        var writer = JSONWriter(pretty: false)
        writer.object { w in
            w.key("email"); w.string(suggestion.friend.emails.first)
            w.key("feed"); w.string(candidate.feedTitle ?? candidate.feedURL)
            w.key("feed_url"); w.string(candidate.feedURL)
            w.key("friend"); w.string(suggestion.friend.name)
            w.key("link"); w.string(candidate.canonicalLink ?? candidate.link)
            w.key("published"); w.string(candidate.published.map(RFC3339.string(from:)))
            w.key("rank"); w.integer(suggestion.rank)
            w.key("reasons")
            let fromPosts = Set(suggestion.friend.interests.filter(\.isLearned).map(\.phrase))
            w.array(suggestion.reasons) { w, reason in
                w.object { w in
                    w.key("field"); w.string(reason.field.description)
                    // Only when true: the lines of friends without feeds stay as they were.
                    if fromPosts.contains(reason.interest) { w.key("from_their_posts"); w.bool(true) }
                    w.key("interest"); w.string(reason.interest)
                    w.key("quote"); w.string(reason.quote)
                }
            }
            // Three decimals: enough to order by, without the noise of a double's last digits.
            w.key("score"); w.number((suggestion.score * 1000).rounded() / 1000)
            w.key("title"); w.string(candidate.title)
        }
        return writer.output
    }
}
