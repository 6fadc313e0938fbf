/// For each phrase, the stories it is found in: the inverted index a friend's own words and
/// phrases are read from, so that the work follows the matches.
///
/// An interest (and each word of one, which is a phrase of its own) is looked for in the copy
/// that stands for the story only, as a whole phrase or, for two or more words, with its words
/// close together (``NearMatcher``); an avoid phrase in every copy, because a veto errs on the
/// side of caution (the first copy it is found in is the one reported).
struct Postings: Sendable {
    struct Posting: Sendable {
        let story: Int
        /// The copy the phrase was found in.
        let candidate: Int
        /// `tf(n_e(P))` of ``Scoring``: how strongly the phrase is found in that copy, before its
        /// rarity and weight. 0 for an avoid phrase.
        let strength: Double
    }

    /// By phrase id, each in story order.
    let lists: [[Posting]]

    init(phrases: [Phrase], stories: [Story], analyses: [EntryAnalysis], lengthNorm: [Double]) {
        let isInterest = phrases.map { $0.role == .interest }
        var lists = Array(repeating: [Posting](), count: phrases.count)
        for (story, copies) in stories.enumerated() {
            Self.list(
                copies.representative, of: story, interests: true, analyses: analyses, isInterest: isInterest,
                lengthNorm: lengthNorm[story], into: &lists)
            for copy in copies.others {
                Self.list(copy, of: story, interests: false, analyses: analyses, isInterest: isInterest, lengthNorm: 0, into: &lists)
            }
        }
        self.lists = lists
    }

    /// Lists `story` under each phrase found in `candidate`, one of its copies, unless it is listed
    /// there already: avoid phrases always, interests only when `interests` is true.
    private static func list(
        _ candidate: Int, of story: Int, interests: Bool, analyses: [EntryAnalysis], isInterest: [Bool], lengthNorm: Double,
        into lists: inout [[Posting]]
    ) {
        let analysis = analyses[candidate]
        let matches = analysis.matches
        var found: [Int] = []
        var start = 0
        while start < matches.count {
            let phrase = matches[start].phrase
            var end = start + 1
            while end < matches.count, matches[end].phrase == phrase { end += 1 }
            found.append(phrase)
            start = end
        }
        if interests {
            for near in analysis.near where found.last != near.phrase && !found.contains(near.phrase) { found.append(near.phrase) }
        }
        for phrase in found where (interests || !isInterest[phrase]) && lists[phrase].last?.story != story {
            var strength = 0.0
            if isInterest[phrase] {
                let count = Scoring.weightedCount(
                    of: analysis.matches(of: phrase), near: analysis.nearMatches(of: phrase), hasSummary: analysis.hasSummary)
                strength = Scoring.termFrequency(count, lengthNorm: lengthNorm)
            }
            lists[phrase].append(Posting(story: story, candidate: candidate, strength: strength))
        }
    }

    /// How many stories `phrase` is found in.
    func documentFrequency(of phrase: Int) -> Int {
        lists[phrase].count
    }
}
