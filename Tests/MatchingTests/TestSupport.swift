import Foundation

@testable import Matching

/// share's word table, read from the repository (as the CLI reads the installed one).
let repositoryWordVectors: WordVectors? = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/Matching/Resources/word-vectors.swv")
    return try? WordVectors(contentsOf: url)
}()

/// The moment every test runs at: 2026-11-28 12:00 UTC, the demo corpus's "today".
let testNow = Date(timeIntervalSince1970: 1_795_867_200)

/// An entry for a test: only what the test says differs from a plain, fresh, undistinguished one.
func entry(
    _ slug: String, title: String, summary: String = "", content: String = "", categories: [String] = [],
    feed: String = "https://feed.example/rss", link: String? = nil, canonicalLink: String? = nil, daysOld: Double = 1
) -> Candidate {
    let link = link ?? "https://feed.example/posts/\(slug)"
    return Candidate(
        id: "\(feed)#\(slug)", link: link, canonicalLink: canonicalLink ?? link, title: title, summary: summary, content: content,
        categories: categories, feedTitle: feed, feedURL: feed, published: testNow.addingTimeInterval(-daysOld * 86_400)
    )
}

/// A friend with these interests (weight 1) and avoid phrases.
func friend(_ name: String, _ interests: [String], avoid: [String] = []) -> Friend {
    Friend(name: name, emails: ["\(name.lowercased())@example.org"], interests: interests.map { Interest($0) }, avoid: avoid)
}

/// Options for a test: everything that matched, one per friend unless said otherwise.
func options(perFriend: Int = 1, perFeed: Int = 1, minScore: Double = 0, alreadySent: Set<SentKey> = []) -> MatchOptions {
    MatchOptions(now: testNow, perFriend: perFriend, perFeed: perFeed, minScore: minScore, alreadySent: alreadySent)
}

/// The titles suggested to `friend`, best first.
func suggestedTitles(_ friend: Friend, _ candidates: [Candidate], options: MatchOptions = options(perFriend: 10, perFeed: 10)) -> [String] {
    MatchEngine(friends: [friend], candidates: candidates, options: options).suggestions()[0].suggestions.map(\.candidate.title)
}

/// Whether an interest phrase is found, as the whole phrase, in a title, with nothing else in the
/// pool. (Its words found otherwise, close together or apart, count less, and are not this.)
func interest(_ phrase: String, matchesTitle title: String) -> Bool {
    let suggestions = MatchEngine(friends: [friend("Ada", [phrase])], candidates: [entry("only", title: title)], options: options())
        .suggestions()[0].suggestions
    return suggestions.contains { $0.reasons.contains { $0.kind == .phrase } }
}
