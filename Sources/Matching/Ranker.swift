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
        fileprivate var own: [Double]
        fileprivate var other: [Double]
        fileprivate var ownCount: [Int32]
        fileprivate var supported: [Bool]
        fileprivate var learned: [Double]
        fileprivate var interestTouched: [Int] = []
        fileprivate var inInterest: [Bool]
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

        init(storyCount: Int, termCount: Int) {
            own = Array(repeating: 0, count: storyCount)
            other = own
            total = own
            mainScore = own
            learned = own
            ownCount = Array(repeating: 0, count: storyCount)
            main = Array(repeating: -1, count: storyCount)
            supported = Array(repeating: false, count: storyCount)
            inInterest = supported
            vetoed = supported
            termShare = Array(repeating: 0, count: termCount)
            termStories = Array(repeating: 0, count: termCount)
            storyTotal = own
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

    init(postings: Postings, terms: PoolTerms, phrases: [Phrase], vectors: WordVectors?, stories: [Story], candidates: [Candidate], options: MatchOptions) {
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
    }

    /// `score_i(e)` of ``Scoring``, unweighted and before freshness, of every story where one of
    /// `interest`'s terms is found (0 for a gated one), in the order first found.
    func interestScores(of interest: InterestModel, scratch: inout Scratch) -> [(story: Int, score: Double)] {
        func touch(_ story: Int) {
            if !scratch.inInterest[story] {
                scratch.inInterest[story] = true
                scratch.interestTouched.append(story)
            }
        }
        for word in interest.words {
            for posting in postings.lists[word.phrase] {
                touch(posting.story)
                scratch.own[posting.story] += word.weight * posting.strength
                scratch.ownCount[posting.story] += 1
            }
        }
        if let phrase = interest.phrase {
            for posting in postings.lists[phrase] {
                touch(posting.story)
                scratch.other[posting.story] += interest.phraseRarity * posting.strength
                scratch.supported[posting.story] = true
            }
        }
        for word in interest.learned {
            for at in terms.postings(of: word.term) {
                let story = Int(terms.postingStory[at])
                touch(story)
                scratch.other[story] += word.weight * Double(terms.postingWeight[at])
                scratch.learned[story] += word.weight * Double(terms.postingWeight[at])
            }
        }
        var scores: [(story: Int, score: Double)] = []
        scores.reserveCapacity(scratch.interestTouched.count)
        for story in scratch.interestTouched {
            let supported = scratch.supported[story] || scratch.learned[story] >= Expansion.gateSupport
            let gated = interest.isGated && scratch.ownCount[story] == 1 && !supported
            scores.append((story, (gated ? 0 : scratch.own[story]) + scratch.other[story]))
            scratch.own[story] = 0
            scratch.other[story] = 0
            scratch.ownCount[story] = 0
            scratch.supported[story] = false
            scratch.learned[story] = 0
            scratch.inInterest[story] = false
        }
        scratch.interestTouched.removeAll(keepingCapacity: true)
        return scores
    }

    /// The stories scoring above 0 and at least `minScore` for `model` and not vetoed, best first.
    func ranking(for model: FriendModel, minScore: Double, scratch: inout Scratch) -> [Entry] {
        for (order, interest) in model.interests.enumerated() {
            for (story, score) in interestScores(of: interest, scratch: &scratch) {
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
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle].story < story { low = middle + 1 } else { high = middle }
        }
        return low < list.count && list[low].story == story ? list[low] : nil
    }
}
