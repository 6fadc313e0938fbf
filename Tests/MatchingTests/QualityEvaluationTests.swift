import Foundation
import Testing

@testable import Matching

/// Ranking-quality measures over graded labels.
enum RankingMetrics {
    /// 1 if the first result is relevant (grade ≥ 1), else 0 (also when there is no result).
    static func precisionAtOne(_ grades: [Int]) -> Double {
        (grades.first ?? 0) > 0 ? 1 : 0
    }

    /// Normalised discounted cumulative gain at `k`: gains `2^grade − 1`, discounted by
    /// `log2(rank + 1)`, divided by the same sum for the best possible order of `allGrades` (the
    /// grades of every relevant entry in the pool).
    static func ndcg(_ grades: [Int], allGrades: [Int], k: Int) -> Double {
        func dcg(_ grades: some Sequence<Int>) -> Double {
            grades.enumerated().reduce(0) { sum, item in sum + (pow(2, Double(item.element)) - 1) / log2(Double(item.offset + 2)) }
        }
        let ideal = dcg(allGrades.sorted(by: >).prefix(k))
        return ideal > 0 ? dcg(grades.prefix(k)) / ideal : 0
    }
}

@Suite("Quality on the labelled evaluation")
struct QualityEvaluationTests {
    @Test("precision@1 and nDCG@5, macro-averaged over friends with a relevant entry")
    func rankingQuality() throws {
        #expect(repositoryWordVectors != nil, "the word table is read from Sources/Matching/Resources")
        // Five per friend, from any feed, at the default threshold: the ranking as it would be used.
        let options = MatchOptions(now: EvaluationFixtures.now, perFriend: 5, perFeed: 5)
        let engine = MatchEngine(
            friends: EvaluationFixtures.friends, candidates: EvaluationFixtures.candidates, options: options, wordVectors: repositoryWordVectors)
        var precisions: [Double] = []
        var gains: [Double] = []
        for result in engine.suggestions() {
            let labels = EvaluationFixtures.labels[result.friend.name] ?? [:]
            guard !labels.isEmpty else { continue }
            let grades = result.suggestions.map { suggestion in
                labels.first { EvaluationFixtures.link($0.key) == suggestion.candidate.link }?.value ?? 0
            }
            precisions.append(RankingMetrics.precisionAtOne(grades))
            gains.append(RankingMetrics.ndcg(grades, allGrades: Array(labels.values), k: 5))
            let ranked = zip(result.suggestions, grades).map { String(format: "%d %.2f %@", $1, $0.score, $0.candidate.title) }
            print("\(result.friend.name): nDCG@5 \(String(format: "%.2f", gains.last!))\n    " + ranked.joined(separator: "\n    "))
        }
        let precision = precisions.reduce(0, +) / Double(precisions.count)
        let ndcg = gains.reduce(0, +) / Double(gains.count)
        print(String(format: "Evaluation: %d friends, P@1 %.3f, nDCG@5 %.3f", precisions.count, precision, ndcg))
        #expect(precisions.count == 12)
        // Issue 11 asks for nDCG@5 >= 0.93. With the word table the pool gives 0.952 (0.904 while
        // a story with one learned word, "study", could teach Sam's "machine learning" the word
        // "time"; 0.886 before the sense gate).
        #expect(precision == 1)
        #expect(ndcg >= 0.93)
    }

    @Test("the traps: nobody gets the entries they avoid, and the homonyms stay out of the first place")
    func traps() {
        let options = MatchOptions(now: EvaluationFixtures.now, perFriend: 5, perFeed: 5, minScore: 0)
        let engine = MatchEngine(
            friends: EvaluationFixtures.friends, candidates: EvaluationFixtures.candidates, options: options, wordVectors: repositoryWordVectors)
        let results = Dictionary(uniqueKeysWithValues: engine.suggestions().map { ($0.friend.name, $0.suggestions.map(\.candidate.link!)) })
        let link = EvaluationFixtures.link
        #expect(!results["Priya Raman"]!.contains(link("council-bike-lane-vote")))
        #expect(!results["Zoë Müller"]!.contains(link("mayoral-race")))
        #expect(!results["Zoë Müller"]!.contains(link("garter-snake")))
        #expect(!results["Marcus Bell"]!.contains(link("running-a-company")))
        // "training" is not "trains": at the default threshold they are not suggested (a learned
        // word may still touch them, for a few hundredths).
        let suggested = MatchEngine(
            friends: EvaluationFixtures.friends, candidates: EvaluationFixtures.candidates,
            options: MatchOptions(now: EvaluationFixtures.now, perFriend: 5, perFeed: 5), wordVectors: repositoryWordVectors
        ).suggestions()
        let omar = suggested.first { $0.friend.name == "Omar Siddiqui" }!.suggestions.map(\.candidate.link!)
        #expect(!omar.contains(link("first-50k")))
        #expect(!omar.contains(link("training-managers")))
        #expect(!results["Leo Fischer"]!.contains(link("new-archive")))
        // Nor is "art" in "artist" or "Start": the archive post's one tie to street art is "artist",
        // a word learned from the table, far below the threshold. (At --min-score 0 it may fill one
        // of Nadia's five places: little else of hers matches at all.)
        let nadia = EvaluationFixtures.friends.first { $0.name == "Nadia Haddad" }!
        let archive = engine.explain(friend: nadia, candidateLink: link("new-archive"))
        #expect(archive.parts.allSatisfy { $0.words.isEmpty && $0.phrase == 0 }, "\(archive.parts)")
        #expect((archive.score ?? 0) < MatchOptions.defaultMinScore)
        #expect(results["Sam Okafor"]!.first != link("three-weeks-java"))
        #expect(results["Sam Okafor"]!.first != link("ball-pythons"))
        #expect(results["Hannah Lee"]!.first != link("running-a-company"))
        // Homonyms for a programmer without coffee among their interests.
        for trap in ["three-weeks-java", "east-java-coffee", "ball-pythons"] {
            #expect(results["Kofi Mensah"]!.first != link(trap))
        }
        // A common word of a long phrase, alone, carries nothing: not even at --min-score 0.
        #expect(!results["Rosa Delgado"]!.contains(link("wedding-spreadsheet")))
        #expect(!results["Rosa Delgado"]!.contains(link("moon-water")))

        let why = engine.explain(friend: EvaluationFixtures.friends[3], candidateLink: link("council-bike-lane-vote"))
        #expect(why.verdict == .vetoed(avoid: "politics", field: .categories, quote: "Politics"))
    }
}
