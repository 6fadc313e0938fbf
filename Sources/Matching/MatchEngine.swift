import TextAnalysis

/// Matches friends' interests against a run's entries: for each friend, the entries they would be
/// glad to get, best first, each with its reasons; and, for any friend and entry, why or why not.
///
/// Making the engine does the reading, once per run:
///
/// 1. every interest and avoid phrase of every friend goes into one ``PhraseIndex``, each distinct
///    phrase once;
/// 2. every entry is analysed once, and the phrases of the index found in it, field by field
///    (``EntryAnalysis``, ``PhraseMatcher``);
/// 3. copies of the same story are made one (``Deduplication``), and each phrase listed with the
///    stories it is found in (``Postings``), which gives its rarity.
///
/// The phrase index is what makes it scale: from the stem of a word of an entry to the phrases
/// that can start with it, and so to the friends who have them; the postings lead back from each
/// phrase to the stories it is in. ``suggestions()`` then scores, for each friend, just the
/// stories their phrases are found in (``Scoring``, ``Ranker``) and picks from the best
/// (``Selection``): at most ``MatchOptions/perFriend`` suggestions, nothing already sent, nothing
/// below ``MatchOptions/minScore``, at most ``MatchOptions/perFeed`` from one feed. The work
/// follows the matches, not the number of friends times the number of entries; the entries are
/// analysed, and the friends ranked, on all the machine's cores (``Parallel``).
///
/// The result depends on the input's content only, never on its order or on timing: ties are
/// broken by the entries' links.
public struct MatchEngine: Sendable {
    public let friends: [Friend]
    public let candidates: [Candidate]
    public let options: MatchOptions
    /// By friend, in the order of ``friends``.
    let profiles: [FriendProfile]
    /// By candidate, in the order of ``candidates``.
    let analyses: [EntryAnalysis]
    let stories: [Story]
    /// By candidate: the index of its story in ``stories``.
    let storyOfCandidate: [Int]
    let ranker: Ranker

    public init(friends: [Friend], candidates: [Candidate], options: MatchOptions) {
        let analyzer = TextAnalyzer()
        var index = PhraseIndex(analyzer: analyzer)
        profiles = friends.map { FriendProfile($0, index: &index) }
        let matcher = PhraseMatcher(index: index)
        analyses = Parallel.map(Array(candidates.indices)) { [candidates] in
            EntryAnalysis(candidates[$0], matcher: matcher, analyzer: analyzer)
        }
        stories = Deduplication.stories(of: candidates, titles: analyses.map(\.title))
        var storyOfCandidate = Array(repeating: 0, count: candidates.count)
        for (storyIndex, story) in stories.enumerated() {
            storyOfCandidate[story.representative] = storyIndex
            for copy in story.others { storyOfCandidate[copy] = storyIndex }
        }
        self.storyOfCandidate = storyOfCandidate
        let postings = Postings(phrases: index.phrases, stories: stories, analyses: analyses)
        ranker = Ranker(postings: postings, stories: stories, candidates: candidates, options: options)
        self.friends = friends
        self.candidates = candidates
        self.options = options
    }

    /// How many stories the run's entries come to, copies of one story counted once: the `N` of
    /// ``Scoring``.
    public var storyCount: Int { stories.count }

    /// Each friend's suggestions, in the order of ``friends``, each friend's best first.
    public func suggestions() -> [FriendSuggestions] {
        Parallel.map(Array(friends.indices), chunkSize: 64) { friendIndices, results in
            var scratch = Ranker.Scratch(storyCount: stories.count)
            for friendIndex in friendIndices {
                results.append(suggestions(forFriendAt: friendIndex, scratch: &scratch))
            }
        }
    }

    private func suggestions(forFriendAt friendIndex: Int, scratch: inout Ranker.Scratch) -> FriendSuggestions {
        let friend = friends[friendIndex], profile = profiles[friendIndex]
        var selection = Selection(friendID: friend.id, options: options, stories: stories, candidates: candidates)
        var suggestions: [Suggestion] = []
        for entry in ranker.ranking(for: profile, minScore: options.minScore, scratch: &scratch) {
            if selection.isFull { break }
            guard case let .picked(rank) = selection.decide(entry.story) else { continue }
            let story = stories[entry.story]
            suggestions.append(Suggestion(
                friend: friend, candidate: candidates[story.representative], otherCopies: story.others.map { candidates[$0] },
                rank: rank, score: entry.score, reasons: reasons(for: profile, story: entry.story)
            ))
        }
        return FriendSuggestions(friend: friend, suggestions: suggestions)
    }

    /// The reasons `story` matches `profile`: interest by interest, the one adding most to the
    /// score first (in the friend's order when equal), and for each interest field by field, in
    /// the order of ``Field``.
    func reasons(for profile: FriendProfile, story storyIndex: Int) -> [MatchReason] {
        let representative = stories[storyIndex].representative
        let candidate = candidates[representative]
        let found = profile.interests.enumerated().compactMap { order, interest -> (Double, Int, FriendProfile.WeightedPhrase)? in
            ranker.posting(of: interest.phrase, in: storyIndex).map {
                (interest.weight * ranker.rarity[interest.phrase] * $0.strength, order, interest)
            }
        }
        return found.sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }.flatMap { _, _, interest in
            analyses[representative].matches(of: interest.phrase).map { match in
                MatchReason(
                    interest: interest.text, field: match.field, quote: match.quote(in: candidate), occurrences: match.count,
                    categoryIndex: match.field == .categories ? match.categoryIndex : nil
                )
            }
        }
    }
}
