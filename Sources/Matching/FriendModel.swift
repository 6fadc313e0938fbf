/// Where a learned word comes from, for the reasons and `share why`.
public enum LearnedSource: Sendable, Hashable {
    /// A word close to the interest in the word table (general knowledge of words): a stored
    /// neighbour of `neighbourOf`, one of the interest's own words, at this closeness to the
    /// interest and the friend's other interests (see ``InterestModel``).
    case wordKnowledge(neighbourOf: String, closeness: Double)
    /// A word of the stories of this run that match the interest best (pseudo-relevance feedback):
    /// found in `stories` of them.
    case thisRun(stories: Int)
}

/// One interest of a friend, ready to score: its own words with their weights, its whole phrase,
/// and the words learned for it in this run. The terms of ``Scoring``.
///
/// Learned words come from two places, each bounded in number and in weight:
///
/// 1. **Word knowledge** (needs ``WordVectors``). The interest's vector is
///    `v_i = unit(Σ_s r'(s) × v_s)` over its own words' stems that the table knows (`r'` is the
///    stem's rarity in the pool, or 1 when no story has it); the friend's is
///    `v_f = unit(Σ_i v_i)`. Candidates are the stored neighbours of the own words' stems that some
///    story has, other than the own words. Closeness is `(v_c·v_i + v_c·v_f) / 2` when the friend
///    has two or more interests the table knows (the other interests are the context that tells
///    Java the island from Java the language), else `v_c·v_i`. A candidate is kept when closeness
///    `> τ = 0.45`, with `u = (closeness − τ) / (1 − τ) × rarity(c)`; the ``Expansion/neighbourWords``
///    best by `u` get `q = β × M × u / max(1, Σu)`, `β = 1.5`, `M` the own words' `Σ q`.
/// 2. **This run's entries** (pseudo-relevance feedback). The pool is scored once with the terms
///    so far; the feedback stories of interest `i` are the ``Expansion/feedbackStories`` best by
///    `score_i(e) + 0.5 × Σ_{j≠i} score_j(e)` (the friend's context again), with weights
///    `w_d = fb / Σ fb`. A stem of theirs that is not already a term, is in at least
///    min(2, stories) of them, and is more common there than in the pool
///    (`p_fb = Σ_d w_d [t ∈ d] > p_pool = df / N`) is a candidate, with
///    `u = p_fb × ln(p_fb / p_pool)`; the ``Expansion/feedbackWords`` best get
///    `q = 0.5 × M' × u / Σu`, `M'` the `Σ q` after step 1.
///
/// Learned words in more than ``Expansion/learnedWordMaxShare`` of the pool's stories are never
/// kept: they say little, and their postings are long.
struct InterestModel: Sendable {
    struct OwnWord: Sendable {
        /// The word's phrase (``FriendProfile/WeightedPhrase/words``).
        let phrase: Int
        let stem: String
        /// The word, folded, for the reasons.
        let text: String
        /// `q_i(s)`.
        let weight: Double
    }

    struct LearnedWord: Sendable {
        /// The stem's number in ``PoolTerms``.
        let term: Int
        /// `q_i(t)`.
        let weight: Double
        let source: LearnedSource
    }

    /// As the friend wrote it.
    let text: String
    /// The interest's weight.
    let weight: Double
    /// The whole phrase, when it is a term of its own.
    let phrase: Int?
    /// `rarity(P)`, 0 without a phrase term.
    let phraseRarity: Double
    let words: [OwnWord]
    let learned: [LearnedWord]

    /// Whether a lone own word is passed over (the gate of ``Scoring``).
    var isGated: Bool { words.count >= 2 }
}

/// The bounds of learning, in one place (see ``InterestModel``).
enum Expansion {
    /// τ: the least closeness of a word from the table.
    static let closenessThreshold = 0.45
    /// β for words from the table: their weight, all together, against the own words'.
    static let neighbourMass = 1.5
    static let neighbourWords = 20
    static let feedbackStories = 5
    static let feedbackWords = 20
    /// β for words from this run's entries.
    static let feedbackMass = 0.5
    /// How much the friend's other interests count in choosing feedback stories.
    static let contextWeight = 0.5
    /// The largest share of the pool's stories a learned word may be in.
    static let learnedWordMaxShare = 1.0
    /// How much learned words must add to a story, at least, to let a lone own word count (the
    /// gate of ``Scoring``): a tenth of one mention of a rare word, so that a common word learned
    /// in passing (*problems*, *things*) does not open the gate.
    static let gateSupport = 0.1
}

/// A friend's interests as ``InterestModel``s, and their avoid phrases.
struct FriendModel: Sendable {
    let interests: [InterestModel]
    let avoid: [Int]
}
