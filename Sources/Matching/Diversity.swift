/// Spreads a friend's suggestions over their interests: an interest takes a second place only
/// after every interest with something good has one.
///
/// Each story has a main interest, the one adding most to its score (``Ranker/Entry``). The
/// suggestions are taken one at a time, each the first of the ranking that ``Selection`` would
/// pick (not sent before, its feed not full) and:
///
/// 1. whose main interest has no place yet, if it scores at least ``floor`` × the friend's best
///    score; otherwise
/// 2. simply the first.
enum Diversity {
    /// How good, against the friend's best, a story must be to go before better ones for the sake
    /// of another interest.
    static let floor = 0.7

    /// `ranking` in the order the stories are taken: the picks, then the rest as they were. Going
    /// through it with `selection` picks the same stories, in this order.
    static func ordered(_ ranking: [Ranker.Entry], selection: Selection) -> [Ranker.Entry] {
        guard let best = ranking.first?.score else { return ranking }
        var selection = selection
        var remaining = ranking
        var taken: [Ranker.Entry] = []
        var shown: Set<Int> = []
        while !selection.isFull {
            var first: Int?
            var chosen: Int?
            for (at, entry) in remaining.enumerated() where selection.isEligible(entry.story) {
                if first == nil { first = at }
                if entry.score < floor * best { break }
                if !shown.contains(entry.mainInterest) {
                    chosen = at
                    break
                }
            }
            guard let pick = chosen ?? first else { break }
            let entry = remaining.remove(at: pick)
            _ = selection.decide(entry.story)
            shown.insert(entry.mainInterest)
            taken.append(entry)
        }
        return taken + remaining
    }
}
