/// Each part of an entry's score for one interest of a friend, as ``Scoring`` adds them up: what
/// `share why` shows.
public struct ScorePart: Sendable, Hashable {
    /// One term and what it adds: `q × x_e` (or `rarity(P) × tf` for the phrase).
    public struct Term: Sendable, Hashable {
        /// The word as the entry writes it (for an own word or the phrase, as the friend does).
        public let word: String
        public let value: Double
        /// For a learned word, where it comes from.
        public let source: LearnedSource?
    }

    public let interest: String
    public let weight: Double
    /// The whole phrase (exact and near matches together), when found.
    public let phrase: Double
    /// The interest's own words found.
    public let words: [Term]
    /// Why the own words were passed over (a gate of ``Scoring``), if they were.
    public let gate: Gate?
    /// The learned words found, word knowledge and this run's entries.
    public let learned: [Term]

    /// Why an interest's own words found in an entry do not count (the gates of ``Scoring``).
    public enum Gate: Sendable, Hashable {
        /// A lone word of a longer phrase, with nothing else of it (*used* of *buying and selling
        /// used gear*).
        case loneWord
        /// A one-word interest whose sense these other interests of the friend settle, with no
        /// word of that sense beside it (*Java* the island, for a friend who likes Python).
        case otherSense(siblings: [String])
    }

    /// Whether the own words were passed over.
    public var gated: Bool { gate != nil }

    /// `score_i` of ``Scoring``, before the weight and freshness.
    public var total: Double {
        (gated ? 0 : words.reduce(0) { $0 + $1.value }) + phrase + learned.reduce(0) { $0 + $1.value }
    }
}
