import TextAnalysis

/// One phrase found in one field of one entry: how often, and where first.
struct FieldMatch: Sendable {
    let phrase: Int
    let field: Field
    /// How many times the phrase is found in the field (all categories together).
    let count: Int
    /// For ``Field/categories``, the category of the first match; otherwise 0.
    let categoryIndex: Int
    /// The first match, in the field's text (the category's, for categories).
    let range: Range<String.Index>

    /// The entry's own words for the first match.
    func quote(in candidate: Candidate) -> String {
        String(candidate.text(of: field, category: categoryIndex)[range])
    }
}

/// One stem of an entry's words and how much it weighs there: `c = Σ over fields F:
/// fieldWeight(F) × n(F)` (see ``Scoring``).
struct EntryTerm: Sendable {
    /// ``StemHash`` of the stem: what the terms are sorted and interned by.
    let hash: UInt64
    let stem: String
    let count: Double
}

/// What one read of an entry yields: every indexed phrase found in it, field by field; each
/// interest of two or more words whose words are close together; the stems of its words that are
/// not stop words, weighted by field; and the words of its title for recognising the same story
/// elsewhere.
///
/// Each entry is analysed once per run, whatever the number of friends: titles and summaries and
/// content as prose, each category on its own as a label (so a phrase never runs from one
/// category into the next).
struct EntryAnalysis: Sendable {
    /// The title's meaningful words, to recognise the same story elsewhere (``Deduplication``).
    let title: TitleWords
    /// The phrases found, one per phrase and field, sorted by phrase and then field.
    let matches: [FieldMatch]
    /// Whether the entry has a summary of at least one word (see ``Scoring``).
    let hasSummary: Bool
    /// The interests whose words are close together, one per phrase and field, sorted by phrase.
    let near: [NearMatch]
    /// The stems of the words that are not stop words, each once, sorted by hash.
    let terms: [EntryTerm]
    /// `Σ c` over ``terms``: the entry's length, as BM25 normalises it.
    let length: Double

    init(_ candidate: borrowing Candidate, matcher: PhraseMatcher, analyzer: TextAnalyzer) {
        var found: [(phrase: Int, field: Field, category: Int, range: Range<String.Index>)] = []
        var near: [NearMatch] = []
        var terms: [EntryTerm] = []
        var hasSummary = false
        func find(in text: String, field: Field, category: Int = 0) -> [Token] {
            guard !text.isEmpty else { return [] }
            let tokens = analyzer.tokens(in: text, as: field == .categories ? .label : .prose)
            matcher.forEachMatch(in: tokens, of: text, inCategories: field == .categories) { phrase, range in
                found.append((phrase, field, category, range))
            }
            matcher.near.forEachMatch(in: tokens) { phrase, count, range in
                if let same = near.firstIndex(where: { $0.phrase == phrase && $0.field == field }) {
                    let kept = near[same]
                    near[same] = NearMatch(
                        phrase: phrase, field: field, count: kept.count + count, categoryIndex: kept.categoryIndex, range: kept.range)
                } else {
                    near.append(NearMatch(phrase: phrase, field: field, count: count, categoryIndex: category, range: range))
                }
            }
            let weight = field == .content && !hasSummary ? Field.summary.weight : field.weight
            for token in tokens where !token.isStopWord {
                terms.append(EntryTerm(hash: token.stemHash, stem: token.stem, count: weight))
            }
            return tokens
        }
        let titleTokens = find(in: candidate.title, field: .title)
        for (category, text) in candidate.categories.enumerated() {
            _ = find(in: text, field: .categories, category: category)
        }
        hasSummary = !find(in: candidate.summary, field: .summary).isEmpty
        _ = find(in: candidate.content, field: .content)

        self.hasSummary = hasSummary
        title = TitleWords(titleTokens)
        matches = Self.grouped(found)
        self.near = near.sorted { ($0.phrase, $0.field) < ($1.phrase, $1.field) }
        self.terms = Self.merged(terms)
        length = terms.reduce(0) { $0 + $1.count }
    }

    /// `terms` sorted by hash, each stem once with its counts added in the order found.
    ///
    /// Counted first, in a small open-addressing table on the hash, then only the distinct hashes
    /// sorted (plain integers): sorting the terms themselves moved a String each time, and was a
    /// tenth of `share match`.
    private static func merged(_ terms: [EntryTerm]) -> [EntryTerm] {
        guard terms.count > 1 else { return terms }
        var capacity = 16
        while capacity < terms.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var slots = [Int32](repeating: -1, count: capacity)
        var first: [Int] = []
        var counts: [Double] = []
        func slot(of hash: UInt64) -> Int {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0, terms[first[Int(slots[slot])]].hash != hash { slot = (slot + 1) & mask }
            return slot
        }
        for (place, term) in terms.enumerated() {
            let at = slot(of: term.hash)
            if slots[at] >= 0 {
                counts[Int(slots[at])] += term.count
            } else {
                slots[at] = Int32(first.count)
                first.append(place)
                counts.append(term.count)
            }
        }
        var hashes = first.map { terms[$0].hash }
        hashes.sort()
        return hashes.map { hash in
            let distinct = Int(slots[slot(of: hash)])
            let term = terms[first[distinct]]
            return EntryTerm(hash: hash, stem: term.stem, count: counts[distinct])
        }
    }

    /// The near matches of `phrase`, one per field (empty if there are none).
    func nearMatches(of phrase: Int) -> [NearMatch] {
        near.filter { $0.phrase == phrase }
    }

    /// One ``FieldMatch`` per phrase and field, in that order, from the matches in the order found
    /// (which is field by field, in the text's order): the first one found is the one quoted.
    private static func grouped(_ found: [(phrase: Int, field: Field, category: Int, range: Range<String.Index>)]) -> [FieldMatch] {
        guard !found.isEmpty else { return [] }
        let order = found.indices.sorted {
            (found[$0].phrase, found[$0].field.rawValue, $0) < (found[$1].phrase, found[$1].field.rawValue, $1)
        }
        var matches: [FieldMatch] = []
        var groupStart = 0
        while groupStart < order.count {
            let first = found[order[groupStart]]
            var groupEnd = groupStart + 1
            while groupEnd < order.count, found[order[groupEnd]].phrase == first.phrase, found[order[groupEnd]].field == first.field {
                groupEnd += 1
            }
            matches.append(
                FieldMatch(
                    phrase: first.phrase, field: first.field, count: groupEnd - groupStart, categoryIndex: first.category, range: first.range
                ))
            groupStart = groupEnd
        }
        return matches
    }

    /// The matches of `phrase`, one per field (empty if it was not found).
    func matches(of phrase: Int) -> ArraySlice<FieldMatch> {
        var low = 0
        var high = matches.count
        while low < high {
            let middle = (low + high) / 2
            if matches[middle].phrase < phrase { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < matches.count, matches[end].phrase == phrase { end += 1 }
        return matches[low..<end]
    }
}

extension Candidate {
    /// The text of `field`: for categories, the category at `category`.
    func text(of field: Field, category: Int = 0) -> String {
        switch field {
        case .title: title
        case .categories: categories.indices.contains(category) ? categories[category] : ""
        case .summary: summary
        case .content: content
        }
    }
}
