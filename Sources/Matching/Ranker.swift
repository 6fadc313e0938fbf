/// Scores the pool for one friend: every story one of their interests is found in and none of their
/// avoid phrases is, by the formula of ``Scoring``, best first.
///
/// Only the postings of the friend's own phrases are read, so the work is the number of matches,
/// not the size of the pool. Stories of equal score are ordered by their key (the link of the
/// copy that stands for them), which makes every run over the same input give the same result.
struct Ranker: Sendable {
    struct Entry: Sendable {
        let story: Int
        let score: Double
    }

    /// Working space for one friend at a time, kept between friends so as not to be made again.
    struct Scratch {
        fileprivate var scores: [Double]
        fileprivate var vetoed: [Bool]
        fileprivate var touched: [Int] = []

        init(storyCount: Int) {
            scores = Array(repeating: 0, count: storyCount)
            vetoed = Array(repeating: false, count: storyCount)
        }
    }

    let postings: Postings
    /// By phrase: ``Scoring/rarity(documentFrequency:poolSize:)``.
    let rarity: [Double]
    /// By story: ``Scoring/freshness(published:now:halfLife:)`` of the copy that stands for it.
    let freshness: [Double]
    /// By story: ``Story/key``, which orders stories of equal score.
    let keys: [String]

    init(postings: Postings, stories: [Story], candidates: [Candidate], options: MatchOptions) {
        self.postings = postings
        rarity = postings.lists.map { Scoring.rarity(documentFrequency: $0.count, poolSize: stories.count) }
        freshness = stories.map {
            Scoring.freshness(published: candidates[$0.representative].published, now: options.now, halfLife: options.freshnessHalfLife)
        }
        keys = stories.map(\.key)
    }

    /// The stories scoring at least `minScore` for `profile` and not vetoed, best first.
    func ranking(for profile: FriendProfile, minScore: Double, scratch: inout Scratch) -> [Entry] {
        for interest in profile.interests {
            let factor = interest.weight * rarity[interest.phrase]
            for posting in postings.lists[interest.phrase] {
                if scratch.scores[posting.story] == 0 { scratch.touched.append(posting.story) }
                scratch.scores[posting.story] += factor * posting.strength
            }
        }
        for avoid in profile.avoid {
            for posting in postings.lists[avoid.phrase] { scratch.vetoed[posting.story] = true }
        }
        var entries: [Entry] = []
        for story in scratch.touched {
            let score = scratch.scores[story] * freshness[story]
            if !scratch.vetoed[story] && score >= minScore { entries.append(Entry(story: story, score: score)) }
            scratch.scores[story] = 0
        }
        for avoid in profile.avoid {
            for posting in postings.lists[avoid.phrase] { scratch.vetoed[posting.story] = false }
        }
        scratch.touched.removeAll(keepingCapacity: true)
        entries.sort { $0.score != $1.score ? $0.score > $1.score : (keys[$0.story], $0.story) < (keys[$1.story], $1.story) }
        return entries
    }

    /// The score of `story` for `profile`, vetoes aside: 0 when no interest is found in it.
    func score(of story: Int, for profile: FriendProfile) -> Double {
        var total = 0.0
        for interest in profile.interests {
            if let posting = posting(of: interest.phrase, in: story) {
                total += interest.weight * rarity[interest.phrase] * posting.strength
            }
        }
        return total * freshness[story]
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
