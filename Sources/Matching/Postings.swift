/// For each phrase, the stories it is found in: the inverted index a friend's ranking is read
/// from, so that the work follows the matches and never visits a story none of the friend's
/// phrases is in.
///
/// An interest is looked for in the copy that stands for the story only; an avoid phrase in every
/// copy, because a veto errs on the side of caution (the first copy it is found in is the one
/// reported).
struct Postings: Sendable {
    struct Posting: Sendable {
        let story: Int
        /// The copy the phrase was found in.
        let candidate: Int
        /// ``Scoring/strength(of:hasSummary:)`` of the phrase in that copy.
        let strength: Double
    }

    /// By phrase id, each in story order.
    let lists: [[Posting]]

    init(phrases: [Phrase], stories: [Story], analyses: [EntryAnalysis]) {
        let isInterest = phrases.map { $0.role == .interest }
        var lists = Array(repeating: [Posting](), count: phrases.count)
        for (story, copies) in stories.enumerated() {
            Self.list(copies.representative, of: story, interests: true, analyses: analyses, isInterest: isInterest, into: &lists)
            for copy in copies.others {
                Self.list(copy, of: story, interests: false, analyses: analyses, isInterest: isInterest, into: &lists)
            }
        }
        self.lists = lists
    }

    /// Lists `story` under each phrase found in `candidate`, one of its copies, unless it is listed
    /// there already: avoid phrases always, interests only when `interests` is true.
    private static func list(
        _ candidate: Int, of story: Int, interests: Bool, analyses: [EntryAnalysis], isInterest: [Bool], into lists: inout [[Posting]]
    ) {
        let analysis = analyses[candidate]
        let matches = analysis.matches
        var start = 0
        while start < matches.count {
            let phrase = matches[start].phrase
            var end = start + 1
            while end < matches.count, matches[end].phrase == phrase { end += 1 }
            if (interests || !isInterest[phrase]) && lists[phrase].last?.story != story {
                let strength = isInterest[phrase] ? Scoring.strength(of: matches[start ..< end], hasSummary: analysis.hasSummary) : 0
                lists[phrase].append(Posting(story: story, candidate: candidate, strength: strength))
            }
            start = end
        }
    }

    /// How many stories `phrase` is found in.
    func documentFrequency(of phrase: Int) -> Int {
        lists[phrase].count
    }
}
