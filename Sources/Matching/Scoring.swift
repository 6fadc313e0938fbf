import Foundation

/// How much an entry is worth to a friend: the formula, in one place.
///
/// ```
/// score(friend, entry) = freshness(entry) × Σ over the friend's interests i that the entry matches:
///                        weight(i) × rarity(i) × Σ over fields F: fieldWeight(F) × saturated(n(i, F))
///
/// saturated(n) = n × (k + 1) / (n + k),  k = 1.2        1 → 1,  2 → 1.38,  10 → 1.96,  never 2.2
/// rarity(i)    = min(1, ln(1 + N / df(i)) / ln(1 + 100))
/// freshness    = 0.5 + 0.5 × 2^(−age / halfLife)
/// ```
///
/// - `n(i, F)`: how many times interest `i` is found in field `F` of the entry (``PhraseMatcher``).
///   Saturation: the second mention adds less than the first, and ten mentions are worth less
///   than two mentions in a more telling field.
/// - `fieldWeight(F)`: ``Field/weight`` — title 3, categories 2, summary 1, content 0.5; but in an
///   entry without a summary the content stands in for it and weighs 1.
/// - `weight(i)`: the interest's ``Interest/weight`` (1 unless the friend said otherwise).
/// - `rarity(i)`: an inverse document frequency over the run's pool. `N` is the number of stories
///   in the pool (copies of one story counted once) and `df(i)` the number of them the interest is
///   found in. It depends only on the share of the pool that mentions the interest: an interest
///   that 1% of the pool or less mentions counts fully (1); one that half the pool mentions,
///   0.24; one that every entry mentions, 0.15.
/// - `freshness`: from 1 for an entry published at ``MatchOptions/now`` (or later) down towards
///   0.5 for old ones, 0.75 at ``MatchOptions/freshnessHalfLife``. An entry without a date counts
///   as one half-life old.
///
/// An entry that matches nothing scores 0. One mention in the title of an interest few entries
/// mention, in an entry of today, scores 3; see ``MatchOptions/defaultMinScore`` for the threshold.
public enum Scoring {
    /// The saturation constant `k`: how soon more mentions stop adding.
    public static let saturation = 1.2
    /// The share of the pool (1%) at or below which an interest counts as fully rare.
    public static let fullyRareShare = 0.01

    /// `n × (k + 1) / (n + k)`: 0 for no mention, 1 for one, approaching `k + 1` for many.
    public static func saturated(_ occurrences: Int) -> Double {
        let n = Double(occurrences)
        return n * (saturation + 1) / (n + saturation)
    }

    /// `min(1, ln(1 + N / df) / ln(1 + 100))` for an interest found in `documentFrequency` of the
    /// pool's `poolSize` stories; 0 when it is found in none.
    public static func rarity(documentFrequency: Int, poolSize: Int) -> Double {
        guard documentFrequency > 0, poolSize > 0 else { return 0 }
        let idf = log(1 + Double(poolSize) / Double(documentFrequency))
        return min(1, idf / log(1 + 1 / fullyRareShare))
    }

    /// `0.5 + 0.5 × 2^(−age / halfLife)`, age counted from `published` to `now` and never below
    /// zero; an undated entry is taken to be one half-life old (0.75).
    public static func freshness(published: Date?, now: Date, halfLife: TimeInterval) -> Double {
        let age = published.map { max(0, now.timeIntervalSince($0)) } ?? halfLife
        return 0.5 + 0.5 * exp2(-age / halfLife)
    }

    /// `Σ over fields F: fieldWeight(F) × saturated(n(F))`: how strongly one phrase is found in
    /// one entry, before its weight and rarity, from its matches in that entry (one per field).
    /// `hasSummary` says whether the entry has a summary; without one, its content weighs as much.
    static func strength(of matches: some Collection<FieldMatch>, hasSummary: Bool) -> Double {
        matches.reduce(0) { total, match in
            let weight = match.field == .content && !hasSummary ? Field.summary.weight : match.field.weight
            return total + weight * saturated(match.count)
        }
    }
}
