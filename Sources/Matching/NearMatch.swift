import TextAnalysis

/// An interest of two or more words whose words are all found close together in one field, though
/// not (or not only) as the phrase: *used gear, bought and sold* for *buying and selling used gear*.
struct NearMatch: Sendable {
    let phrase: Int
    let field: Field
    /// How many windows (see ``NearMatcher``) the field has, all categories together.
    let count: Int
    /// For ``Field/categories``, the category of the first window; otherwise 0.
    let categoryIndex: Int
    /// The first window, from its first word of the phrase to its last, in the field's text.
    let range: Range<String.Index>
}

/// Finds the interests of two or more content words whose words are all close together.
///
/// *Close together* is within a window of ``window`` consecutive words (stop words counted), words
/// compared by stem. Windows are counted from the left: a window starts at a word of the phrase
/// when all the phrase's content words are in the `window` words from it, and the next window can
/// start only `window` words later. A whole-phrase match is such a window too, so it counts both
/// as the phrase and as near (see ``Scoring``).
struct NearMatcher: Sendable {
    /// Words apart, at most, plus one.
    static let window = 8

    /// For each stem, the phrases it is a content word of, and which of their words it is.
    private let slotsByStem: StemTable<[(phrase: Int, slot: Int)]>
    /// By phrase: how many distinct content stems it has (0 for a phrase not looked for).
    private let stemCount: [Int]

    init(index: PhraseIndex) {
        var slots: [String: [(phrase: Int, slot: Int)]] = [:]
        var stemCount = Array(repeating: 0, count: index.phrases.count)
        for (id, phrase) in index.phrases.enumerated() where phrase.role == .interest {
            var stems: [String] = []
            for word in phrase.words where !word.isStopWord && !stems.contains(word.stem) { stems.append(word.stem) }
            guard stems.count >= 2, stems.count <= 64 else { continue }
            stemCount[id] = stems.count
            for (slot, stem) in stems.enumerated() { slots[stem, default: []].append((id, slot)) }
        }
        slotsByStem = StemTable(slots)
        self.stemCount = stemCount
    }

    /// Whether no phrase is looked for.
    var isEmpty: Bool { !stemCount.contains { $0 > 0 } }

    /// Calls `found` with each phrase whose words are close together in `tokens` (of `text`): how
    /// many windows, and the first one's range.
    func forEachMatch(in tokens: [Token], _ found: (_ phrase: Int, _ count: Int, _ range: Range<String.Index>) -> Void) {
        var hits: [(phrase: Int, slot: Int, token: Int)] = []
        for (at, token) in tokens.enumerated() where !token.isStopWord {
            guard let slots = slotsByStem[token] else { continue }
            for (phrase, slot) in slots { hits.append((phrase, slot, at)) }
        }
        guard hits.count >= 2 else { return }
        hits.sort { ($0.phrase, $0.token) < ($1.phrase, $1.token) }
        var start = 0
        while start < hits.count {
            var end = start + 1
            while end < hits.count, hits[end].phrase == hits[start].phrase { end += 1 }
            count(hits[start..<end], in: tokens, found)
            start = end
        }
    }

    /// Counts the windows of one phrase from its words' places (sorted by place).
    private func count(
        _ hits: ArraySlice<(phrase: Int, slot: Int, token: Int)>, in tokens: [Token],
        _ found: (_ phrase: Int, _ count: Int, _ range: Range<String.Index>) -> Void
    ) {
        let phrase = hits.first!.phrase
        let needed = stemCount[phrase]
        guard Set(hits.map(\.slot)).count == needed else { return }
        var windows = 0
        var lastStart = Int.min / 2
        var first: Range<String.Index>?
        for (offset, hit) in zip(hits.indices, hits) {
            let startPosition = tokens[hit.token].position
            guard startPosition >= lastStart + Self.window else { continue }
            var seen: UInt64 = 0
            for other in hits[offset...] {
                guard tokens[other.token].position < startPosition + Self.window else { break }
                seen |= 1 << UInt64(other.slot)
            }
            guard seen.nonzeroBitCount == needed else { continue }
            windows += 1
            lastStart = startPosition
            if first == nil {
                // Up to the last word of the phrase in the window that completes it.
                var upTo = hit.token
                var have: UInt64 = 0
                for other in hits[offset...] where tokens[other.token].position < startPosition + Self.window {
                    have |= 1 << UInt64(other.slot)
                    upTo = other.token
                    if have.nonzeroBitCount == needed { break }
                }
                first = tokens[hit.token].range.lowerBound..<tokens[upTo].range.upperBound
            }
        }
        if windows > 0, let first { found(phrase, windows, first) }
    }
}
