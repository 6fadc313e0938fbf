/// A value offered by several elements of a feed, of which the best-ranked wins; among equals,
/// the first offered wins (document order). This is how precedence between sources is stated
/// once, at the place each source is read: `<lastBuildDate>` (rank 3) beats the channel's
/// `<pubDate>` (rank 2), which beats `dc:date` (rank 1), whatever their order in the document.
/// Dates are the exception among equals: a repeated `<updated>` is a correction, so the later
/// one wins (`laterWins`), as feedparser does.
struct Ranked<Value> {
    private(set) var value: Value?
    private var rank = Int.min

    mutating func offer(_ candidate: Value?, rank: Int, laterWins: Bool = false) {
        guard let candidate, rank > self.rank || (laterWins && rank == self.rank) else { return }
        value = candidate
        self.rank = rank
    }
}
