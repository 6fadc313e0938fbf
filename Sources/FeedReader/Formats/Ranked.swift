import Foundation

/// A value offered by several elements of a feed, of which the best-ranked wins; among equals,
/// the first offered wins (document order). This is how precedence between sources is stated
/// once, at the place each source is read: `<lastBuildDate>` (rank 3) beats the channel's
/// `<pubDate>` (rank 2), which beats `dc:date` (rank 1), whatever their order in the document.
/// Dates are the exception among equals: a repeated `<updated>` is a correction, so the later
/// one wins (`laterWins`), as feedparser does.
///
/// An empty value (`<description></description>`) is no value: it is kept only while nothing
/// else is offered, and any value that is not empty beats it, whatever their ranks. A podcast
/// feed's empty RSS `<description>` must not hide its `itunes:summary`.
struct Ranked<Value: RankedValue> {
    private(set) var value: Value?
    private var rank = Int.min

    /// The value, unless it is empty.
    var nonEmptyValue: Value? { value?.isEmptyValue == true ? nil : value }

    mutating func offer(_ candidate: Value?, rank: Int, laterWins: Bool = false) {
        guard let candidate else { return }
        if candidate.isEmptyValue {
            guard value == nil else { return }
        } else if value?.isEmptyValue != true {
            guard rank > self.rank || (laterWins && rank == self.rank) else { return }
        }
        value = candidate
        self.rank = rank
    }
}

/// What a `Ranked` can hold, and whether it is empty.
protocol RankedValue {
    var isEmptyValue: Bool { get }
}

extension String: RankedValue {
    var isEmptyValue: Bool { isEmpty }
}

extension Date: RankedValue {
    var isEmptyValue: Bool { false }
}
