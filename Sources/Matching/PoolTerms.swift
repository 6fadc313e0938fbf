import TextAnalysis

/// The words of the pool's stories, stem by stem: for each stem of a word that is not a stop word,
/// the stories it is in and how much it weighs in each (BM25's term frequency, ``Scoring``), and
/// for each story its stems. What learned words are scored through, and what pseudo-relevance
/// feedback reads the best stories' words from.
///
/// Each story is read in the copy that stands for it. Stems are numbered in the order first met
/// (story by story, then by hash), which is the same for the same pool, whatever the cores did.
struct PoolTerms: Sendable {
    /// By term: the stem.
    let stems: [String]
    /// By term: in how many stories it is.
    let documentFrequency: [Int32]
    /// By term: where its postings start in ``postingStory`` and ``postingWeight`` (and, at
    /// `termCount`, their end).
    private let postingStart: [Int32]
    let postingStory: [Int32]
    /// `x_e(t)`, ``Scoring/termFrequency(_:lengthNorm:)``, by posting.
    let postingWeight: [Float]
    /// By term: its largest `x_e(t)` over the pool, which bounds what it can add to any story.
    let highestWeight: [Float]
    /// By story: where its terms start in ``storyTerms``.
    private let storyStart: [Int32]
    /// Each story's terms, sorted by term number.
    private let storyTerms: [Int32]
    /// By story: BM25's `k × (1 − b + b × L / avgL)`.
    let lengthNorm: [Double]
    let storyCount: Int
    private let ids: HashIndex

    init(stories: [Story], analyses: [EntryAnalysis]) {
        var ids = HashIndex()
        var stems: [String] = []
        var df: [Int32] = []
        var storyStart: [Int32] = [0]
        var storyTerms: [Int32] = []
        var storyCounts: [Double] = []
        storyStart.reserveCapacity(stories.count + 1)
        var totalLength = 0.0
        for story in stories {
            let analysis = analyses[story.representative]
            totalLength += analysis.length
            var local: [(Int32, Double)] = []
            local.reserveCapacity(analysis.terms.count)
            for term in analysis.terms {
                let id = ids.id(of: term.hash, next: Int32(stems.count))
                if Int(id) == stems.count {
                    stems.append(term.stem)
                    df.append(0)
                }
                df[Int(id)] += 1
                local.append((id, term.count))
            }
            local.sort { $0.0 < $1.0 }
            for (id, count) in local {
                storyTerms.append(id)
                storyCounts.append(count)
            }
            storyStart.append(Int32(storyTerms.count))
        }
        let averageLength = stories.isEmpty ? 0 : totalLength / Double(stories.count)
        lengthNorm = stories.map { story in
            let length = analyses[story.representative].length
            return Scoring.saturation
                * (1 - Scoring.lengthNormalisation
                    + Scoring.lengthNormalisation * (averageLength > 0 ? length / averageLength : 1))
        }
        var postingStart = [Int32](repeating: 0, count: stems.count + 1)
        for term in stems.indices { postingStart[term + 1] = postingStart[term] + df[term] }
        var fill = Array(postingStart.dropLast())
        var postingStory = [Int32](repeating: 0, count: storyTerms.count)
        var postingWeight = [Float](repeating: 0, count: storyTerms.count)
        var highestWeight = [Float](repeating: 0, count: stems.count)
        for story in stories.indices {
            for at in Int(storyStart[story])..<Int(storyStart[story + 1]) {
                let term = Int(storyTerms[at])
                let slot = Int(fill[term])
                fill[term] += 1
                postingStory[slot] = Int32(story)
                let weight = Float(Scoring.termFrequency(storyCounts[at], lengthNorm: lengthNorm[story]))
                postingWeight[slot] = weight
                highestWeight[term] = max(highestWeight[term], weight)
            }
        }
        self.stems = stems
        documentFrequency = df
        self.postingStart = postingStart
        self.postingStory = postingStory
        self.postingWeight = postingWeight
        self.highestWeight = highestWeight
        self.storyStart = storyStart
        self.storyTerms = storyTerms
        storyCount = stories.count
        self.ids = ids
    }

    var termCount: Int { stems.count }

    /// The number of `stem`, if some story has it.
    func term(of stem: String) -> Int? {
        ids.lookUp(StemHash.of(stem)).flatMap { stems[Int($0)] == stem ? Int($0) : nil }
    }

    /// ``Scoring/rarity(documentFrequency:poolSize:)`` of `term`.
    func rarity(of term: Int) -> Double {
        Scoring.rarity(documentFrequency: Int(documentFrequency[term]), poolSize: storyCount)
    }

    /// The postings of `term`: indices into ``postingStory`` and ``postingWeight``.
    func postings(of term: Int) -> Range<Int> {
        Int(postingStart[term])..<Int(postingStart[term + 1])
    }

    /// The terms of `story`, sorted.
    func terms(of story: Int) -> ArraySlice<Int32> {
        storyTerms[Int(storyStart[story])..<Int(storyStart[story + 1])]
    }

    /// Whether `story` has `term`.
    func story(_ story: Int, has term: Int) -> Bool {
        let terms = terms(of: story)
        var low = terms.startIndex
        var high = terms.endIndex
        while low < high {
            let middle = (low + high) / 2
            if terms[middle] < term { low = middle + 1 } else { high = middle }
        }
        return low < terms.endIndex && terms[low] == Int32(term)
    }

    /// `x_e(term)` in `story`, 0 when it is not there.
    func weight(of term: Int, in story: Int) -> Double {
        guard self.story(story, has: term) else { return 0 }
        let range = postings(of: term)
        var low = range.lowerBound
        var high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if postingStory[middle] < story { low = middle + 1 } else { high = middle }
        }
        return Double(postingWeight[low])
    }
}

/// From 64-bit stem hashes to term numbers: open addressing, linear probing, at most half full.
/// Hashes are already mixed (``StemHash``), so their low bits pick the slot.
private struct HashIndex: Sendable {
    private var keys: [UInt64] = Array(repeating: 0, count: 1 << 12)
    private var values: [Int32] = Array(repeating: -1, count: 1 << 12)
    private var used = 0

    /// The number of `hash`, given `next` if it is new.
    mutating func id(of hash: UInt64, next: Int32) -> Int32 {
        if used * 2 >= keys.count { grow() }
        var slot = Int(truncatingIfNeeded: hash) & (keys.count - 1)
        while values[slot] >= 0 {
            if keys[slot] == hash { return values[slot] }
            slot = (slot + 1) & (keys.count - 1)
        }
        keys[slot] = hash
        values[slot] = next
        used += 1
        return next
    }

    func lookUp(_ hash: UInt64) -> Int32? {
        var slot = Int(truncatingIfNeeded: hash) & (keys.count - 1)
        while values[slot] >= 0 {
            if keys[slot] == hash { return values[slot] }
            slot = (slot + 1) & (keys.count - 1)
        }
        return nil
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: -1, count: oldKeys.count * 2)
        for (key, value) in zip(oldKeys, oldValues) where value >= 0 {
            var slot = Int(truncatingIfNeeded: key) & (keys.count - 1)
            while values[slot] >= 0 { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            values[slot] = value
        }
    }
}
