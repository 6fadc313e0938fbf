/// The sense gate of ``Scoring``: whether a story's words are of the sense of a one-word interest
/// that the friend's other interests settle (``InterestModel/Sense``).
extension Ranker {
    /// Whether `story`'s words are of `sense`: their vector, `unit(Σ rarity(t) × v_t)` over the
    /// story's terms the table knows other than the interest's own, is at
    /// ``Expansion/senseCloseness`` or closer to it. Without a word table every story is.
    ///
    /// The sum over the story's terms is the same for every interest and every friend, so it is
    /// kept in `cache` (one per worker) the first time it is asked for; only the interest's own
    /// word is taken out each time. Summing afresh on every call was a fifth of `share match`.
    func isOf(_ sense: InterestModel.Sense, story: Int, cache: StoryVectors?) -> Bool {
        guard let vectors else { return true }
        var sum = cache?.sum(of: story, in: self, vectors: vectors) ?? termSum(of: story, vectors: vectors)
        defer { cache?.giveBack(sum) }
        for term in sense.ownTerms where terms.story(story, has: term) {
            let index = vectorOfTerm[term]
            if index >= 0 { vectors.add(Int(index), times: -termRarity[term], to: &sum) }
        }
        var dot: Float = 0
        var norm: Float = 0
        for d in sum.indices {
            dot += sum[d] * sense.vector[d]
            norm += sum[d] * sum[d]
        }
        return norm > 0 && dot / norm.squareRoot() >= Expansion.senseCloseness
    }

    /// `Σ rarity(t) × v_t` over `story`'s terms that the table knows.
    fileprivate func termSum(of story: Int, vectors: WordVectors, into sum: [Float]? = nil) -> [Float] {
        var sum = sum ?? [Float](repeating: 0, count: vectors.dims)
        for d in sum.indices { sum[d] = 0 }
        for term in terms.terms(of: story) {
            let index = vectorOfTerm[Int(term)]
            if index >= 0 { vectors.add(Int(index), times: termRarity[Int(term)], to: &sum) }
        }
        return sum
    }
}

/// Each story's ``Ranker/isOf(_:story:cache:)`` sum, worked out once: for one worker at a time
/// (it is part of ``Ranker/Scratch``), so it needs no lock.
final class StoryVectors {
    private let storyCount: Int
    private var sums: [Float] = []
    private var isKnown: [Bool] = []
    /// One vector lent out at a time and given back, so that a look-up allocates nothing.
    private var spare: [Float]?

    init(storyCount: Int) {
        self.storyCount = storyCount
    }

    /// The story's sum, in a vector the caller gives back (``giveBack(_:)``) when done.
    fileprivate func sum(of story: Int, in ranker: Ranker, vectors: WordVectors) -> [Float] {
        let dims = vectors.dims
        if sums.isEmpty {
            sums = Array(repeating: 0, count: storyCount * dims)
            isKnown = Array(repeating: false, count: storyCount)
        }
        var sum = spare.take() ?? [Float](repeating: 0, count: dims)
        if isKnown[story] {
            for d in 0..<dims { sum[d] = sums[story * dims + d] }
        } else {
            sum = ranker.termSum(of: story, vectors: vectors, into: sum)
            for d in 0..<dims { sums[story * dims + d] = sum[d] }
            isKnown[story] = true
        }
        return sum
    }

    fileprivate func giveBack(_ vector: [Float]) {
        spare = vector
    }
}
