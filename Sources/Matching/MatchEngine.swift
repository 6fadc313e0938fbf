import TextAnalysis

/// Matches friends' interests against a run's entries: for each friend, the entries they would be
/// glad to get, best first, each with its reasons; and, for any friend and entry, why or why not.
///
/// Making the engine does the reading, once per run:
///
/// 1. every interest and avoid phrase of every friend, and each word of an interest of several
///    words, goes into one ``PhraseIndex``, each distinct phrase once;
/// 2. every entry is analysed once: the phrases of the index found in it, field by field
///    (``PhraseMatcher``), the interests whose words are close together (``NearMatcher``), and the
///    stems of its words (``EntryAnalysis``);
/// 3. copies of the same story are made one (``Deduplication``), each phrase listed with the
///    stories it is found in (``Postings``), and each stem too (``PoolTerms``), which give their
///    rarity.
///
/// ``suggestions()`` then, for each friend, learns words for their interests (``InterestModel``:
/// from the word table, ``WordVectors``, when given one, and from this run's best matching
/// entries), scores just the stories their terms are found in (``Scoring``, ``Ranker``) and picks
/// from the best (``Selection``, spread over their interests by ``Diversity``): at most
/// ``MatchOptions/perFriend`` suggestions, nothing already sent, nothing below
/// ``MatchOptions/minScore``, at most ``MatchOptions/perFeed`` from one feed. The entries are
/// analysed, and the friends ranked, on all the machine's cores (``Parallel``).
///
/// A friend's own post (``Candidate/postedBy``) is never suggested, to them or to anyone: it is
/// theirs, to reply to, not a link to pass on. The engine leaves such candidates out before
/// reading anything.
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
    let analyzer: TextAnalyzer

    /// `wordVectors`: the word table (``WordVectors/loadDefault()``); without one, interests learn
    /// words from this run's entries only.
    public init(friends: [Friend], candidates: [Candidate], options: MatchOptions, wordVectors: WordVectors? = nil) {
        let candidates = candidates.filter { !$0.isFriendsOwnPost }
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
        let terms = PoolTerms(stories: stories, analyses: analyses)
        let postings = Postings(phrases: index.phrases, stories: stories, analyses: analyses, lengthNorm: terms.lengthNorm)
        ranker = Ranker(
            postings: postings, terms: terms, phrases: index.phrases, vectors: wordVectors, stories: stories, candidates: candidates,
            options: options
        )
        self.friends = friends
        self.candidates = candidates
        self.options = options
        self.analyzer = analyzer
    }

    /// How many stories the run's entries come to, copies of one story counted once: the `N` of
    /// ``Scoring``.
    public var storyCount: Int { stories.count }

    /// Each friend's suggestions, in the order of ``friends``, each friend's best first.
    public func suggestions() -> [FriendSuggestions] {
        Parallel.map(Array(friends.indices), chunkSize: 64) { friendIndices, results in
            var scratch = makeScratch()
            for friendIndex in friendIndices {
                results.append(suggestions(forFriendAt: friendIndex, scratch: &scratch))
            }
        }
    }

    func makeScratch() -> Ranker.Scratch {
        Ranker.Scratch(storyCount: stories.count, termCount: ranker.terms.termCount)
    }

    /// The friend's ranking, in the order ``Diversity`` takes it, with their model. Unless it is
    /// `complete`, it may hold only the stories that settle the friend's picks (see
    /// ``Ranker/quickRanking(for:minScore:selection:scratch:)``): the same picks, in the same order.
    func ranking(forFriendAt friendIndex: Int, complete: Bool = false, scratch: inout Ranker.Scratch) -> (FriendModel, [Ranker.Entry]) {
        let model = ranker.model(for: profiles[friendIndex], scratch: &scratch)
        let selection = Selection(friendID: friends[friendIndex].id, options: options, stories: stories, candidates: candidates)
        if !complete, let ranking = ranker.quickRanking(for: model, minScore: options.minScore, selection: selection, scratch: &scratch) {
            return (model, ranking)
        }
        let ranking = ranker.ranking(for: model, minScore: options.minScore, scratch: &scratch)
        return (model, Diversity.ordered(ranking, selection: selection))
    }

    private func suggestions(forFriendAt friendIndex: Int, scratch: inout Ranker.Scratch) -> FriendSuggestions {
        let friend = friends[friendIndex]
        let (model, ranking) = ranking(forFriendAt: friendIndex, scratch: &scratch)
        var selection = Selection(friendID: friend.id, options: options, stories: stories, candidates: candidates)
        var suggestions: [Suggestion] = []
        for entry in ranking {
            if selection.isFull { break }
            guard case let .picked(rank) = selection.decide(entry.story) else { continue }
            let story = stories[entry.story]
            suggestions.append(
                Suggestion(
                    friend: friend, candidate: candidates[story.representative], otherCopies: story.others.map { candidates[$0] },
                    rank: rank, score: entry.score, reasons: reasons(for: model, story: entry.story)
                ))
        }
        return FriendSuggestions(friend: friend, suggestions: suggestions)
    }
}
