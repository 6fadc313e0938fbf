/// Reading fewer postings: the learned words that cannot lift a story to the bar that matters.
///
/// A story is ranked only when its score reaches ``MatchOptions/minScore``. A learned word `t` of
/// interest `i` adds at most `weight(i) × q_i(t) × max_e x_e(t)` to any story's score (freshness is
/// at most 1, and the gates of ``Scoring`` only take away). For a bar `B`, the friend's **minor
/// words** are their learned words of smallest bound, taken while the bounds sum to less than `B`.
/// A story with none of the friend's other terms (own words, whole phrases, learned words that
/// are not minor) cannot reach `B` on minor words alone, so the stories **in play** are those with
/// some other term. A minor word's postings are read for the stories in play only, and the score
/// of each story in play is the one reading everything gives, its parts added in the same order.
/// This is MaxScore's idea (Turtle and Flood, 1995).
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
/// threshold of 0 (`--min-score 0`) only the raised bar can leave words out; with an interest of
/// negative weight every word is read.
extension Ranker {
    /// By interest of `model`, by learned word: whether it is minor below `bar`. Nil when none
    /// can be.
    func minorWords(of model: FriendModel, below bar: Double) -> [[Bool]]? {
        guard bar > 0, model.interests.allSatisfy({ $0.weight >= 0 }) else { return nil }
        var bounds: [(bound: Double, interest: Int, word: Int)] = []
        for (place, interest) in model.interests.enumerated() {
            for (index, word) in interest.learned.enumerated() {
                bounds.append((max(0, interest.weight * word.weight * Double(terms.highestWeight[word.term])), place, index))
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

    /// Puts in `inPlay` every story with a term of `model` that is not minor.
    func markInPlay(_ model: FriendModel, minor: [[Bool]], in inPlay: inout StorySet) {
        for (place, interest) in model.interests.enumerated() {
            for word in interest.words {
                for posting in postings.lists[word.phrase] { inPlay.insert(posting.story) }
            }
            if let phrase = interest.phrase {
                for posting in postings.lists[phrase] { inPlay.insert(posting.story) }
            }
            for (index, word) in interest.learned.enumerated() where !minor[place][index] {
                for at in terms.postings(of: word.term) { inPlay.insert(Int(terms.postingStory[at])) }
            }
        }
    }

    /// The friend's ranking as ``Diversity`` orders it for `selection`, from the stories in play
    /// for the raised bar (steps 1 to 3 above); nil when the bar does not settle the picks.
    func quickRanking(for model: FriendModel, minScore: Double, selection: Selection, scratch: inout Scratch) -> [Entry]? {
        guard model.interests.allSatisfy({ $0.weight >= 0 }),
            let best = ranking(for: model.withoutLearnedWords, minScore: minScore, minor: nil, scratch: &scratch).first?.score
        else { return nil }
        let bar = Diversity.floor * best
        guard bar > minScore else { return nil }
        let ranking = Diversity.ordered(
            self.ranking(for: model, minScore: minScore, minor: minorWords(of: model, below: bar), scratch: &scratch), selection: selection)
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
    private var members: [Int] = []

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
