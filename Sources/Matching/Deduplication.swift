import Foundation
import TextAnalysis

/// One story, however many feeds carry it: its copies, and the one that stands for it.
struct Story: Sendable {
    /// The candidate suggested, quoted and scored for the story.
    let representative: Int
    /// The other copies, in the order the candidates were given (usually none).
    let others: [Int]
    /// What orders stories of equal score: the representative's ``Candidate/sortKey``.
    let key: String

    /// Every copy, the representative first.
    var copies: [Int] { [representative] + others }
}

/// Which candidates are copies of the same story.
///
/// Two candidates are the same story when:
///
/// 1. **Same link**: they have the same canonical link (or, lacking one, the same link as given),
///    or the same id; or
/// 2. **Same title**: their titles have the same meaningful words — stems of the words that are
///    not stop words, in any order, case, punctuation and inflection aside — and at least three of
///    them (*Omaha Council Approves Bike Lanes* and *Omaha council approves bike lane*); or one
///    title has all of another's meaningful words, at least four, and one more (*… Bike Lanes on
///    Leavenworth* and *… Bike Lanes on Leavenworth Street*). Shorter titles (*Weekly links*) say
///    too little to tell.
///
/// and sameness carries over: copies of copies are copies. The copy that stands for the story is
/// the first published (the original, most likely); undated copies come after dated ones; then the
/// one with the most text; then the smallest id.
enum Deduplication {
    /// Titles with fewer meaningful words are never merged.
    static let minimumTitleWords = 3
    /// A title must have at least this many meaningful words to be merged with one that has one more.
    static let minimumTitleWordsForOneMore = 4

    /// The stories of `candidates`, in the order of their first copies. `titles[i]` is
    /// ``EntryAnalysis/title`` of `candidates[i]`.
    static func stories(of candidates: [Candidate], titles: [TitleWords]) -> [Story] {
        var sets = DisjointSets(count: candidates.count)
        mergeSameLinks(candidates, into: &sets)
        mergeSameTitles(titles, into: &sets)
        return stories(of: candidates, in: &sets)
    }

    /// Rule 1: the same link key, or the same id.
    private static func mergeSameLinks(_ candidates: [Candidate], into sets: inout DisjointSets) {
        var firstWithLink: [String: Int] = [:]
        var firstWithID: [String: Int] = [:]
        firstWithLink.reserveCapacity(candidates.count)
        firstWithID.reserveCapacity(candidates.count)
        for index in candidates.indices {
            let link = Candidate.linkKey(canonicalLink: candidates[index].canonicalLink, link: candidates[index].link)
            if let link, let other = firstWithLink.updateValue(index, forKey: link) { sets.union(index, other) }
            if let other = firstWithID.updateValue(index, forKey: candidates[index].id) { sets.union(index, other) }
        }
    }

    /// Rule 2: the same meaningful words, or those of another title and one more.
    private static func mergeSameTitles(_ titles: [TitleWords], into sets: inout DisjointSets) {
        var firstWithTitle: [UInt64: Int] = [:]
        firstWithTitle.reserveCapacity(titles.count)
        for (index, title) in titles.enumerated() where title.stems.count >= minimumTitleWords {
            if let other = firstWithTitle[title.fingerprint] {
                if titles[other].stems == title.stems { sets.union(index, other) }
            } else {
                firstWithTitle[title.fingerprint] = index
            }
        }
        for (index, title) in titles.enumerated() where title.stems.count > minimumTitleWordsForOneMore {
            for dropped in title.stems.indices {
                guard let other = firstWithTitle[title.fingerprint &- title.hashes[dropped]] else { continue }
                var shorter = title.stems
                shorter.remove(at: dropped)
                if titles[other].stems == shorter { sets.union(index, other) }
            }
        }
    }

    /// One story per set, in the order of their first copies, each with the copy that stands for it.
    private static func stories(of candidates: [Candidate], in sets: inout DisjointSets) -> [Story] {
        var storyOfRoot = [Int](repeating: -1, count: candidates.count)
        var firstCopies: [Int] = []
        var laterCopies: [Int: [Int]] = [:]
        for index in candidates.indices {
            let root = sets.root(of: index)
            if storyOfRoot[root] < 0 {
                storyOfRoot[root] = firstCopies.count
                firstCopies.append(index)
            } else {
                laterCopies[storyOfRoot[root], default: []].append(index)
            }
        }
        return firstCopies.enumerated().map { story, first in
            guard let later = laterCopies[story] else {
                let key = Candidate.linkKey(canonicalLink: candidates[first].canonicalLink, link: candidates[first].link) ?? candidates[first].id
                return Story(representative: first, others: [], key: key)
            }
            let copies = [first] + later
            let representative = copies.min { standsBefore(candidates[$0], candidates[$1]) }!
            return Story(representative: representative, others: copies.filter { $0 != representative }, key: candidates[representative].sortKey)
        }
    }

    /// Whether `a` rather than `b` stands for their story: the first published, dated before
    /// undated, then the one with more text, then the smaller id.
    private static func standsBefore(_ a: Candidate, _ b: Candidate) -> Bool {
        switch (a.published, b.published) {
        case let (x?, y?) where x != y: return x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default: break
        }
        if a.textLength != b.textLength { return a.textLength > b.textLength }
        return a.id < b.id
    }
}

extension Candidate {
    /// The link that "already sent" and "the same link" go by: the canonical link, else the link
    /// as given; nil when neither has anything but spaces.
    var linkKey: String? {
        Self.linkKey(canonicalLink: canonicalLink, link: link)
    }

    /// ``linkKey`` of a candidate with these links.
    static func linkKey(canonicalLink: String?, link: String?) -> String? {
        if let canonical = canonicalLink.flatMap(trimmed) { return canonical }
        return link.flatMap(trimmed)
    }

    /// `text` without white space at either end, or nil if nothing else is left.
    static func trimmed(_ text: String) -> String? {
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last else { return nil }
        func isPrintableASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
        if isPrintableASCII(first) && isPrintableASCII(last) { return text }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// What orders entries of equal score, so that every run gives the same result: the link key,
    /// else the id.
    var sortKey: String { linkKey ?? id }

    /// How much text there is to match and quote.
    var textLength: Int {
        title.utf8.count + summary.utf8.count + content.utf8.count + categories.reduce(0) { $0 + $1.utf8.count }
    }
}

/// The meaningful words of a title, as ``Deduplication`` compares them.
struct TitleWords: Sendable {
    /// The distinct stems of the title's words that are not stop words, in the order of their
    /// hashes: the same order for the same set of stems, whatever their order in the titles.
    let stems: [String]
    /// ``StemHash`` of each stem, in the same order.
    let hashes: [UInt64]
    /// The sum of ``hashes`` (wrapping): the same for the same set of stems; and the fingerprint
    /// of the title without one of them is the sum less that one's hash.
    let fingerprint: UInt64

    init(_ tokens: [Token]) {
        var hashed: [(hash: UInt64, stem: String)] = []
        hashed.reserveCapacity(tokens.count)
        for token in tokens where !token.isStopWord {
            hashed.append((token.stemHash, token.stem))
        }
        hashed.sort { $0.hash < $1.hash }
        var stems: [String] = []
        var hashes: [UInt64] = []
        stems.reserveCapacity(hashed.count)
        hashes.reserveCapacity(hashed.count)
        for (hash, stem) in hashed where hash != hashes.last {
            hashes.append(hash)
            stems.append(stem)
        }
        self.stems = stems
        self.hashes = hashes
        fingerprint = hashes.reduce(0, &+)
    }
}

/// Union–find over `0 ..< count`, with path halving and union by size.
struct DisjointSets {
    private var parent: [Int]
    private var size: [Int]

    init(count: Int) {
        parent = Array(0..<count)
        size = Array(repeating: 1, count: count)
    }

    mutating func root(of element: Int) -> Int {
        var element = element
        while parent[element] != element {
            parent[element] = parent[parent[element]]
            element = parent[element]
        }
        return element
    }

    mutating func union(_ a: Int, _ b: Int) {
        var (a, b) = (root(of: a), root(of: b))
        guard a != b else { return }
        if size[a] < size[b] { swap(&a, &b) }
        parent[b] = a
        size[a] += size[b]
    }
}
