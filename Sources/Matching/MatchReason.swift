/// Why an entry matched a friend, one interest and one kind of evidence at a time: the interest as
/// the friend wrote it, where it was found, and the entry's own words for it.
///
/// A draft is written from these ("the title says *Trail runners take over Platte River State
/// Park*"), so ``quote`` is always the text as the entry wrote it — case, accents, hyphens and
/// all — never the interest's spelling. Every reason can be checked against the entry: the words
/// quoted are in it, where it says.
public struct MatchReason: Sendable, Hashable, CustomStringConvertible {
    /// What was found (see ``Scoring`` for how much each counts).
    public enum Kind: Sendable, Hashable {
        /// The whole interest.
        case phrase
        /// All the interest's words, close together but not as the phrase.
        case near
        /// One of the interest's own words.
        case word
        /// Words close to the interest in the word table: neighbours of these own words of it.
        case wordKnowledge(closeTo: [String])
        /// Words of the entries of this run that match the interest best.
        case thisRun
    }

    /// The interest phrase, as written in the friend's list.
    public let interest: String
    /// Where the interest was found (for learned words, where the first of them is).
    public let field: Field
    /// The first place in ``field`` where it was found, quoted from the entry: from the start of
    /// its first word to the end of its last (*Trail-running*, *trail runners'*); for learned
    /// words, the words themselves, the most telling first, joined by "and" (*goalies and
    /// Stanley*).
    public let quote: String
    /// How many times the interest was found in ``field``.
    public let occurrences: Int
    /// For ``Field/categories``: which category (an index into the entry's categories).
    public let categoryIndex: Int?
    public let kind: Kind

    public init(interest: String, field: Field, quote: String, occurrences: Int = 1, categoryIndex: Int? = nil, kind: Kind = .phrase) {
        self.interest = interest
        self.field = field
        self.quote = quote
        self.occurrences = occurrences
        self.categoryIndex = categoryIndex
        self.kind = kind
    }

    /// `"trail running" in the title: "Trail-running"`, with `(3 times)` when found more than once;
    /// `mentions goalies and Stanley (close to your "NHL playoffs", from word knowledge)` for
    /// learned words.
    public var description: String {
        let times = occurrences > 1 ? " (\(occurrences) times)" : ""
        switch kind {
        case .phrase:
            return "\"\(interest)\" in the \(field): \"\(quote)\"\(times)"
        case .near:
            return "\"\(interest)\", its words close together in the \(field): \"\(quote)\"\(times)"
        case .word:
            return "\"\(interest)\", its word \"\(quote)\" in the \(field)\(times)"
        case let .wordKnowledge(closeTo):
            let own = closeTo.map { "\"\($0)\"" }.joined(separator: ", ")
            return "mentions \(quote) (close to your \"\(interest)\": to \(own), in word knowledge)"
        case .thisRun:
            return "mentions \(quote) (as this run's best entries for your \"\(interest)\" do)"
        }
    }
}
