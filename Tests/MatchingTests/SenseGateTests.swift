import Testing

@testable import Matching

/// The sense gate of ``Scoring``: a one-word interest whose sense the friend's other interests
/// settle counts only in an entry of that sense. The demo's own trap: Sam likes Java and Python,
/// and on the demo's day the only entry naming Java is a travel post about the island.
@Suite("A word's sense, settled by the friend's other interests")
struct SenseGateTests {
    let travel = "https://wanderlust.example/rss", code = "https://compile.example/rss", news = "https://desk.example/rss"

    var island: Candidate {
        entry(
            "ten-days-on-java", title: "Ten days on Java: volcanoes, temples and the night train to Surabaya",
            summary: "The most crowded island on Earth still has empty volcano trails at dawn, if you take the night train east.",
            categories: ["Java", "Indonesia", "Travel"], feed: travel)
    }
    var release: Candidate {
        entry(
            "java-release", title: "Java 25 brings value classes a step closer",
            summary: "Project Valhalla ships another preview, and JVM benchmarks show fewer allocations for small records.",
            categories: ["Java", "JVM"], feed: code, daysOld: 3)
    }
    /// Entries on other things, so that the pool is not all Java.
    var others: [Candidate] {
        [
            entry("rain", title: "Rain all week across the plains", summary: "Farmers welcome it; commuters less so.", feed: news),
            entry("budget", title: "The city budget passes on a close vote", summary: "Roads and libraries get more.", feed: news),
            entry("museum", title: "A new wing for the art museum", summary: "Sculpture and photography, opening in spring.", feed: news),
        ]
    }

    var programmer: Friend { friend("Sam", ["Java", "Python", "espresso"]) }

    func engine(_ friend: Friend, _ candidates: [Candidate], minScore: Double = MatchOptions.defaultMinScore) -> MatchEngine {
        MatchEngine(
            friends: [friend], candidates: candidates, options: options(perFriend: 5, perFeed: 5, minScore: minScore),
            wordVectors: repositoryWordVectors)
    }

    @Test("Java the island is not sent to a friend who likes Java and Python, even when nothing else is")
    func theIslandIsNotForAProgrammer() throws {
        try #require(repositoryWordVectors != nil)
        let suggested = engine(programmer, [island] + others).suggestions()[0].suggestions
        #expect(suggested.isEmpty, "\(suggested.map(\.candidate.title))")
    }

    @Test("Java the language still is, first")
    func theLanguageIs() throws {
        try #require(repositoryWordVectors != nil)
        let suggested = engine(programmer, [island, release] + others).suggestions()[0].suggestions
        #expect(suggested.first?.candidate.title == release.title)
        #expect(!suggested.contains { $0.candidate.title == island.title })
    }

    @Test("without another interest to settle it, Java is any Java")
    func aLoneInterestIsAnySense() throws {
        try #require(repositoryWordVectors != nil)
        let traveller = friend("Omar", ["Java", "espresso"])
        let suggested = engine(traveller, [island] + others).suggestions()[0].suggestions
        #expect(suggested.map(\.candidate.title) == [island.title])
    }

    @Test("why says which interest settles the sense")
    func whySaysSo() throws {
        try #require(repositoryWordVectors != nil)
        let explanation = engine(programmer, [island, release] + others, minScore: 0).explain(friend: programmer, candidateLink: island.link!)
        #expect(explanation.verdict == .notCounted)
        let java = try #require(explanation.parts.first { $0.interest == "Java" }, "\(explanation.description)")
        #expect(java.gate == .otherSense(siblings: ["Python"]))
        #expect(java.total == 0 && !java.words.isEmpty)
        #expect(explanation.description.contains("not counted: no word of the sense your \"Python\" give it"), "\(explanation.description)")
    }
}
