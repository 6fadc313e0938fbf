/// Reading fewer stories: only those that can reach the bar that matters.
///
/// A story is ranked only when its score reaches ``MatchOptions/minScore``. Every part of a score
/// is at least 0 (interests of negative weight aside: then everything is read), the gates of
/// ``Scoring`` only take away, and freshness scales the sum. So a story's score is at most its
/// **bound**: freshness × the sum over its terms of what each adds, own words counted as if no
/// gate closed. For a bar `B`:
///
/// 1. the friend's **minor words** are their learned words of smallest reach (a learned word `t`
///    of interest `i` adds at most `weight(i) × q_i(t) × max_e x_e(t)` to any story), taken while
///    their reaches sum to less than ``minorShare`` × `B`; what they add to a story is bounded by
///    that sum, so their postings are not read for the bound;
/// 2. the bound of every story with some other term of the friend (own words, whole phrases,
///    learned words that are not minor) is summed from their postings, the minor words' sum
///    added;
/// 3. the stories **in play** are those whose bound reaches `B`: every story scoring `B` or more
///    is one of them. Each is scored reading every term, its parts added in the same order as
///    when everything is read, so its score is the same to the last bit; no other story is.
///
/// This is MaxScore's idea (Turtle and Flood, 1995), with the candidates pruned by their bound
/// before the exact scores, term at a time. The bound is summed in an array of one number a story
/// (a few hundred KB, in the core's cache), the exact parts only for the few stories in play.
///
/// The bar is raised further when it is safe (``quickRanking(for:minScore:selection:scratch:)``):
///
/// 1. the stories are scored without the learned words, which only add (and open gates): the
///    best of these scores, `b₀`, is at most the friend's best score `b`;
/// 2. the stories in play for `B = 0.7 × b₀` (``Diversity/floor``) are scored and picked from,
///    as ``Diversity`` and ``Selection`` pick;
/// 3. when every pick scores at least `B` and the friend's picks are complete, they are the picks
///    of the whole ranking: every story scoring `B` or more was in play, in the same order, and
///    ``Diversity`` looks no lower than `0.7 × b ≥ B` for another interest. Otherwise the
///    ranking is made again with `B` = the threshold.
///
/// Learned words are numerous (up to 40 an interest) and the commonest of them are in a quarter of
/// the pool: they were nearly all the postings read, for stories no friend is sent. With a
/// threshold of 0 (`--min-score 0`) only the raised bar leaves stories out.
extension Ranker {
    /// The share of the bar the minor words may reach together. The smaller, the more postings
    /// are read for the bounds, and the fewer stories are in play. The results are the same
    /// whatever it is; on `MatchBenchmark` (see the README) 0.5 reads least.
    static let minorShare = 0.5

    /// By interest of `model`, by learned word: whether it is minor below `bar`. Nil when none
    /// can be.
    func minorWords(of model: FriendModel, below bar: Double) -> [[Bool]]? {
        guard bar > 0, model.interests.allSatisfy({ $0.weight >= 0 }) else { return nil }
        var bounds: [(bound: Double, interest: Int, word: Int)] = []
        for (place, interest) in model.interests.enumerated() {
            for (index, word) in interest.learned.enumerated() {
                bounds.append((reach(of: word, in: interest), place, index))
            }
        }
        guard !bounds.isEmpty else { return nil }
        bounds.sort { $0.bound != $1.bound ? $0.bound < $1.bound : ($0.interest, $0.word) < ($1.interest, $1.word) }
        var minor = model.interests.map { [Bool](repeating: false, count: $0.learned.count) }
        // A margin for sums rounded in another order than the bounds'.
        let limit = bar * (1 - 1e-9)
        var sum = 0.0
        for bound in bounds {
            guard sum + bound.bound < limit else { break }
            sum += bound.bound
            minor[bound.interest][bound.word] = true
        }
        return minor
    }

    /// The most `word` adds to any story's score.
    private func reach(of word: InterestModel.LearnedWord, in interest: InterestModel) -> Double {
        max(0, interest.weight * word.weight * Double(terms.highestWeight[word.term]))
    }

    /// Puts in `scratch.inPlay` every story whose bound for `model` reaches `bar` (steps 1 to 3
    /// above). Every interest's weight must be at least 0.
    func markInPlay(_ model: FriendModel, bar: Double, scratch: inout Scratch) {
        let minor = minorWords(of: model, below: Self.minorShare * bar)
        var minorReach = 0.0
        var reached = scratch.reached
        scratch.reached = StorySet(storyCount: 0)
        defer { scratch.reached = reached }
        scratch.bound.withUnsafeMutableBufferPointer { bound in
            for (place, interest) in model.interests.enumerated() {
                let weight = interest.weight
                for word in interest.words {
                    for posting in postings.lists[word.phrase] {
                        reached.insert(posting.story)
                        bound[posting.story] += max(0, weight * word.weight * posting.strength)
                    }
                }
                if let phrase = interest.phrase {
                    for posting in postings.lists[phrase] {
                        reached.insert(posting.story)
                        bound[posting.story] += max(0, weight * interest.phraseRarity * posting.strength)
                    }
                }
                for (index, word) in interest.learned.enumerated() {
                    if minor?[place][index] == true {
                        minorReach += reach(of: word, in: interest)
                        continue
                    }
                    let factor = max(0, weight * word.weight)
                    for at in terms.postings(of: word.term) {
                        let story = Int(terms.postingStory[at])
                        reached.insert(story)
                        bound[story] += factor * Double(terms.postingWeight[at])
                    }
                }
            }
            // A margin for sums rounded in another order than the scores'.
            let limit = bar * (1 - 1e-9)
            for story in reached.members {
                if (bound[story] + minorReach) * freshness[story] >= limit { scratch.inPlay.insert(story) }
                bound[story] = 0
            }
        }
        reached.removeAll()
    }

    /// The friend's ranking as ``Diversity`` orders it for `selection`, from the stories in play
    /// for the raised bar (steps 1 to 3 above); nil when the bar does not settle the picks.
    func quickRanking(for model: FriendModel, minScore: Double, selection: Selection, scratch: inout Scratch) -> [Entry]? {
        guard model.interests.allSatisfy({ $0.weight >= 0 }),
            let best = ranking(for: model.withoutLearnedWords, minScore: minScore, bar: nil, scratch: &scratch).first?.score
        else { return nil }
        let bar = Diversity.floor * best
        guard bar > minScore else { return nil }
        let ranking = Diversity.ordered(self.ranking(for: model, minScore: minScore, bar: bar, scratch: &scratch), selection: selection)
        var selection = selection
        for entry in ranking where !selection.isFull {
            guard case .picked = selection.decide(entry.story) else { continue }
            if entry.score < bar { return nil }
        }
        return selection.isFull ? ranking : nil
    }
}

/// A set of stories by number, a bit each: small enough to stay in the fastest cache while
/// postings stream past it. Emptied by ``removeAll()`` in the time its members take.
struct StorySet {
    private var bits: [UInt64]
    /// In the order they were put in.
    private(set) var members: [Int] = []

    init(storyCount: Int) {
        bits = Array(repeating: 0, count: storyCount / 64 + 1)
    }

    @inline(__always)
    func contains(_ story: Int) -> Bool {
        bits[story >> 6] & (1 << UInt64(story & 63)) != 0
    }

    @inline(__always)
    mutating func insert(_ story: Int) {
        let mask: UInt64 = 1 << UInt64(story & 63)
        if bits[story >> 6] & mask == 0 {
            bits[story >> 6] |= mask
            members.append(story)
        }
    }

    mutating func removeAll() {
        for story in members { bits[story >> 6] = 0 }
        members.removeAll(keepingCapacity: true)
    }
}
