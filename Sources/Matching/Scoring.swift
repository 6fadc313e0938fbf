import Foundation

/// How much an entry is worth to a friend: the formula, in one place.
///
/// ```
/// score(friend, e) = freshness(e) × Σ over the friend's interests i: weight(i) × score_i(e)
///
/// score_i(e) = gate × own_i(e) + learned_i(e) + phrase_i(e)
/// own_i(e)     = Σ over i's own words s: q_i(s) × x_e(s)
/// learned_i(e) = Σ over i's learned words t: q_i(t) × x_e(t)
/// phrase_i(e)  = rarity(P) × tf(n_e(P))                 (interests of two or more words)
///
/// x_e(t)  = tf(c_e(t)),  c_e(t) = Σ over fields F: fieldWeight(F) × n_F(t)
/// tf(c)   = c × (k + 1) / (c + k × (1 − b + b × L_e / avgL)),  k = 1.2, b = 0.75     (BM25)
/// n_e(P)  = Σ over fields F: fieldWeight(F) × (exact_F(P) + 0.5 × near_F(P))
/// rarity  = ln(1 + N / df) / ln(1 + N)                   1 in one story, → 0 in all, 0 in none
/// freshness = 0.5 + 0.5 × 2^(−age / halfLife)
/// ```
///
/// - `fieldWeight(F)`: ``Field/weight`` — title 3, categories 2, summary 1, content 0.5; but in an
///   entry without a summary the content stands in for it and weighs 1. `L_e` is `Σ_t c_e(t)`
///   over the entry's words that are not stop words; `avgL` its mean over the pool.
/// - **Own words** (`q_i(s)`): the distinct words of the interest that are not stop words, each
///   found by the rules of ``PhraseWord`` (never inside another word, *training* is not *train*).
///   For a one-word interest `q = rarity(s)`; for one of `k ≥ 2` words, `q = rarity(s)² / k`: a
///   word of a longer phrase counts by how telling it is in this pool (*X11* more than *used*).
/// - **Phrase** (`P`): `exact_F` counts the whole phrase (``PhraseMatcher``: consecutive words,
///   figures of speech excluded), `near_F` the windows of ``NearMatcher/window`` words that hold
///   all its words; `rarity(P)` is over the stories with either.
/// - **Gate**: `gate = 0` when the interest has two or more own words, only one of them is found,
///   the phrase is not, and the learned words found add less than ``Expansion/gateSupport``: a
///   lone word of a longer phrase (*used*, *space*) never carries a match. Also (the sense gate)
///   when the interest is one word whose sense the friend's other interests settle
///   (``InterestModel/Sense``: *Python* beside *Java*), the words learned for it from word
///   knowledge add less than ``Expansion/gateSupport``, and the entry's own words are not of
///   that sense (``Expansion/senseCloseness``): Java the island is not for a programmer. Otherwise 1.
/// - **Learned words** (`q_i(t)`, ``InterestModel``): close words from the word table and words of
///   this run's best matching stories; bounded in number and in weight.
/// - `N` is the number of stories in the pool (copies of one story counted once); `df` the number
///   of them a word or phrase is found in.
/// - `freshness`: from 1 for an entry published at ``MatchOptions/now`` (or later) down towards
///   0.5 for old ones, 0.75 at ``MatchOptions/freshnessHalfLife``. An entry without a date counts
///   as one half-life old.
///
/// An entry that matches nothing scores 0. One mention of a one-word interest that few stories
/// use, in the summary of an entry of average length and of today, scores about 1; in the title
/// 1.6; see ``MatchOptions/defaultMinScore`` for the threshold.
public enum Scoring {
    /// BM25's `k`: how soon more mentions stop adding.
    public static let saturation = 1.2
    /// BM25's `b`: how much a long entry's mentions are discounted (0 not at all, 1 in full).
    public static let lengthNormalisation = 0.75
    /// How much one window of an interest's words close together counts, against the whole phrase.
    public static let nearWeight = 0.5

    /// `n × (k + 1) / (n + k)`: 0 for no mention, 1 for one, approaching `k + 1` for many (BM25's
    /// term frequency for an entry of average length).
    public static func saturated(_ occurrences: Int) -> Double {
        termFrequency(Double(occurrences), lengthNorm: saturation)
    }

    /// `c × (k + 1) / (c + lengthNorm)`, `lengthNorm = k × (1 − b + b × L / avgL)`.
    static func termFrequency(_ count: Double, lengthNorm: Double) -> Double {
        count > 0 ? count * (saturation + 1) / (count + lengthNorm) : 0
    }

    /// `ln(1 + N / df) / ln(1 + N)` for a word or phrase found in `documentFrequency` of the pool's
    /// `poolSize` stories; 0 when it is found in none.
    public static func rarity(documentFrequency: Int, poolSize: Int) -> Double {
        guard documentFrequency > 0, poolSize > 0 else { return 0 }
        return log(1 + Double(poolSize) / Double(documentFrequency)) / log(1 + Double(poolSize))
    }

    /// `0.5 + 0.5 × 2^(−age / halfLife)`, age counted from `published` to `now` and never below
    /// zero; an undated entry is taken to be one half-life old (0.75).
    public static func freshness(published: Date?, now: Date, halfLife: TimeInterval) -> Double {
        let age = published.map { max(0, now.timeIntervalSince($0)) } ?? halfLife
        return 0.5 + 0.5 * exp2(-age / halfLife)
    }

    /// `n_e(P)`: `Σ over fields F: fieldWeight(F) × (exact_F + 0.5 × near_F)`, from a phrase's
    /// matches in one entry (one per field) and its near matches. `hasSummary` says whether the
    /// entry has a summary; without one, its content weighs as much.
    static func weightedCount(of matches: some Collection<FieldMatch>, near: some Collection<NearMatch>, hasSummary: Bool) -> Double {
        func weight(_ field: Field) -> Double { field == .content && !hasSummary ? Field.summary.weight : field.weight }
        return matches.reduce(0) { $0 + weight($1.field) * Double($1.count) }
            + near.reduce(0) { $0 + nearWeight * weight($1.field) * Double($1.count) }
    }
}
