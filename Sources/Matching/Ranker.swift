/// Scores the pool for one friend: every story one of their interests' terms is found in and none
/// of their avoid phrases is, by the formula of ``Scoring``, best first.
///
/// Only the postings of the friend's own terms are read — own words and phrases from
/// ``Postings``, learned words from ``PoolTerms`` — so the work is the number of matches, not the
/// size of the pool. Stories of equal score are ordered by their key (the link of the copy that
/// stands for them), which makes every run over the same input give the same result.
struct Ranker: Sendable {
    struct Entry: Sendable {
        let story: Int
        let score: Double
        /// The interest adding most to the score (by the friend's order when equal): what
        /// ``Diversity`` spreads over.
        let mainInterest: Int
    }

    /// Working space for one friend at a time, kept between friends so as not to be made again.
    struct Scratch {
        /// By story, one interest's parts while it is scored: side by side, so that a posting
        /// costs one cache line, and written through one buffer (no check per write).
        fileprivate var parts: [InterestParts]
        fileprivate var interestTouched: [Int] = []
        fileprivate var total: [Double]
        fileprivate var main: [Int32]
        fileprivate var mainScore: [Double]
        fileprivate var touched: [Int] = []
        fileprivate var vetoed: [Bool]
        /// By term, for feedback: `p_fb` and the number of feedback stories.
        var termShare: [Double]
        var termStories: [Int32]
        var termTouched: [Int] = []
        /// By story, for feedback: its score summed over the friend's interests (0 between uses).
        var storyTotal: [Double]
        /// The stories in play for the friend being ranked (``Ranker/markInPlay(_:bar:scratch:)``).
        var inPlay: StorySet
        /// By story, while the stories in play are found: its bound (0 between uses).
        var bound: [Double]
        /// The stories with a bound, while they are found.
        var reached: StorySet

        init(storyCount: Int, termCount: Int) {
            parts = Array(repeating: InterestParts(), count: storyCount)
            total = Array(repeating: 0, count: storyCount)
            mainScore = total
            main = Array(repeating: -1, count: storyCount)
            vetoed = Array(repeating: false, count: storyCount)
            termShare = Array(repeating: 0, count: termCount)
            termStories = Array(repeating: 0, count: termCount)
            storyTotal = total
            inPlay = StorySet(storyCount: storyCount)
            bound = total
            reached = inPlay
        }
    }

    let postings: Postings
    let terms: PoolTerms
    /// By phrase: ``Scoring/rarity(documentFrequency:poolSize:)``.
    let rarity: [Double]
    /// By phrase: the stem and folded text of its first word (what an own word is).
    let firstWords: [(stem: String, text: String)]
    /// By story: ``Scoring/freshness(published:now:halfLife:)`` of the copy that stands for it.
    let freshness: [Double]
    /// By story: ``Story/key``, which orders stories of equal score.
    let keys: [String]
    let vectors: WordVectors?
    /// By stem of ``vectors``: its number in ``terms``, or -1 when no story has it.
    let termOfVector: [Int32]
    /// By term of ``terms``: its stem's number in ``vectors``, or -1 when the table has none.
    let vectorOfTerm: [Int32]
    /// By term of ``terms``, with a word table: its rarity (for the sense gate).
    let termRarity: [Float]
    /// With a word table, for the sense gate.
    let storySums: StorySums?

    init(
        postings: Postings, terms: PoolTerms, phrases: [Phrase], vectors: WordVectors?, stories: [Story], candidates: [Candidate],
        options: MatchOptions
    ) {
        self.postings = postings
        self.terms = terms
        rarity = postings.lists.map { Scoring.rarity(documentFrequency: $0.count, poolSize: stories.count) }
        firstWords = phrases.map { ($0.words[0].stem, $0.words[0].folded) }
        freshness = stories.map {
            Scoring.freshness(published: candidates[$0.representative].published, now: options.now, halfLife: options.freshnessHalfLife)
        }
        keys = stories.map(\.key)
        self.vectors = vectors
        termOfVector = vectors.map { table in table.stems.map { terms.term(of: $0).map(Int32.init) ?? -1 } } ?? []
        var vectorOfTerm = [Int32](repeating: -1, count: vectors == nil ? 0 : terms.termCount)
        for (index, term) in termOfVector.enumerated() where term >= 0 { vectorOfTerm[Int(term)] = Int32(index) }
        self.vectorOfTerm = vectorOfTerm
        let termRarity = vectors == nil ? [] : (0..<terms.termCount).map { Float(terms.rarity(of: $0)) }
        self.termRarity = termRarity
        storySums = vectors.map { StorySums(terms: terms, vectors: $0, vectorOfTerm: vectorOfTerm, termRarity: termRarity) }
    }

    /// `score_i(e)` of ``Scoring``, unweighted and before freshness, of every story where one of
    /// `interest`'s terms is found (0 for a gated one), in the order first found, and whether the
    /// story speaks of the interest (``InterestModel/isSpokenOf(found:hasPhrase:learnedFound:)``).
    /// With `inPlayOnly`, only the stories of `scratch.inPlay` are scored.
    func interestScores(of interest: InterestModel, inPlayOnly: Bool = false, scratch: inout Scratch) -> [(
        story: Int, score: Double, isSpokenOf: Bool
    )] {
        var touched = scratch.interestTouched
        scratch.interestTouched = []
        let inPlay = scratch.inPlay
        defer { scratch.interestTouched = touched }
        return scratch.parts.withUnsafeMutableBufferPointer { parts in
            for word in interest.words {
                for posting in postings.lists[word.phrase] {
                    if inPlayOnly && !inPlay.contains(posting.story) { continue }
                    if parts[posting.story].touch() { touched.append(posting.story) }
                    parts[posting.story].own += word.weight * posting.strength
                    parts[posting.story].ownCount += 1
                }
            }
            if let phrase = interest.phrase {
                for posting in postings.lists[phrase] {
                    if inPlayOnly && !inPlay.contains(posting.story) { continue }
                    if parts[posting.story].touch() { touched.append(posting.story) }
                    parts[posting.story].other += interest.phraseRarity * posting.strength
                    parts[posting.story].isSupported = true
                }
            }
            terms.postingStory.withUnsafeBufferPointer { postingStory in
                terms.postingWeight.withUnsafeBufferPointer { postingWeight in
                    for word in interest.learned {
                        let isKnowledge = if case .wordKnowledge = word.source { true } else { false }
                        for at in terms.postings(of: word.term) {
                            let story = Int(postingStory[at])
                            if inPlayOnly && !inPlay.contains(story) { continue }
                            if parts[story].touch() { touched.append(story) }
                            let added = word.weight * Double(postingWeight[at])
                            parts[story].other += added
                            parts[story].learned += added
                            parts[story].learnedFound += 1
                            if isKnowledge { parts[story].knowledge += added }
                        }
                    }
                }
            }
            var scores: [(story: Int, score: Double, isSpokenOf: Bool)] = []
            scores.reserveCapacity(touched.count)
            for story in touched {
                let part = parts[story]
                let gate = interest.gate(
                    found: Int(part.ownCount), hasPhrase: part.isSupported, learned: part.learned, knowledge: part.knowledge
                ) { isOf($0, story: story) }
                let isSpokenOf = interest.isSpokenOf(found: Int(part.ownCount), hasPhrase: part.isSupported, learnedFound: Int(part.learnedFound))
                scores.append((story, (gate != nil ? 0 : part.own) + part.other, isSpokenOf))
                parts[story] = InterestParts()
            }
            touched.removeAll(keepingCapacity: true)
            return scores
        }
    }

    /// The stories scoring above 0 and at least `minScore` for `model` and not vetoed, best first.
    func ranking(for model: FriendModel, minScore: Double, scratch: inout Scratch) -> [Entry] {
        ranking(for: model, minScore: minScore, bar: minScore, scratch: &scratch)
    }

    /// The stories scoring above 0 and at least `minScore` for `model` and not vetoed, best first:
    /// with a `bar`, those of the stories in play for it (``markInPlay(_:bar:scratch:)``), which
    /// are all that score `bar` or more; without one, of every story.
    func ranking(for model: FriendModel, minScore: Double, bar: Double?, scratch: inout Scratch) -> [Entry] {
        let inPlayOnly = bar.map { $0 > 0 && model.interests.allSatisfy { $0.weight >= 0 } } ?? false
        if inPlayOnly, let bar { markInPlay(model, bar: bar, scratch: &scratch) }
        defer { scratch.inPlay.removeAll() }
        for (order, interest) in model.interests.enumerated() {
            for (story, score, _) in interestScores(of: interest, inPlayOnly: inPlayOnly, scratch: &scratch) {
                if scratch.main[story] < 0 {
                    scratch.touched.append(story)
                    scratch.main[story] = Int32(order)
                    scratch.mainScore[story] = -1
                }
                let contribution = interest.weight * score
                scratch.total[story] += contribution
                if contribution > scratch.mainScore[story] {
                    scratch.mainScore[story] = contribution
                    scratch.main[story] = Int32(order)
                }
            }
        }
        for avoid in model.avoid {
            for posting in postings.lists[avoid] { scratch.vetoed[posting.story] = true }
        }
        var entries: [Entry] = []
        for story in scratch.touched {
            let score = scratch.total[story] * freshness[story]
            if !scratch.vetoed[story] && score > 0 && score >= minScore {
                entries.append(Entry(story: story, score: score, mainInterest: Int(scratch.main[story])))
            }
            scratch.total[story] = 0
            scratch.main[story] = -1
        }
        for avoid in model.avoid {
            for posting in postings.lists[avoid] { scratch.vetoed[posting.story] = false }
        }
        scratch.touched.removeAll(keepingCapacity: true)
        entries.sort { $0.score != $1.score ? $0.score > $1.score : (keys[$0.story], $0.story) < (keys[$1.story], $1.story) }
        return entries
    }

    /// Where `phrase` is found in `story`, if it is.
    func posting(of phrase: Int, in story: Int) -> Postings.Posting? {
        let list = postings.lists[phrase]
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle].story < story { low = middle + 1 } else { high = middle }
        }
        return low < list.count && list[low].story == story ? list[low] : nil
    }
}

/// One story's parts of one interest's score while it is computed (``Ranker/interestScores(of:scratch:)``).
struct InterestParts {
    /// `Σ q × tf` of the interest's own words.
    var own = 0.0
    /// The phrase's and the learned words' part.
    var other = 0.0
    /// The learned words' part alone, for the gates of ``Scoring``.
    var learned = 0.0
    /// The part of ``learned`` from word knowledge, for the sense gate.
    var knowledge = 0.0
    /// How many of the own words are found.
    var ownCount: Int32 = 0
    /// How many of the learned words are found.
    var learnedFound: Int16 = 0
    /// Whether the whole phrase is found.
    var isSupported = false
    /// Whether the story is in the interest's list yet.
    var isTouched = false

    /// Marks the story as touched: true the first time.
    @inline(__always)
    mutating func touch() -> Bool {
        defer { isTouched = true }
        return !isTouched
    }
}
