import Testing

@testable import Matching

@Suite("Why, or why not, for one friend and one entry")
struct ExplanationTests {
    let priya = friend("Priya", ["pottery", "bike lanes"], avoid: ["politics"])
    let clay = "https://clay.example/rss", metro = "https://metro.example/rss"

    var candidates: [Candidate] {
        [
            entry("wheel", title: "Pottery wheel basics", summary: "Centering clay on the pottery wheel.", feed: clay),
            entry("glaze", title: "Glaze notes for pottery", feed: clay, daysOld: 4),
            entry("kiln", title: "Kiln repairs", summary: "A note on pottery kilns.", feed: clay, daysOld: 30),
            entry("vote", title: "Council vote on bike lanes", summary: "Politics as usual.", feed: metro),
            entry("lanes", title: "New bike lanes downtown", feed: metro, daysOld: 2),
            entry("weather", title: "Rain all week", feed: metro),
        ]
    }

    func explain(_ slug: String, perFriend: Int = 1, minScore: Double = 0.5, alreadySent: Set<SentKey> = []) -> Explanation {
        let engine = MatchEngine(
            friends: [priya], candidates: candidates,
            options: MatchOptions(now: testNow, perFriend: perFriend, minScore: minScore, alreadySent: alreadySent)
        )
        return engine.explain(friend: priya, candidateLink: "https://feed.example/posts/\(slug)")
    }

    @Test("suggested: the rank and the reasons")
    func suggested() {
        // "bike lanes", a phrase of two words found whole, outweighs one word in two fields.
        let explanation = explain("lanes")
        #expect(explanation.verdict == .suggested(rank: 1))
        #expect(explanation.reasons.map(\.field) == [.title])
        #expect(explanation.description.contains("Suggested to Priya as number 1"))
    }

    @Test("no interest matched")
    func noInterest() {
        #expect(explain("weather").verdict == .noInterestMatched)
    }

    @Test("vetoed: by which avoid phrase, and where")
    func vetoed() {
        let explanation = explain("vote")
        #expect(explanation.verdict == .vetoed(avoid: "politics", field: .summary, quote: "Politics"))
        #expect(!explanation.reasons.isEmpty)
    }

    @Test("already sent")
    func alreadySent() {
        let sent: Set<SentKey> = [SentKey(friendID: priya.id, link: "https://feed.example/posts/wheel")]
        #expect(explain("wheel", alreadySent: sent).verdict == .alreadySent(link: "https://feed.example/posts/wheel"))
    }

    @Test("below the threshold, with the score")
    func belowThreshold() throws {
        let explanation = explain("kiln", minScore: 100)
        let score = try #require(explanation.score)
        #expect(explanation.verdict == .belowThreshold(score: score, minScore: 100))
    }

    @Test("another entry of the same feed ranked above it")
    func sameFeed() {
        // The shorter entry ranks first: one mention in a short title outweighs two in a longer entry
        // (BM25's length normalisation).
        guard case let .sameFeedRankedAbove(other) = explain("wheel", perFriend: 3).verdict else {
            Issue.record("expected sameFeedRankedAbove")
            return
        }
        #expect(other.title == "Glaze notes for pottery")
    }

    @Test("outranked by the friend's suggestions")
    func outranked() {
        guard case let .outranked(by: others) = explain("wheel", perFriend: 1).verdict else {
            Issue.record("expected outranked")
            return
        }
        #expect(others.map(\.title) == ["New bike lanes downtown"])
        #expect(explain("glaze", perFriend: 2).verdict == .suggested(rank: 2))
    }

    @Test("another copy of the same story stands for it")
    func sameStory() throws {
        let copy = entry(
            "copy", title: "Links: new bike lanes", feed: clay, link: "https://clay.example/l", canonicalLink: "https://feed.example/posts/lanes",
            daysOld: 1.5)
        let engine = MatchEngine(friends: [priya], candidates: candidates + [copy], options: MatchOptions(now: testNow, minScore: 0.5))
        let explanation = engine.explain(friend: priya, candidateLink: "https://clay.example/l")
        #expect(explanation.standIn?.title == "New bike lanes downtown")
        #expect(explanation.verdict == .suggested(rank: 1))
        #expect(explanation.description.contains("same story"))
    }

    @Test("not in the pool; not a friend of this run")
    func unknown() {
        let engine = MatchEngine(friends: [priya], candidates: candidates, options: MatchOptions(now: testNow))
        #expect(engine.explain(friend: priya, candidateLink: "https://nowhere.example/x").verdict == .notInPool)
        #expect(engine.explain(friend: friend("Stranger", ["pottery"]), candidateLink: "https://feed.example/posts/wheel").verdict == .unknownFriend)
    }

    @Test("the explanation agrees with the suggestions")
    func agreesWithSuggestions() {
        let engine = MatchEngine(friends: [priya], candidates: candidates, options: MatchOptions(now: testNow, perFriend: 2))
        let suggested = engine.suggestions()[0].suggestions
        for candidate in candidates {
            let explanation = engine.explain(friend: priya, candidateLink: candidate.link!)
            let rank = suggested.first { $0.candidate.id == candidate.id }?.rank
            #expect(explanation.isSuggested == (rank != nil), "\(candidate.title)")
            if let rank { #expect(explanation.verdict == .suggested(rank: rank)) }
        }
    }
}
