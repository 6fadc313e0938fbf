import TextAnalysis

/// Every phrase of a run, each once, and the stems that can start a match of each: what lets
/// the matcher read an entry once and find, word by word, just the phrases that could be there.
///
/// A phrase is filed under its first word, once for every stem a matching word can have (see
/// ``PhraseWord``): the word's own stem, the stems of its plurals and singulars, and the stems of
/// the words for one who does it or practises it. So *trail running* is filed under *trail* (and
/// *trails*); *running* under *run* and *runner*; *astronomy* under *astronomi* and *astronom*;
/// *heat pumps* under *heat*. A word of an entry is looked up by its stem, and each phrase found
/// is checked by the full rule, word by word.
struct PhraseIndex: Sendable {
    /// Where a match can start: the phrase, its words (in ``words``), and whether they are its
    /// ``Phrase/labelWords``, looked for in categories only.
    struct Anchor: Sendable {
        let phrase: Int
        let words: Range<Int>
        let inCategoriesOnly: Bool
    }

    private(set) var phrases: [Phrase] = []
    /// The words of all the phrases, one after the other, for ``Anchor/words``.
    private(set) var words: [PhraseWord] = []
    private(set) var anchors: [String: [Anchor]] = [:]
    /// Whether some phrase starts with a stop word (one that is nothing but stop words): otherwise
    /// the entries' stop words need not be looked up at all.
    private(set) var hasStopWordAnchors = false
    private var idByKey: [String: Int] = [:]
    /// The phrases by their text as written, so that a text met again is not analysed again.
    private var idByText: [PhraseRole: [String: Int?]] = [:]
    private let analyzer: TextAnalyzer

    init(analyzer: TextAnalyzer) {
        self.analyzer = analyzer
    }

    /// The id of the phrase of `text` in `role`, added if new; nil when `text` has no words.
    mutating func insert(_ text: String, role: PhraseRole) -> Int? {
        if let known = idByText[role]?[text] { return known }
        let id = insertAnalysing(text, role: role)
        idByText[role, default: [:]][text] = id
        return id
    }

    private mutating func insertAnalysing(_ text: String, role: PhraseRole) -> Int? {
        guard let phrase = Phrase(text, role: role, analyzer: analyzer) else { return nil }
        if let id = idByKey[phrase.key] { return id }
        let id = phrases.count
        phrases.append(phrase)
        idByKey[phrase.key] = id
        file(phrase.words, of: id, inCategoriesOnly: false)
        if let labelWords = phrase.labelWords {
            file(labelWords, of: id, inCategoriesOnly: true)
        }
        return id
    }

    /// Files `phraseWords` under every stem that a word matching the first of them can have.
    private mutating func file(_ phraseWords: [PhraseWord], of phrase: Int, inCategoriesOnly: Bool) {
        let anchor = Anchor(phrase: phrase, words: words.count..<words.count + phraseWords.count, inCategoriesOnly: inCategoriesOnly)
        words += phraseWords
        let first = phraseWords[0]
        hasStopWordAnchors = hasStopWordAnchors || first.isStopWord
        var stems: Set<String> = [first.stem]
        if !first.isStopWord {
            // The stems the analyser gives these words, folded already: their Snowball stems (a
            // word that is not ASCII is its own stem).
            stems.formUnion(first.inflections.map(EnglishStemmer.stem))
            stems.formUnion(first.doerStems)
        }
        for stem in stems.sorted() {
            anchors[stem, default: []].append(anchor)
        }
    }
}
