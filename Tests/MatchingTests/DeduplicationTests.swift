import Testing

@testable import Matching

@Suite("The same story from several feeds is one candidate")
struct DeduplicationTests {
    let wendy = friend("Wendy", ["sourdough"])

    @Test("by canonical link: one suggestion, the first published, with the others as copies")
    func sameCanonicalLink() throws {
        let original = entry(
            "a", title: "A 36-hour sourdough", feed: "https://loaf.example/rss", link: "https://loaf.example/36h",
            canonicalLink: "https://loaf.example/36h", daysOld: 3
        )
        let copy = entry(
            "b", title: "Weekend reading: a 36-hour sourdough schedule", feed: "https://links.example/rss",
            link: "https://loaf.example/36h?utm_source=links", canonicalLink: "https://loaf.example/36h", daysOld: 1
        )
        let engine = MatchEngine(friends: [wendy], candidates: [copy, original], options: options(perFriend: 5, perFeed: 5))
        #expect(engine.storyCount == 1)
        let suggestion = try #require(engine.suggestions()[0].suggestions.first)
        #expect(engine.suggestions()[0].suggestions.count == 1)
        #expect(suggestion.candidate.id == original.id)
        #expect(suggestion.otherCopies.map(\.id) == [copy.id])
    }

    @Test("by title: the same meaningful words, case, order and inflection aside")
    func sameTitle() {
        let candidates = [
            entry("a", title: "Omaha Council Approves Bike Lanes", feed: "https://a.example/rss"),
            entry("b", title: "omaha council approves bike lane", feed: "https://b.example/rss"),
            entry("c", title: "Bike lanes: Omaha council approves", feed: "https://c.example/rss"),
        ]
        #expect(MatchEngine(friends: [], candidates: candidates, options: options()).storyCount == 1)
    }

    @Test("by title: one title with one more meaningful word than another of at least four")
    func oneWordMore() {
        let candidates = [
            entry("a", title: "Council approves bike lanes on Leavenworth", feed: "https://a.example/rss"),
            entry("b", title: "Council approves bike lanes on Leavenworth Street", feed: "https://b.example/rss"),
        ]
        #expect(MatchEngine(friends: [], candidates: candidates, options: options()).storyCount == 1)
    }

    @Test("titles that say too little, or differ by more, stay apart")
    func differentStories() {
        let short = [
            entry("a", title: "Weekly links", feed: "https://a.example/rss"), entry("b", title: "Weekly links", feed: "https://b.example/rss"),
        ]
        #expect(MatchEngine(friends: [], candidates: short, options: options()).storyCount == 2)
        let different = [
            entry("a", title: "Council approves bike lanes on Leavenworth", feed: "https://a.example/rss"),
            entry("b", title: "Council rejects bike lanes on Leavenworth", feed: "https://b.example/rss"),
            entry("c", title: "Council approves new bike lanes on Dodge Street", feed: "https://c.example/rss"),
        ]
        #expect(MatchEngine(friends: [], candidates: different, options: options()).storyCount == 3)
    }

    @Test("copies of copies are copies")
    func transitive() {
        let candidates = [
            entry("a", title: "Sourdough starter troubleshooting guide", canonicalLink: "https://x.example/1"),
            entry("b", title: "Why your starter smells odd", canonicalLink: "https://x.example/1"),
            entry("c", title: "Why your starter smells odd", canonicalLink: "https://y.example/2"),
        ]
        #expect(MatchEngine(friends: [], candidates: candidates, options: options()).storyCount == 1)
    }
}
