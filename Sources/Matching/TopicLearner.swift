import Foundation
import TextAnalysis

/// Something a friend writes about, learned from their own posts: the phrase as they write it,
/// how telling it is, and the posts it came from.
public struct LearnedTopic: Sendable, Hashable {
    /// The words as the friend writes them most often, lower-cased: "bread ovens", "bouldering".
    public let phrase: String
    /// How telling it is (see ``TopicLearner``); only the order counts.
    public let score: Double
    /// The friend's posts it is in, newest first.
    public let posts: [Candidate]
}

/// Learns what a friend writes about from their own posts, set against a background of everyone's
/// entries: what they write about often and others rarely.
///
/// Rules:
/// - A term is a word's stem (not a stop word, at least three letters, not a number, not web
///   furniture such as *https* or *rss*), or two such words side by side (*bread ovens*). A
///   post's terms come from its title, summary, content and categories (hashtags), each counted
///   once per post.
/// - A term must be in at least ``minimumPosts`` of the friend's posts, and in three when they
///   have ten or more: a word said once is not what someone writes about.
/// - It must be in a share of their posts at least ``minimumLift`` times its share of all the
///   entries: what everyone writes about ("a cold night") says nothing of the friend.
/// - Its score is the share of the friend's posts it is in, times its rarity in the background
///   (`log((N + 1) / (df + 1))`, N the background's entries and the friend's posts); a pair of
///   words counts ``pairBonus`` times, because *trail running* says more than *running*.
/// - A word already said by a chosen pair in as many posts is left out (*oven* under *bread
///   ovens*), and so is a term one of `known` already says (a typed interest, an avoid phrase,
///   one learned before): typed interests and avoid phrases always win.
/// - Names are not topics: a term with a word of `names` (the friend's name) or of a post's feed
///   URL (*theoquinn* of `https://github.com/theoquinn.atom`, in every entry of it) is left out.
/// - At most `limit` topics, best first; ties by phrase.
public enum TopicLearner {
    public static let minimumPosts = 2
    static let pairBonus = 1.5
    static let minimumLift = 3.0

    /// Words of the web around a post, not of what it says.
    static let furniture: Set<String> = [
        "http", "https", "www", "com", "org", "net", "html", "htm", "rss", "atom", "feed", "blog", "post", "posts",
        "read", "more", "continue", "reading", "link", "via", "amp", "nbsp", "boost", "boosted", "repost", "reply",
        "replied", "commit", "commits", "pushed", "push", "branch", "starred", "forked", "today", "yesterday",
        "week", "new", "just", "get", "got", "one", "two", "like", "also", "really", "much", "lot", "thing", "things",
        "time", "day", "days", "year", "years", "first", "last", "next", "good", "great", "still", "back", "way", "make",
        "made", "going", "know", "think", "want", "need", "see", "look", "little", "bit", "even", "well", "many",
        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "hundred", "thousand", "second", "third",
    ]

    /// How often each term is found in everyone's entries: worked out once per run, for every
    /// friend's topics.
    public struct Background: Sendable {
        let documentCount: Int
        let count: [String: Int]
        let ids: Set<String>

        public init(_ candidates: [Candidate], analyzer: TextAnalyzer = TextAnalyzer()) {
            var count: [String: Int] = [:]
            for candidate in candidates {
                for term in terms(of: candidate, analyzer: analyzer).keys { count[term, default: 0] += 1 }
            }
            self.count = count
            documentCount = candidates.count
            ids = Set(candidates.map(\.id))
        }
    }

    public static func topics(
        of posts: [Candidate], background: Background, known: [String] = [], names: [String] = [], limit: Int = 8,
        analyzer: TextAnalyzer = TextAnalyzer()
    ) -> [LearnedTopic] {
        guard posts.count >= minimumPosts else { return [] }
        // The background without these posts, when it holds them.
        var backgroundCount = background.count
        var documents = background.documentCount
        for post in posts where background.ids.contains(post.id) {
            documents -= 1
            for term in terms(of: post, analyzer: analyzer).keys { backgroundCount[term, default: 1] -= 1 }
        }
        var postsByTerm: [String: [Int]] = [:]
        var writings: [String: [String: Int]] = [:]
        for (index, post) in posts.enumerated() {
            for (term, written) in terms(of: post, analyzer: analyzer) {
                postsByTerm[term, default: []].append(index)
                writings[term, default: [:]][written, default: 0] += 1
            }
        }
        let needed = posts.count >= 10 ? 3 : minimumPosts
        let total = Double(documents + posts.count)
        let nameWords = Set((names + posts.map(\.feedURL)).flatMap { analyzer.terms(in: $0) })
        let knownTerms = known.map { Set(analyzer.terms(in: $0)) }.filter { !$0.isEmpty }
        var scored: [(term: String, score: Double, posts: [Int])] = []
        for (term, found) in postsByTerm where found.count >= needed {
            let parts = Set(term.split(separator: " ").map(String.init))
            if knownTerms.contains(where: { $0.isSubset(of: parts) || parts.isSubset(of: $0) }) { continue }
            if !parts.isDisjoint(with: nameWords) { continue }
            let df = Double(backgroundCount[term, default: 0] + found.count)
            let rarity = log((total + 1) / (df + 1))
            let share = Double(found.count) / Double(posts.count)
            // Often in their posts, and rarely elsewhere: many times as often as in everyone's.
            let backgroundShare = Double(backgroundCount[term, default: 0] + 1) / Double(documents + 1)
            guard share >= minimumLift * backgroundShare else { continue }
            scored.append((term, share * rarity * (parts.count > 1 ? pairBonus : 1), found))
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.term < $1.term }
        var chosen: [(term: String, score: Double, posts: [Int])] = []
        for candidate in scored where chosen.count < limit {
            let parts = Set(candidate.term.split(separator: " ").map(String.init))
            let saidBefore = chosen.contains { earlier in
                let earlierParts = Set(earlier.term.split(separator: " ").map(String.init))
                return (parts.isSubset(of: earlierParts) || earlierParts.isSubset(of: parts)) && earlier.posts.count >= candidate.posts.count
            }
            if !saidBefore { chosen.append(candidate) }
        }
        return chosen.map { topic in
            let written = phrase(from: writings[topic.term, default: [:]]) ?? topic.term
            let found = topic.posts.map { posts[$0] }.sorted { ($0.published ?? .distantPast) > ($1.published ?? .distantPast) }
            return LearnedTopic(phrase: written, score: topic.score, posts: found)
        }
    }

    /// How a term is shown: the plural when the friend writes one (*owls*, not *owl*: "you've
    /// been posting about owls"), else the way they write it most often; ties by spelling.
    static func phrase(from writings: [String: Int]) -> String? {
        let plurals = writings.keys.filter { $0.hasSuffix("s") && !$0.hasSuffix("ss") }
        if let plural = plurals.sorted().max(by: { writings[$0]! < writings[$1]! }) { return plural }
        return writings.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }

    /// A post's terms, each once, with how the post writes it (lower-cased).
    static func terms(of candidate: Candidate, analyzer: TextAnalyzer) -> [String: String] {
        var found: [String: String] = [:]
        func read(_ text: String, as kind: TextKind) {
            let tokens = analyzer.tokens(in: text, as: kind)
            var previous: (token: Token, written: String)?
            for token in tokens {
                guard isContentWord(token) else {
                    previous = nil
                    continue
                }
                let written = String(text[token.range]).lowercased()
                // The plural when the post has it anywhere (see `phrase(from:)`).
                if found[token.stem].map({ !$0.hasSuffix("s") && written.hasSuffix("s") }) ?? true { found[token.stem] = written }
                if let previous, previous.token.position + 1 == token.position {
                    let pair = previous.token.stem + " " + token.stem
                    // As written between the two words when that is a hyphen (*wood-fired*).
                    let between = text[previous.token.range.upperBound..<token.range.lowerBound]
                    let joiner = between == "-" ? "-" : " "
                    if found[pair] == nil { found[pair] = previous.written + joiner + written }
                }
                previous = (token, written)
            }
        }
        read(candidate.title, as: .prose)
        read(candidate.summary, as: .prose)
        read(candidate.content, as: .prose)
        for category in candidate.categories { read(category, as: .label) }
        return found
    }

    private static func isContentWord(_ token: Token) -> Bool {
        !token.isStopWord && token.text.count >= 3 && !furniture.contains(token.text) && !furniture.contains(token.stem)
            && token.text.contains { $0.isLetter }
    }
}
