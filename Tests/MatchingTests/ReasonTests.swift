import Testing

@testable import Matching

@Suite("Every match carries its reasons, in the entry's own words")
struct ReasonTests {
    @Test("each interest, each field, quoted as written")
    func reasonsQuoteTheEntry() throws {
        let wendy = Friend(
            name: "Wendy", emails: ["wendy@example.org"],
            interests: [Interest("sourdough"), Interest("trail running"), Interest("jazz piano", weight: 2)]
        )
        let candidate = entry(
            "a", title: "Trail-Running Shoes, Tested", summary: "We ran 300 miles; trail runners' verdicts inside. Trail running again next week.",
            categories: ["Gear", "TrailRunning"]
        )
        let suggestion = try #require(MatchEngine(friends: [wendy], candidates: [candidate], options: options()).suggestions()[0].suggestions.first)
        #expect(
            suggestion.reasons == [
                MatchReason(interest: "trail running", field: .title, quote: "Trail-Running"),
                MatchReason(interest: "trail running", field: .categories, quote: "TrailRunning", categoryIndex: 1),
                MatchReason(interest: "trail running", field: .summary, quote: "trail runners", occurrences: 2),
            ])
        #expect(suggestion.reasons[0].description == "\"trail running\" in the title: \"Trail-Running\"")
    }

    @Test("the interest adding most to the score comes first")
    func reasonsOrderedByContribution() throws {
        let ruth = Friend(name: "Ruth", emails: ["ruth@example.org"], interests: [Interest("baking"), Interest("pie", weight: 3)])
        let candidate = entry("p", title: "Baking day", summary: "An apple pie with a lattice top, then a pecan pie.")
        let suggestion = try #require(MatchEngine(friends: [ruth], candidates: [candidate], options: options()).suggestions()[0].suggestions.first)
        #expect(suggestion.reasons.map(\.interest) == ["pie", "baking"])
        #expect(suggestion.reasons.map(\.quote) == ["pie", "Baking"])
        #expect(suggestion.reasons.map(\.occurrences) == [2, 1])
    }

    @Test("the score follows the formula")
    func scoreFollowsFormula() throws {
        let ada = friend("Ada", ["sourdough"])
        let candidates = [
            entry("a", title: "Sourdough", summary: "sourdough sourdough", daysOld: 0),
            entry("b", title: "Rye", daysOld: 0), entry("c", title: "Spelt", daysOld: 0), entry("d", title: "Oats", daysOld: 0),
        ]
        let suggestion = try #require(MatchEngine(friends: [ada], candidates: candidates, options: options()).suggestions()[0].suggestions.first)
        // One own word: q = rarity; x = BM25 tf of c = 3 (title) + 1 × 2 (summary), the entry's
        // length 5 against the pool's mean (5 + 3 + 3 + 3) / 4.
        let rarity = Scoring.rarity(documentFrequency: 1, poolSize: 4)
        let lengthNorm = Scoring.saturation * (1 - Scoring.lengthNormalisation + Scoring.lengthNormalisation * 5 / 3.5)
        let expected = rarity * Scoring.termFrequency(5, lengthNorm: lengthNorm)
        #expect(abs(suggestion.score - expected) < 1e-12)
    }
}
