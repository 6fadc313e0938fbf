import Foundation
import TextAnalysis

/// Something a friend writes about, learned from their own posts: the phrase as they write it,
/// how telling it is, and the posts it came from.
public struct LearnedTopic: Sendable, Hashable {
    /// The words as the friend writes them most often, lower-cased: "bread ovens", "bouldering".
    public let phrase: String
    /// How telling it is: G² (see ``TopicLearner``).
    public let score: Double
    /// The friend's posts it is in, newest first.
    public let posts: [Candidate]
}

/// Learns what a friend writes about from their own posts, set against a background of everyone's
/// entries: what they write about often and others rarely.
///
/// Rules:
/// - Posts with the same title and summary count once.
/// - A term is a word's stem (not a stop word, at least three letters, not a number, not web
///   furniture such as *https* or *rss*), or two such words side by side (*bread ovens*). A
///   post's terms come from its title, summary, content and categories (hashtags), each counted
///   once per post.
/// - A term must be in at least ``minimumPosts`` of the friend's posts: a word said once is not
///   what someone writes about.
/// - A single word the word table knows is weighed with its kin: the word and its ``kinSize``
///   nearest stems in the table (*mac* with *macintosh*, *apple*, *os*; *god* with *devout*,
///   *bless*). A post or an entry has the topic when it has any of them. A real topic has kin
///   the friend writes too and others rarely do; a word that comes up by chance (*held*,
///   *provide*, *states*) has kin everyone writes. A pair, or a word the table does not know, is
///   weighed alone.
/// - The topic must be in three of their posts when they have ten or more.
/// - It must be in a share of their posts at least ``minimumLift`` times its share of all the
///   entries: what everyone writes about ("a cold night") says nothing of the friend.
/// - The evidence must be strong (``minimumEvidence``): better no topic than a guessed one.
/// - Its score is how surely the friend writes it more than everyone else: Dunning's
///   log-likelihood ratio of its posts against its entries elsewhere (``logLikelihood``); a pair
///   of words counts ``pairBonus`` times, because *trail running* says more than *running*.
/// - A word is left out when its pairs are in every post it is in (*oven* under *bread oven*;
///   but *owls* stays beside *screech owl*, when another post has owls alone); a term one of `known`
///   already says is left out too (a typed interest, an avoid phrase,
///   one learned before): typed interests and avoid phrases always win.
/// - Names are not topics: a term with a word of `names` (the friend's name) or of a post's feed
///   URL (*theoquinn* of `https://github.com/theoquinn.atom`, in every entry of it) is left out.
/// - At most `limit` topics, best first; ties by phrase.
public enum TopicLearner {
    public static let minimumPosts = 2
    static let pairBonus = 1.5
    static let minimumLift = 3.0
    /// G² at or above 3.84: a chance of one in twenty, or less, that the friend writes the term
    /// no more than everyone does (χ² with one degree of freedom). Stricter (6.63, 10.83) drops
    /// real topics of a friend with few posts: on the development sets, learned matching fell
    /// from 0.85 to 0.77 and 0.59 of typed.
    static let minimumEvidence = 3.84
    /// Half the nearest stems the table keeps for each (24). On the development sets
    /// (Scripts/learned-relevance.py, mean over four choices of posts), learned matching went from
    /// 0.81 of typed interests without kin to 0.88-0.89 with 6 to 15 nearest stems (0.89 with
    /// 12), 0.84 with 3 and 0.87 with all 24; kin by closeness (cosine 0.5 to 0.7) swung from 0.84
    /// to 0.88.
    static let kinSize = 12

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
        public static let limit = 5_000
        let documentCount: Int
        let count: [String: Int]
        let indexOfID: [String: Int32]
        /// The entries each single word is in (indices into the entries read), for the kin of a
        /// word (see ``TopicLearner/kinCounts(of:in:postsByTerm:posts:background:)``).
        let entriesByWord: [String: [Int32]]

        /// Reads at most ``limit`` of `candidates`, the first ones (the store gives the newest
        /// first): a few thousand entries say how common a word is as well as all of them, and
        /// reading 20,000 took 9 s.
        public init(_ candidates: [Candidate], analyzer: TextAnalyzer = TextAnalyzer()) {
            let candidates = Array(candidates.prefix(Self.limit))
            // Each entry's terms on all the cores, then counted in one place.
            let termsByEntry = Parallel.map(candidates, chunkSize: 128) { TopicLearner.termSet(of: $0, analyzer: analyzer) }
            var count: [String: Int] = [:]
            var entriesByWord: [String: [Int32]] = [:]
            for (entry, terms) in termsByEntry.enumerated() {
                for term in terms {
                    count[term, default: 0] += 1
                    if !term.contains(" ") { entriesByWord[term, default: []].append(Int32(entry)) }
                }
            }
            self.count = count
            self.entriesByWord = entriesByWord
            documentCount = candidates.count
            indexOfID = Dictionary(candidates.enumerated().map { ($1.id, Int32($0)) }, uniquingKeysWith: { first, _ in first })
        }
    }

    public static func topics(
        of posts: [Candidate], background: Background, known: [String] = [], names: [String] = [], limit: Int = 8,
        words: WordVectors? = nil, analyzer: TextAnalyzer = TextAnalyzer()
    ) -> [LearnedTopic] {
        // The same post twice (a cross-post, a boost of their own) is one post.
        var seen: Set<String> = []
        let posts = posts.filter { seen.insert($0.title.lowercased() + "\n" + $0.summary.lowercased()).inserted }
        guard posts.count >= minimumPosts else { return [] }
        // Each post read once. The background is counted without these posts, when it holds
        // them: what they take away is kept aside, not subtracted from a copy of every count.
        var documents = background.documentCount
        var inBackground: [String: Int] = [:]
        var postsByTerm: [String: [Int]] = [:]
        var writings: [String: [String: Int]] = [:]
        for (index, post) in posts.enumerated() {
            let isInBackground = background.indexOfID[post.id] != nil
            if isInBackground { documents -= 1 }
            for (term, written) in terms(of: post, analyzer: analyzer) {
                postsByTerm[term, default: []].append(index)
                writings[term, default: [:]][written, default: 0] += 1
                if isInBackground { inBackground[term, default: 0] += 1 }
            }
        }
        func entriesElsewhere(with term: String) -> Int { max(0, background.count[term, default: 0] - inBackground[term, default: 0]) }
        let needed = posts.count >= 10 ? 3 : minimumPosts
        let nameWords = Set((names + posts.map(\.feedURL)).flatMap { analyzer.terms(in: $0) })
        let knownTerms = known.map { Set(analyzer.terms(in: $0)) }.filter { !$0.isEmpty }
        var scored: [(term: String, score: Double, posts: [Int])] = []
        for (term, found) in postsByTerm where found.count >= minimumPosts {
            let parts = Set(term.split(separator: " ").map(String.init))
            if knownTerms.contains(where: { $0.isSubset(of: parts) || parts.isSubset(of: $0) }) { continue }
            if !parts.isDisjoint(with: nameWords) { continue }
            // A word the table knows is weighed with its kin; a pair, or a word it does not know, alone.
            let kin =
                parts.count == 1 ? words.flatMap { kinCounts(of: term, in: $0, postsByTerm: postsByTerm, posts: posts, background: background) } : nil
            let count = kin?.posts ?? found.count
            let elsewhere = kin?.elsewhere ?? entriesElsewhere(with: term)
            guard count >= needed else { continue }
            let share = Double(count) / Double(posts.count)
            // Often in their posts, and rarely elsewhere: many times as often as in everyone's.
            let backgroundShare = Double(elsewhere + 1) / Double(documents + 1)
            guard share >= minimumLift * backgroundShare else { continue }
            let evidence = logLikelihood(count, of: posts.count, against: elsewhere, of: documents)
            guard evidence >= minimumEvidence else { continue }
            let score = evidence * (parts.count > 1 ? pairBonus : 1)
            scored.append((term, score, found))
        }
        // A word its pairs say in every post it is in is theirs (*oven* of *bread oven*).
        let pairs = scored.filter { $0.term.contains(" ") }
        scored.removeAll { single in
            guard !single.term.contains(" ") else { return false }
            let covered = pairs.filter { $0.term.split(separator: " ").contains { $0 == single.term } }.reduce(into: Set<Int>()) {
                $0.formUnion($1.posts)
            }
            return Set(single.posts).isSubset(of: covered)
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.term < $1.term }
        let chosen = scored.prefix(limit)
        return chosen.map { topic in
            let written = phrase(from: writings[topic.term, default: [:]]) ?? topic.term
            let found = topic.posts.map { posts[$0] }.sorted { ($0.published ?? .distantPast) > ($1.published ?? .distantPast) }
            return LearnedTopic(phrase: written, score: topic.score, posts: found)
        }
    }

    /// How many of `posts`, and of the background's other entries, have `term` or one of its
    /// ``kinSize`` nearest stems in `words`; nil when the table does not know the word.
    static func kinCounts(
        of term: String, in words: WordVectors, postsByTerm: [String: [Int]], posts: [Candidate], background: Background
    ) -> (posts: Int, elsewhere: Int)? {
        guard let index = words.index(of: term) else { return nil }
        let kin = [term] + words.neighbours(of: index).prefix(kinSize).map { words.stems[Int($0)] }
        var found: Set<Int> = []
        // The entries as bits: a common word's kin is in thousands of them.
        var entries = [UInt64](repeating: 0, count: (background.documentCount + 63) / 64)
        for word in kin {
            found.formUnion(postsByTerm[word, default: []])
            for entry in background.entriesByWord[word, default: []] { entries[Int(entry) >> 6] |= 1 << (UInt64(entry) & 63) }
        }
        let inEntries = entries.reduce(0) { $0 + $1.nonzeroBitCount }
        // The posts among the background's entries are not elsewhere.
        let postsInEntries = found.count { post in
            background.indexOfID[posts[post].id].map { entries[Int($0) >> 6] & (1 << (UInt64($0) & 63)) != 0 } ?? false
        }
        return (found.count, inEntries - postsInEntries)
    }

    /// Dunning's log-likelihood ratio (G²) of a term in `k1` of `n1` posts against `k2` of `n2`
    /// entries elsewhere: how surely the friend writes it more than others do. Unlike a ratio of
    /// shares, it grows with the evidence: a word in 4 of 20 posts that is in 5% of everything
    /// ("granted", "enough") scores little; one in 6 of 20 and nowhere else scores much.
    static func logLikelihood(_ k1: Int, of n1: Int, against k2: Int, of n2: Int) -> Double {
        func xlogx(_ x: Double) -> Double { x > 0 ? x * log(x) : 0 }
        func entropy(_ counts: Double...) -> Double { xlogx(counts.reduce(0, +)) - counts.reduce(0) { $0 + xlogx($1) } }
        let (a, b, c, d) = (Double(k1), Double(n1 - k1), Double(k2), Double(max(0, n2 - k2)))
        let rows = entropy(a + b, c + d)
        let columns = entropy(a + c, b + d)
        let cells = entropy(a, b, c, d)
        return max(0, 2 * (rows + columns - cells))
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
                var written = String(text[token.range]).lowercased()
                // "ftp's" is about FTP: the possessive goes, as it does from the stem.
                for possessive in ["'s", "’s"] where written.hasSuffix(possessive) { written.removeLast(2) }
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

    /// The terms of ``terms(of:analyzer:)`` without how they are written: for the background,
    /// where only whether an entry has a term counts (and the written forms cost half the time).
    static func termSet(of candidate: Candidate, analyzer: TextAnalyzer) -> [String] {
        var found: Set<String> = []
        func read(_ text: String, as kind: TextKind) {
            var previous: Token?
            for token in analyzer.tokens(in: text, as: kind) {
                guard isContentWord(token) else {
                    previous = nil
                    continue
                }
                found.insert(token.stem)
                if let previous, previous.position + 1 == token.position { found.insert(previous.stem + " " + token.stem) }
                previous = token
            }
        }
        read(candidate.title, as: .prose)
        read(candidate.summary, as: .prose)
        read(candidate.content, as: .prose)
        for category in candidate.categories { read(category, as: .label) }
        return Array(found)
    }

    private static func isContentWord(_ token: Token) -> Bool {
        !token.isStopWord && token.text.count >= 3 && !furniture.contains(token.text) && !furniture.contains(token.stem)
            && token.text.contains { $0.isLetter }
    }
}
