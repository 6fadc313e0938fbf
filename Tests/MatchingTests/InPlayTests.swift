import Testing

@testable import Matching

/// Reading fewer stories (``Ranker/markInPlay(_:bar:scratch:)``, ``Ranker/quickRanking(for:minScore:selection:scratch:)``)
/// changes what is read, never what is found: on a generated pool, every friend's ranking above
/// the threshold and every friend's picks are those of reading everything, score for score.
@Suite("Stories in play")
struct InPlayTests {
    /// A seeded pool: 800 entries over 25 feeds, words drawn from 280 made-up ones, the first
    /// drawn far more often (as the words of real text are); 60 friends of 2 to 5 interests. The
    /// threshold is 0.5, so that the raised bar settles most friends' picks.
    struct Pool {
        var state: UInt64 = 0x5EED
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }

        let vocabulary: [String] = {
            let onsets = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z"]
            let vowels = ["a", "e", "i", "o", "u"]
            var words: [String] = []
            for first in onsets {
                for vowel in vowels {
                    for second in ["", "r", "n", "l"] { words.append("\(first)\(vowel)\(second)ko\(vowel)t") }
                }
            }
            return words
        }()

        /// Ranks skewed towards the first words: the smaller of two draws, twice.
        mutating func word() -> String {
            vocabulary[min(next(vocabulary.count), next(vocabulary.count), next(vocabulary.count))]
        }

        mutating func text(_ count: Int) -> String {
            (0..<count).map { _ in word() }.joined(separator: " ")
        }

        mutating func candidates() -> [Candidate] {
            (0..<800).map { index in
                entry(
                    "e\(index)", title: text(6), summary: text(30), categories: [word()], feed: "https://f\(index % 25).example/rss",
                    daysOld: Double(next(30)))
            }
        }

        mutating func friends() -> [Friend] {
            (0..<60).map { index in
                let interests = (0..<(2 + next(4))).map { _ in next(3) == 0 ? "\(word()) \(word())" : vocabulary[50 + next(vocabulary.count - 50)] }
                return friend("Friend\(index)", interests)
            }
        }
    }

    func engine(perFriend: Int) -> MatchEngine {
        var pool = Pool()
        let candidates = pool.candidates()
        let friends = pool.friends()
        let sent: Set<SentKey> = [SentKey(friendID: friends[0].id, link: candidates[0].link!)]
        return MatchEngine(
            friends: friends, candidates: candidates,
            options: MatchOptions(now: testNow, perFriend: perFriend, perFeed: 1, minScore: 0.5, alreadySent: sent))
    }

    @Test("the stories in play above the threshold are, score for score, those of reading every word")
    func minorWordsLoseNothingAboveTheThreshold() {
        let engine = engine(perFriend: 3)
        var scratch = engine.makeScratch()
        var minorWords = 0
        var leftOut = 0
        for friendIndex in engine.friends.indices {
            let model = engine.ranker.model(for: engine.profiles[friendIndex], scratch: &scratch)
            minorWords += engine.ranker.minorWords(of: model, below: 0.5)?.joined().filter { $0 }.count ?? 0
            engine.ranker.markInPlay(model, bar: 0.5, scratch: &scratch)
            let inPlayCount = scratch.inPlay.members.count
            scratch.inPlay.removeAll()
            leftOut += engine.ranker.ranking(for: model, minScore: 0, bar: nil, scratch: &scratch).count - inPlayCount
            let inPlay = engine.ranker.ranking(for: model, minScore: 0.5, scratch: &scratch)
            let everything = engine.ranker.ranking(for: model, minScore: 0.5, bar: nil, scratch: &scratch)
            #expect(inPlay.map(\.story) == everything.map(\.story), "friend \(friendIndex)")
            #expect(inPlay.map(\.score) == everything.map(\.score), "friend \(friendIndex)")
            #expect(inPlay.map(\.mainInterest) == everything.map(\.mainInterest), "friend \(friendIndex)")
        }
        #expect(minorWords > 0, "no word was minor: the test would show nothing")
        #expect(leftOut > 0, "no story was left out of play: the test would show nothing")
    }

    /// With 1 or 3 picks the raised bar settles most friends' picks; with 10 it seldom does, and
    /// picks below it (stories with learned words only among them) must not be lost.
    @Test("the raised bar picks what the whole ranking picks, in the same order", arguments: [1, 3, 10])
    func theRaisedBarPicksWhatTheWholeRankingPicks(perFriend: Int) {
        let engine = engine(perFriend: perFriend)
        var scratch = engine.makeScratch()
        var quick = 0
        for friendIndex in engine.friends.indices {
            let (_, ranking) = engine.ranking(forFriendAt: friendIndex, scratch: &scratch)
            let (model, whole) = engine.ranking(forFriendAt: friendIndex, complete: true, scratch: &scratch)
            let selection = Selection(
                friendID: engine.friends[friendIndex].id, options: engine.options, stories: engine.stories, candidates: engine.candidates)
            if engine.ranker.quickRanking(for: model, minScore: 0.5, selection: selection, scratch: &scratch) != nil { quick += 1 }
            #expect(picks(ranking, selection) == picks(whole, selection), "friend \(friendIndex)")
        }
        if perFriend < 10 { #expect(quick > 10, "the raised bar settled \(quick) friends' picks") }
    }

    @Test("picks below the raised bar, of learned words only, are not lost")
    func picksOfLearnedWordsOnlyAreNotLost() {
        let bread = (0..<3).map { index in
            entry(
                "bread-\(index)", title: "Sourdough crumb and levain, loaf \(index)", summary: "A sourdough levain with an open crumb.",
                feed: "https://bakery.example/rss")
        }
        let learnedOnly = (0..<2).map { index in
            entry(
                "crumb-\(index)", title: "Crumb and levain, notes \(index)", summary: "The levain rose.", feed: "https://notes\(index).example/rss")
        }
        let others = (0..<40).map { index in
            entry("other-\(index)", title: "Notes on topic \(index)", summary: "A note.", feed: "https://o\(index).example/rss")
        }
        let engine = MatchEngine(
            friends: [friend("Wendy", ["sourdough"])], candidates: bread + learnedOnly + others,
            options: MatchOptions(now: testNow, perFriend: 3, perFeed: 1, minScore: 0.05))
        let titles = engine.suggestions()[0].suggestions.map(\.candidate.title)
        var scratch = engine.makeScratch()
        let (_, whole) = engine.ranking(forFriendAt: 0, complete: true, scratch: &scratch)
        let selection = Selection(friendID: engine.friends[0].id, options: engine.options, stories: engine.stories, candidates: engine.candidates)
        let wholeTitles = picks(whole, selection).map { engine.candidates[engine.stories[Int($0.split(separator: " ")[0])!].representative].title }
        #expect(titles == wholeTitles)
        #expect(titles.count == 3 && titles.dropFirst().allSatisfy { $0.hasPrefix("Crumb and levain") }, "\(titles)")
    }

    /// The stories `selection` picks from `ranking`, with their scores.
    func picks(_ ranking: [Ranker.Entry], _ selection: Selection) -> [String] {
        var selection = selection
        var picked: [String] = []
        for entry in ranking where !selection.isFull {
            if case .picked = selection.decide(entry.story) { picked.append("\(entry.story) \(entry.score)") }
        }
        return picked
    }
}
