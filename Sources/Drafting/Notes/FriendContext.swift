import Foundation
import Matching
import TextAnalysis

/// What the user knows of the friend, used in a note only where it fits the entry.
///
/// Rules:
/// - A matched interest's `because:` is the user's own words to the friend: it fits whenever
///   that interest matched (not by learned words alone), and is used as written.
/// - The friend's `notes` are the user's words about the friend ("ran the Prairie Fire 50K
///   together in 2024; owes me a rematch"). Each clause (split at ";") fits an entry when it
///   shares a word (by stem; "ran" counts as "run") with the entry's title or with a matched
///   interest. Not with the summary: a summary's everyday words ("the Rust team says") would
///   tie a note about compile times to "moved to KC for a data team job". A clause is used only
///   when it can be said to the friend:
///   - one about both of them ("together", "we") becomes a memory: "when we ran the Prairie
///     Fire 50K together in 2024", and what they did (its object) can frame a plan;
///   - one that starts with what the friend does or did ("still sends a pie every
///     Thanksgiving", "just insulated her attic") is turned to "you" ("you still send a pie…",
///     "you just insulated your attic");
///   - anything else (a label: "my old landlady") is not said to them.
/// - Nothing the friend knows better than the user is stated as news (their birthday's date).
struct FriendContext: Sendable, Hashable {
    enum Line: Sendable, Hashable {
        /// The user's words for the interest that matched: "you just insulated the attic".
        case because(String)
        /// Something they did together: the clause, and what they did ("the Prairie Fire 50K").
        case memory(clause: String, shared: String?)
        /// Something the friend does or did, said to them: "you still send a pie every Thanksgiving".
        case about(String)
    }

    let line: Line?

    init(friend: Friend, candidate: Candidate, reasons: [MatchReason]) {
        let matched = reasons.filter { !Hook.isLearned($0) }.map(\.interest)
        if let because = friend.interests.first(where: { interest in
            interest.because != nil && matched.contains { $0.caseInsensitiveCompare(interest.phrase) == .orderedSame }
        })?.because {
            line = .because(because)
            return
        }
        let analyzer = TextAnalyzer()
        let entryStems = Set(analyzer.terms(in: candidate.title) + matched.flatMap { analyzer.terms(in: $0) })
        let clauses = (friend.notes ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        line =
            clauses.lazy.compactMap { clause -> Line? in
                let stems = Set(analyzer.terms(in: clause).map { Self.irregularPast[$0] ?? $0 })
                guard !stems.isDisjoint(with: entryStems) else { return nil }
                return Self.line(for: clause)
            }.first
    }

    /// The clause said to the friend, or nil when it cannot be.
    static func line(for clause: String) -> Line? {
        var words = clause.split(separator: " ").map(String.init)
        guard words.count >= 3 else { return nil }
        let folded = words.map { $0.lowercased() }
        if folded.contains("together") || folded.first == "we" {
            if folded.first == "we" { words.removeFirst() }
            return .memory(clause: secondPerson(words).joined(separator: " "), shared: sharedThing(words))
        }
        var verbIndex = 0
        if ["still", "just", "always", "finally", "recently", "now"].contains(folded[0]) { verbIndex = 1 }
        let verb = folded[verbIndex]
        if isPast(verb) {
            return .about("you " + secondPerson(words).joined(separator: " "))
        }
        guard let present = presentForYou(verb), verbIndex + 1 < folded.count, objectStarts.contains(folded[verbIndex + 1]) else { return nil }
        words[verbIndex] = present
        return .about("you " + secondPerson(words).joined(separator: " "))
    }

    /// "the Prairie Fire 50K" of "ran the Prairie Fire 50K together in 2024": the words after
    /// the verb, up to "together" or a preposition.
    static func sharedThing(_ words: [String]) -> String? {
        let rest = words.dropFirst()
        let stops: Set<String> = ["together", "in", "on", "at", "with", "last", "back", "when", "for"]
        let thing = rest.prefix { !stops.contains($0.lowercased()) }
        guard thing.count >= 2, thing.first.map({ ["the", "a", "an"].contains($0.lowercased()) }) == true else { return nil }
        return thing.joined(separator: " ")
    }

    private static func secondPerson(_ words: [String]) -> [String] {
        words.map { word in
            switch word.lowercased() {
            case "her", "his", "their": "your"
            case "she", "he", "they": "you"
            case "herself", "himself", "themselves": "yourself"
            case "hers", "theirs": "yours"
            default: word
            }
        }
    }

    private static func isPast(_ word: String) -> Bool {
        (word.hasSuffix("ed") && word.count > 4) || irregularPast[word] != nil
    }

    /// "sends" → "send", "teaches" → "teach", "has" → "have", "is" → "are".
    private static func presentForYou(_ word: String) -> String? {
        switch word {
        case "is": return "are"
        case "has": return "have"
        case "does": return "do"
        case "goes": return "go"
        default: break
        }
        guard word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 3 else { return nil }
        for ending in ["ches", "shes", "sses", "xes", "zes"] where word.hasSuffix(ending) { return String(word.dropLast(2)) }
        return String(word.dropLast())
    }

    /// Words that begin what a verb acts on: "owes *me* a rematch", "sends *a* pie".
    private static let objectStarts: Set<String> = [
        "a", "an", "the", "me", "us", "her", "his", "their", "every", "at", "on", "in", "to", "with", "for", "from", "my", "our", "some",
    ]

    /// Past tenses the stemmer cannot bring home: "ran" fits an entry about running.
    static let irregularPast: [String: String] = [
        "ran": "run", "met": "meet", "rode": "ride", "won": "win", "swam": "swim", "went": "go", "took": "take", "built": "build",
        "made": "make", "bought": "buy", "sang": "sing", "taught": "teach", "drove": "drive", "flew": "fly", "wrote": "write",
        "grew": "grow", "saw": "see", "began": "begin", "left": "leave", "sold": "sell", "brought": "bring", "caught": "catch",
    ]
}
