/// The sense gate of ``Scoring``: whether a story's words are of the sense of a one-word interest
/// that the friend's other interests settle (``InterestModel/Sense``).
extension Ranker {
    /// Whether `story`'s words are of `sense`: their vector, `unit(Σ rarity(t) × v_t)` over the
    /// story's terms the table knows other than the interest's own, is at
    /// ``Expansion/senseCloseness`` or closer to it. Without a word table every story is.
    ///
    /// The sum over the story's terms is the same for every interest and every friend, so it is
    /// worked out once per run (``StorySums``); only the interest's own word is taken out here,
    /// number by number, so that the check allocates nothing.
    func isOf(_ sense: InterestModel.Sense, story: Int) -> Bool {
        guard let vectors, let storySums else { return true }
        var dot: Float = 0
        var norm: Float = 0
        // The own word's terms found in the story, with their weights, on the stack: the gate
        // asks this of nearly every story with the word, for every friend.
        withUnsafeTemporaryAllocation(of: (index: Int, weight: Float).self, capacity: sense.ownTerms.count) { own in
            var found = 0
            for term in sense.ownTerms where terms.story(story, has: term) {
                let index = vectorOfTerm[term]
                if index >= 0 {
                    own[found] = (Int(index), -termRarity[term])
                    found += 1
                }
            }
            storySums.withSum(of: story) { sum in
                vectors.withVectors { table in
                    for d in 0..<sum.count {
                        var value = sum[d]
                        for (index, weight) in own[..<found] { value += weight * table[index * sum.count + d] }
                        dot += value * sense.vector[d]
                        norm += value * value
                    }
                }
            }
        }
        return norm > 0 && dot / norm.squareRoot() >= Expansion.senseCloseness
    }
}

/// Each story's `Σ rarity(t) × v_t` over its terms that the word table knows, worked out once per
/// run on all the cores, for the sense gate (``Ranker/isOf(_:story:)``).
///
/// Kept for every story, not as asked: a run with many friends asks for nearly all of them, and
/// a sum kept per worker was worked out once per core. At 64 numbers a story it is 5 MB for
/// 20,000 stories.
struct StorySums: Sendable {
    private let dims: Int
    /// `storyCount × dims`.
    private let sums: [Float]

    init(terms: PoolTerms, vectors: WordVectors, vectorOfTerm: [Int32], termRarity: [Float]) {
        let dims = vectors.dims
        let chunk = 512
        let starts = Array(stride(from: 0, to: terms.storyCount, by: chunk))
        let parts = Parallel.map(starts, chunkSize: 1) { start in
            let end = min(start + chunk, terms.storyCount)
            var part = [Float](repeating: 0, count: (end - start) * dims)
            var sum = [Float](repeating: 0, count: dims)
            for story in start..<end {
                for d in 0..<dims { sum[d] = 0 }
                for term in terms.terms(of: story) {
                    let index = vectorOfTerm[Int(term)]
                    if index >= 0 { vectors.add(Int(index), times: termRarity[Int(term)], to: &sum) }
                }
                let offset = (story - start) * dims
                for d in 0..<dims { part[offset + d] = sum[d] }
            }
            return part
        }
        self.dims = dims
        sums = Array(parts.joined())
    }

    /// Calls `body` with the sum of `story`, without copying it.
    func withSum<Result>(of story: Int, _ body: (UnsafeBufferPointer<Float>) -> Result) -> Result {
        sums.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[story * dims..<(story + 1) * dims])) }
    }
}
