/// The English stop words: words so common that they say nothing of what a text is about.
///
/// The list is the Snowball project's English stop word list (snowballstem.org, the list that goes
/// with the English stemmer): pronouns, forms of *be*, *have*, *do*, articles, conjunctions,
/// prepositions, the contractions built from them (*don't*, *it's*), and a few adverbs and
/// determiners (*very*, *only*, *such*). It has no *will*, *can* or *just*, which can carry meaning.
///
/// Words are compared folded (lower-case, apostrophes as `'`), exactly as spelled here.
struct EnglishStopWords: Sendable {
    /// The words, folded.
    static let words: [String] = [
        // Pronouns and determiners.
        "i", "me", "my", "myself", "we", "our", "ours", "ourselves",
        "you", "your", "yours", "yourself", "yourselves",
        "he", "him", "his", "himself", "she", "her", "hers", "herself",
        "it", "its", "itself", "they", "them", "their", "theirs", "themselves",
        "what", "which", "who", "whom", "this", "that", "these", "those",
        // Forms of be, have and do, and modal verbs.
        "am", "is", "are", "was", "were", "be", "been", "being",
        "have", "has", "had", "having", "do", "does", "did", "doing",
        "would", "should", "could", "ought",
        // Contractions.
        "i'm", "you're", "he's", "she's", "it's", "we're", "they're",
        "i've", "you've", "we've", "they've",
        "i'd", "you'd", "he'd", "she'd", "we'd", "they'd",
        "i'll", "you'll", "he'll", "she'll", "we'll", "they'll",
        "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't",
        "doesn't", "don't", "didn't", "won't", "wouldn't", "shan't", "shouldn't",
        "can't", "cannot", "couldn't", "mustn't",
        "let's", "that's", "who's", "what's", "here's", "there's",
        "when's", "where's", "why's", "how's",
        // Articles, conjunctions and prepositions.
        "a", "an", "the", "and", "but", "if", "or", "because", "as", "until", "while",
        "of", "at", "by", "for", "with", "about", "against", "between", "into", "through",
        "during", "before", "after", "above", "below", "to", "from", "up", "down",
        "in", "out", "on", "off", "over", "under",
        // Adverbs and quantifiers.
        "again", "further", "then", "once", "here", "there", "when", "where", "why", "how",
        "all", "any", "both", "each", "few", "more", "most", "other", "some", "such",
        "no", "nor", "not", "only", "own", "same", "so", "than", "too", "very",
    ]

    /// The list in a table looked up by a word's bytes.
    static let shared = EnglishStopWords()

    /// The words packed into keys, in an open-addressing hash table (linear probing) kept at most a
    /// third full, so that a look-up touches one or two slots and hashes with two multiplications.
    /// An empty slot holds ``PackedWord/none``.
    private let slots: [PackedWord]
    private let slotBits: Int

    private init() {
        var slotBits = 1
        while 1 << slotBits < 3 * Self.words.count {
            slotBits += 1
        }
        self.slotBits = slotBits
        var slots = [PackedWord](repeating: .none, count: 1 << slotBits)
        for word in Self.words {
            guard let key = Array(word.utf8).withUnsafeBufferPointer({ PackedWord($0[...]) }) else {
                preconditionFailure("stop word too long to pack: \(word)")
            }
            var slot = key.hash(inBits: slotBits)
            while slots[slot] != .none {
                slot = (slot + 1) & (slots.count - 1)
            }
            slots[slot] = key
        }
        self.slots = slots
    }

    /// Whether the folded word whose bytes are `word` is a stop word.
    @inline(__always)
    func contains(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let key = PackedWord(word) else { return false }
        return contains(key)
    }

    /// Whether the folded word packed in `key` is a stop word.
    @inline(__always)
    func contains(_ key: PackedWord) -> Bool {
        var slot = key.hash(inBits: slotBits)
        while true {
            let occupant = slots[slot]
            if occupant == key {
                return true
            }
            if occupant == .none {
                return false
            }
            slot = (slot + 1) & (slots.count - 1)
        }
    }
}
