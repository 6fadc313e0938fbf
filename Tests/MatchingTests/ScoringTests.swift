import Testing

@testable import Matching

@Suite("The parts of the score")
struct ScoringTests {
    @Test func saturation() {
        #expect(Scoring.saturated(0) == 0)
        #expect(Scoring.saturated(1) == 1)
        #expect(Scoring.saturated(10) < 2 * Scoring.saturated(1))
        #expect(Scoring.saturated(10) > Scoring.saturated(2))
    }

    @Test func rarity() {
        // ln(1 + N / df) / ln(1 + N)
        #expect(Scoring.rarity(documentFrequency: 1, poolSize: 1_000) == 1)
        #expect(abs(Scoring.rarity(documentFrequency: 10, poolSize: 1_000) - 0.668) < 0.001)
        #expect(abs(Scoring.rarity(documentFrequency: 500, poolSize: 1_000) - 0.159) < 0.001)
        #expect(Scoring.rarity(documentFrequency: 1_000, poolSize: 1_000) < Scoring.rarity(documentFrequency: 500, poolSize: 1_000))
        #expect(Scoring.rarity(documentFrequency: 0, poolSize: 1_000) == 0)
    }

    @Test func freshness() {
        let day = 86_400.0
        #expect(Scoring.freshness(published: testNow, now: testNow, halfLife: 14 * day) == 1)
        #expect(Scoring.freshness(published: testNow.addingTimeInterval(day), now: testNow, halfLife: 14 * day) == 1)
        #expect(Scoring.freshness(published: testNow.addingTimeInterval(-14 * day), now: testNow, halfLife: 14 * day) == 0.75)
        #expect(Scoring.freshness(published: nil, now: testNow, halfLife: 14 * day) == 0.75)
        #expect(Scoring.freshness(published: testNow.addingTimeInterval(-365 * day), now: testNow, halfLife: 14 * day) > 0.5)
    }
}
