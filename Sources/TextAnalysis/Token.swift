/// One word of an analysed text: the word folded, its stem, where it stands among the text's words,
/// and where it is written in the text.
///
/// Two tokens match when their stems are equal. The folded ``text`` is for exact comparisons and
/// for showing which word matched; ``range`` quotes the word as the author wrote it.
public struct Token: Sendable, Hashable {
    /// The word folded, as written otherwise: lower-case, without diacritics, with every
    /// apostrophe the ASCII `'` (*Café’s* → `cafe's`). See ``TextAnalyzer`` for the folding rules.
    public let text: String

    /// The key the word is matched by: the Snowball English stem of ``text`` once a possessive
    /// `'s` is dropped (*runners* → `runner`, *O'Brien's* → `o'brien`). A stop word is not stemmed:
    /// its stem is ``text``. Nor is a word that does not fold to ASCII: its stem is ``text``
    /// without the possessive.
    public let stem: String

    /// The index of the word among all the words of the analysed text, from 0. Stop words are
    /// counted too, so two tokens are neighbours in the text exactly when their positions differ
    /// by one: *trail for running* puts *trail* at 0 and *running* at 2.
    public let position: Int

    /// Whether ``text`` is an English stop word (*the*, *for*, *don't*); see
    /// ``TextAnalyzer/isStopWord(_:)``. Stop words are kept and flagged, never dropped, so that
    /// positions stay true to the text.
    public let isStopWord: Bool

    /// Where the word is in the analysed text: `text[token.range]` is the word as written, case,
    /// accents and all. Valid only in the string that was analysed.
    public let range: Range<String.Index>

    /// ``StemHash`` of ``stem``.
    public let stemHash: UInt64

    /// A token; `stemHash`, when given, must be ``StemHash`` of `stem` (the analyser has it from
    /// its word cache), and is worked out otherwise.
    public init(text: String, stem: String, position: Int, isStopWord: Bool, range: Range<String.Index>, stemHash: UInt64? = nil) {
        self.text = text
        self.stem = stem
        self.position = position
        self.isStopWord = isStopWord
        self.range = range
        self.stemHash = stemHash ?? StemHash.of(stem)
    }
}
