import Testing

@testable import Matching

@Suite("Per friend and run: how many, from which feeds, nothing sent before, nothing weak")
struct SelectionTests {
    let wendy = friend("Wendy", ["sourdough"])
    let loaf = "https://loaf.example/rss", crumb = "https://crumb.example/rss"

    var candidates: [Candidate] {
        [
            entry("a", title: "Sourdough in a cold kitchen", summary: "Sourdough, slowly.", feed: loaf),
            entry("b", title: "Sourdough for beginners", summary: "Flour, water, salt.", feed: loaf),
            entry("c", title: "A sourdough pizza base", feed: crumb, daysOld: 3),
            entry("d", title: "Rye bread notes", summary: "With a sourdough starter.", feed: crumb),
        ]
    }

    @Test("one suggestion by default, the best")
    func onePerFriendByDefault() {
        let results = MatchEngine(friends: [wendy], candidates: candidates, options: MatchOptions(now: testNow, minScore: 0)).suggestions()
        #expect(results[0].suggestions.map(\.candidate.title) == ["Sourdough in a cold kitchen"])
        #expect(results[0].suggestions.first?.rank == 1)
    }

    @Test("at most N, never two from the same feed")
    func perFeed() {
        let titles = suggestedTitles(wendy, candidates, options: options(perFriend: 3))
        #expect(titles == ["Sourdough in a cold kitchen", "A sourdough pizza base"])
        let two = suggestedTitles(wendy, candidates, options: options(perFriend: 3, perFeed: 2))
        #expect(two == ["Sourdough in a cold kitchen", "Sourdough for beginners", "A sourdough pizza base"])
    }

    @Test("never what was already sent to that friend, by canonical link or another copy's link")
    func alreadySent() {
        let sent: Set<SentKey> = [SentKey(friendID: wendy.id, link: "https://feed.example/posts/a")]
        #expect(suggestedTitles(wendy, candidates, options: options(perFriend: 1, alreadySent: sent)) == ["Sourdough for beginners"])
        let sentToOther: Set<SentKey> = [SentKey(friendID: "someone@example.org", link: "https://feed.example/posts/a")]
        #expect(suggestedTitles(wendy, candidates, options: options(perFriend: 1, alreadySent: sentToOther)) == ["Sourdough in a cold kitchen"])
        let copy = entry(
            "copy", title: "Links: sourdough in a cold kitchen", feed: crumb, link: "https://crumb.example/x",
            canonicalLink: "https://feed.example/posts/a")
        let sentCopy: Set<SentKey> = [SentKey(friendID: wendy.id, link: "https://crumb.example/x")]
        #expect(suggestedTitles(wendy, candidates + [copy], options: options(perFriend: 1, alreadySent: sentCopy)) == ["Sourdough for beginners"])
    }

    @Test("nothing below the threshold; minScore 0 shows everything that matched")
    func threshold() {
        let weak = [entry("w", title: "Bread notes", content: "One sourdough loaf, mentioned in passing.", daysOld: 20)]
        #expect(suggestedTitles(wendy, weak, options: MatchOptions(now: testNow, perFriend: 5)).isEmpty)
        #expect(suggestedTitles(wendy, weak, options: options(perFriend: 5)) == ["Bread notes"])
        #expect(suggestedTitles(wendy, candidates, options: options(perFriend: 5, perFeed: 5, minScore: 1_000)).isEmpty)
    }

    @Test("suggestions are ranked best first, the same whatever the order of the input")
    func deterministic() {
        let friends = [wendy, friend("Ruth", ["pizza", "rye"]), friend("Kim", ["cold kitchen"])]
        let forward = MatchEngine(friends: friends, candidates: candidates, options: options(perFriend: 4, perFeed: 4)).suggestions()
        let backward = MatchEngine(friends: friends, candidates: candidates.reversed(), options: options(perFriend: 4, perFeed: 4)).suggestions()
        #expect(forward == backward)
        for list in forward {
            #expect(list.suggestions.map(\.rank) == list.suggestions.indices.map { $0 + 1 })
            #expect(list.suggestions.map(\.score) == list.suggestions.map(\.score).sorted(by: >))
        }
    }

    @Test("ties are broken by link")
    func ties() {
        let twins = [
            entry("b", title: "Sourdough", feed: loaf, link: "https://loaf.example/b"),
            entry("a", title: "Sourdough!", feed: crumb, link: "https://crumb.example/a"),
        ]
        let results = MatchEngine(friends: [wendy], candidates: twins, options: options(perFriend: 2)).suggestions()[0].suggestions
        #expect(results.map(\.candidate.link) == ["https://crumb.example/a", "https://loaf.example/b"])
        #expect(results[0].score == results[1].score)
    }
}
