import Foundation

/// Why an entry was or was not suggested to a friend: ``MatchEngine/explain(friend:candidateLink:)``.
///
/// The verdict is the first of these that applies, in this order:
///
/// 1. ``Verdict-swift.enum/unknownFriend``: the friend is not one of the run's friends;
/// 2. ``Verdict-swift.enum/notInPool``: no entry of the run has that link (or id);
/// 3. ``Verdict-swift.enum/noInterestMatched``: none of the friend's interests is found in it;
///    ``Verdict-swift.enum/notCounted``: some are, but a gate of ``Scoring`` passes over them all
///    (the parts say which and why);
/// 4. ``Verdict-swift.enum/vetoed(avoid:field:quote:)``: one of the friend's avoid phrases is
///    found in some copy of it (the first in the friend's list, where it is first found);
/// 5. ``Verdict-swift.enum/alreadySent(link:)``: it was sent to the friend before;
/// 6. ``Verdict-swift.enum/belowThreshold(score:minScore:)``: it scores below the threshold;
/// 7. ``Verdict-swift.enum/sameFeedRankedAbove(_:)``: as many entries from its feed as allowed
///    rank above it;
/// 8. ``Verdict-swift.enum/outranked(by:)``: the friend's suggestions, all of them, rank above it;
/// 9. ``Verdict-swift.enum/suggested(rank:)``.
///
/// When the link names a copy of a story that another copy stands for (the same story in another
/// feed), the verdict is the story's and ``standIn`` is the copy that stands for it.
public struct Explanation: Sendable, CustomStringConvertible {
    public enum Verdict: Sendable, Hashable {
        case suggested(rank: Int)
        case unknownFriend
        case notInPool
        case noInterestMatched
        case notCounted
        case vetoed(avoid: String, field: Field, quote: String)
        case alreadySent(link: String)
        case belowThreshold(score: Double, minScore: Double)
        case sameFeedRankedAbove(Candidate)
        case outranked(by: [Candidate])
    }

    public let friend: Friend
    /// The link (or id) asked about.
    public let link: String
    /// The entry that link names, if any.
    public let candidate: Candidate?
    /// The copy that stands for the story when it is not ``candidate``.
    public let standIn: Candidate?
    public let verdict: Verdict
    /// The story's score for the friend, when an interest matched (vetoes aside).
    public let score: Double?
    /// The interests found, as in ``Suggestion/reasons`` — also when the entry was not suggested.
    public let reasons: [MatchReason]
    /// Each part of the score, interest by interest (those with anything found).
    public let parts: [ScorePart]
    /// The entry's freshness, the factor the parts' sum is multiplied by (see ``Scoring``).
    public let freshness: Double

    public init(
        friend: Friend, link: String, candidate: Candidate?, standIn: Candidate? = nil, verdict: Verdict,
        score: Double? = nil, reasons: [MatchReason] = [], parts: [ScorePart] = [], freshness: Double = 1
    ) {
        self.friend = friend
        self.link = link
        self.candidate = candidate
        self.standIn = standIn
        self.verdict = verdict
        self.score = score
        self.reasons = reasons
        self.parts = parts
        self.freshness = freshness
    }

    /// Whether the entry (or its story) was suggested.
    public var isSuggested: Bool {
        if case .suggested = verdict { true } else { false }
    }

    /// A sentence or two for a person: the verdict, then the reasons.
    public var description: String {
        let entry = candidate.map { "\"\($0.title)\"" } ?? link
        var lines: [String] = []
        if let standIn {
            lines.append("\(entry) is the same story as \"\(standIn.title)\" (\(standIn.feedTitle ?? standIn.feedURL)), which stands for it.")
        }
        let scored = score.map { String(format: " (score %.2f)", $0) } ?? ""
        switch verdict {
        case let .suggested(rank):
            lines.append("Suggested to \(friend.name) as number \(rank)\(scored).")
        case .unknownFriend:
            lines.append("\(friend.name) is not among this run's friends.")
        case .notInPool:
            lines.append("No entry of this run has the link \(link).")
        case .noInterestMatched:
            lines.append("None of \(friend.name)'s interests is found in \(entry).")
        case .notCounted:
            lines.append("What of \(friend.name)'s interests is found in \(entry) does not count:")
        case let .vetoed(avoid, field, quote):
            lines.append("Vetoed: \(friend.name) avoids \"\(avoid)\", found in the \(field): \"\(quote)\".")
        case let .alreadySent(sentLink):
            lines.append("Already sent to \(friend.name) (\(sentLink)).")
        case let .belowThreshold(score, minScore):
            lines.append(String(format: "Below the threshold: score %.2f, less than %.2f.", score, minScore))
        case let .sameFeedRankedAbove(other):
            lines.append("\"\(other.title)\", from the same feed, ranks above it\(scored).")
        case let .outranked(others):
            let titles = others.map { "\"\($0.title)\"" }.joined(separator: ", ")
            lines.append("Outranked\(scored): \(friend.name)'s suggestions are \(titles).")
        }
        lines += reasons.map { "  \($0)" }
        if !parts.isEmpty {
            lines.append("The score, part by part:")
            for part in parts { lines += Self.describe(part) }
            lines.append(String(format: "  × freshness %.2f", freshness))
        }
        return lines.joined(separator: "\n")
    }

    /// An interest's part of the score, one line per kind of term.
    private static func describe(_ part: ScorePart) -> [String] {
        func terms(_ terms: [ScorePart.Term]) -> String {
            terms.map { String(format: "\"%@\" %.2f", $0.word, $0.value) }.joined(separator: ", ")
        }
        let weight = part.weight == 1 ? "" : String(format: " × weight %.2g", part.weight)
        var lines = [String(format: "  \"%@\": %.2f%@", part.interest, part.total, weight)]
        if part.phrase > 0 { lines.append(String(format: "    the whole phrase (or its words close together): %.2f", part.phrase)) }
        if !part.words.isEmpty {
            let gate =
                switch part.gate {
                case nil: ""
                case .loneWord: " — not counted: a lone word of a longer phrase, with nothing else of it"
                case let .otherSense(siblings):
                    " — not counted: no word of the sense your " + siblings.map { "\"\($0)\"" }.joined(separator: " and ")
                        + " give it"
                }
            lines.append("    its own words: \(terms(part.words))\(gate)")
        }
        let known = part.learned.filter { if case .wordKnowledge = $0.source { true } else { false } }
        if !known.isEmpty {
            let from = known.map { term -> String in
                guard case let .wordKnowledge(own, closeness) = term.source else { return "" }
                return String(format: "\"%@\" %.2f (near \"%@\", %.2f)", term.word, term.value, own, closeness)
            }
            lines.append("    learned from word knowledge: " + from.joined(separator: ", "))
        }
        let run = part.learned.filter { if case .thisRun = $0.source { true } else { false } }
        if !run.isEmpty {
            let from = run.map { term -> String in
                guard case let .thisRun(stories) = term.source else { return "" }
                return String(format: "\"%@\" %.2f (in %d of its best entries)", term.word, term.value, stories)
            }
            lines.append("    learned from this run's entries: " + from.joined(separator: ", "))
        }
        return lines
    }
}
