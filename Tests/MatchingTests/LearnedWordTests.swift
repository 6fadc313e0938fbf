import Testing

@testable import Matching

/// The bounds on learned words (``Expansion``): a word in too much of a large pool says little and
/// is never learned; in a small pool the share does not apply.
@Suite("Which words may be learned")
struct LearnedWordTests {
    /// The words learned for the friend's one interest, from this run's entries.
    func learned(_ candidates: [Candidate]) -> Set<String> {
        let engine = MatchEngine(friends: [friend("Wendy", ["sourdough"])], candidates: candidates, options: options())
        var scratch = engine.makeScratch()
        let (model, _) = engine.ranking(forFriendAt: 0, scratch: &scratch)
        return Set(model.interests[0].learned.map { engine.ranker.terms.stems[$0.term] })
    }

    /// `bread` stories on sourdough, with its crumb and everyday's words, among `others` stories on
    /// other things, `everyday` of which say "everyday" too.
    func pool(bread: Int, others: Int, everyday: Int) -> [Candidate] {
        let breadStories = (0..<bread).map { index in
            entry(
                "bread-\(index)", title: "Sourdough loaf number \(index)", summary: "An open crumb, an everyday bake.",
                feed: "https://b\(index).example/rss")
        }
        let otherStories = (0..<others).map { index in
            entry(
                "other-\(index)", title: "Notes on topic \(index)", summary: index < everyday ? "An everyday note." : "A note.",
                feed: "https://o\(index).example/rss")
        }
        return breadStories + otherStories
    }

    @Test("in a large pool, a word in more than a quarter of the stories is not learned; a telling one is")
    func aCommonWordOfALargePoolIsNotLearned() {
        let words = learned(pool(bread: 5, others: 395, everyday: 145))
        #expect(words.contains("crumb"), "\(words)")
        #expect(!words.contains("everyday"), "in 150 of 400 stories: \(words)")
    }

    @Test("a story with one word learned from the table says too little to learn more from")
    func oneLearnedWordIsNotEnoughToLearnFrom() throws {
        // Sam likes machine learning; the table gives it "study", which a heat-pump study and a
        // study of cats both have, with "time". Those stories do not speak of machine learning.
        let engine = MatchEngine(
            friends: EvaluationFixtures.friends, candidates: EvaluationFixtures.candidates,
            options: MatchOptions(now: EvaluationFixtures.now), wordVectors: repositoryWordVectors)
        let sam = try #require(engine.friends.firstIndex { $0.name == "Sam Okafor" })
        var scratch = engine.makeScratch()
        let (model, _) = engine.ranking(forFriendAt: sam, scratch: &scratch)
        let learning = try #require(model.interests.first { $0.text == "machine learning" })
        let words = learning.learned.map { engine.ranker.terms.stems[$0.term] }
        #expect(words.contains("studi"), "the table's word is still learned: \(words)")
        // Every word learned from this run is a word of the one story on machine learning.
        let candidate = try #require(engine.candidates.firstIndex { $0.link == EvaluationFixtures.link("small-language-model") })
        let story = Set(engine.ranker.terms.terms(of: engine.storyOfCandidate[candidate]).map(Int.init))
        let fromThisRun = learning.learned.filter { if case .thisRun = $0.source { true } else { false } }
        #expect(!fromThisRun.isEmpty)
        #expect(fromThisRun.allSatisfy { story.contains($0.term) }, "\(words)")
        #expect(learning.isSpokenOf(found: 0, hasPhrase: false, learnedFound: 2))
        #expect(!learning.isSpokenOf(found: 0, hasPhrase: false, learnedFound: 1))
        #expect(learning.isSpokenOf(found: 1, hasPhrase: false, learnedFound: 0))
    }

    @Test("in a small pool, the share does not apply")
    func aSmallPoolKeepsItsWords() {
        let words = learned(pool(bread: 5, others: 15, everyday: 5))
        #expect(words.contains("crumb"), "\(words)")
        #expect(words.contains("everyday"), "in 10 of 20 stories, but the pool is small: \(words)")
    }

    /// The demo's heat-pump stories say "5 °F": "mentions 5, Cold and F" was a reason given to Zoë.
    @Test("a reason names learned words a person can check, not a figure or a lone letter")
    func aReasonNamesNoLoneFigureOrLetter() throws {
        let stories = ["Maine", "Oslo", "Quebec", "Minsk"].map { place in
            entry("pump-\(place)", title: "Heat pumps in \(place)", summary: "At 5 °F on cold nights.", feed: "https://\(place).example/rss")
        }
        let night = entry("night", title: "Cold nights at 5 °F in Vermont", summary: "7 towns, cold nights, 5 °F.", feed: "https://v.example/rss")
        let others = (0..<60).map { entry("other-\($0)", title: "Notes on topic \($0)", feed: "https://o\($0).example/rss") }
        let engine = MatchEngine(friends: [friend("Zoë", ["heat pumps"])], candidates: stories + [night] + others, options: options(perFriend: 10))
        var scratch = engine.makeScratch()
        let (model, _) = engine.ranking(forFriendAt: 0, scratch: &scratch)
        let learned = Set(model.interests[0].learned.map { engine.ranker.terms.stems[$0.term] })
        #expect(learned.isSuperset(of: ["5", "f", "cold"]), "the figure and the letter still count: \(learned)")
        let story = try #require(engine.candidates.firstIndex { $0.id == stories[0].id })
        let reasons = engine.reasons(for: model, story: engine.storyOfCandidate[story])
        let quotes = reasons.filter { $0.kind == .thisRun }.map(\.quote)
        #expect(
            quotes.contains { $0.contains("cold") || $0.contains("nights") },
            "\(quotes) \(engine.breakdown(for: model, story: engine.storyOfCandidate[story]))")
        #expect(
            !quotes.contains { $0.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { $0 == "5" || $0 == "F" || $0 == "7" } },
            "\(quotes)")
        #expect(MatchEngine.isCheckable("486") && MatchEngine.isCheckable("AI") && !MatchEngine.isCheckable("40"))
    }
}
