/// Why an entry matched a friend, one interest and one field at a time: the interest as the friend
/// wrote it, where it was found, and the entry's own words for it.
///
/// A draft is written from these ("the title says *Trail runners take over Platte River State
/// Park*"), so ``quote`` is always the text as the entry wrote it — case, accents, hyphens and
/// all — never the interest's spelling.
public struct MatchReason: Sendable, Hashable, CustomStringConvertible {
    /// The interest phrase, as written in the friend's list.
    public let interest: String
    /// Where the interest was found.
    public let field: Field
    /// The first place in ``field`` where the interest was found, quoted from the entry: from the
    /// start of its first word to the end of its last (*Trail-running*, *trail runners'*).
    public let quote: String
    /// How many times the interest was found in ``field``.
    public let occurrences: Int
    /// For ``Field/categories``: which category (an index into the entry's categories).
    public let categoryIndex: Int?

    public init(interest: String, field: Field, quote: String, occurrences: Int = 1, categoryIndex: Int? = nil) {
        self.interest = interest
        self.field = field
        self.quote = quote
        self.occurrences = occurrences
        self.categoryIndex = categoryIndex
    }

    /// `"trail running" in the title: "Trail-running"`, with `(3 times)` when found more than once.
    public var description: String {
        let times = occurrences > 1 ? " (\(occurrences) times)" : ""
        return "\"\(interest)\" in the \(field): \"\(quote)\"\(times)"
    }
}
