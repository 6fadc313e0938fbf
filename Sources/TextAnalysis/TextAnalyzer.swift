/// Turns text into tokens for matching: an entry's title, categories and summary, and a friend's
/// interests, all by the same rules, so that *Trail-running* in a title and *trail running* in an
/// interest meet.
///
/// What happens to a text, in order:
///
/// 1. **Words.** The text is cut into words at Unicode word boundaries (UAX #29, tailored): runs of
///    letters and digits of any script, apostrophes inside them kept (*don't*, *O'Brien*), numbers
///    with their decimal points and thousands separators (*5K*, *3.5*, *10,000*). Hyphens,
///    underscores and all other punctuation separate words: *trail-running* is *trail*, *running*.
///    Each Han ideograph, Hiragana character, and letter of Thai and the other scripts written
///    without spaces is a word by itself. See `WordScanner`.
/// 2. **Words written together.** A hashtag's words, and in a ``TextKind/label`` every word, are
///    split at changes of case: *#TrailRunning* → *Trail*, *Running*; *HTMLParser* → *HTML*,
///    *Parser*; but *iOS* and *PDFs* stay whole. See `CaseChangeSplitter`.
/// 3. **Folding.** Each word is lower-cased and its diacritics removed, by Unicode case mapping and
///    compatibility decomposition (NFKD): *Café* → *cafe*, *Über* → *uber*, *Straße* → *strasse*,
///    *Ørsted* → *orsted*, *Æsir* → *aesir*; Greek, Cyrillic and other scripts are lower-cased and
///    stay in their script. Curly apostrophes become `'`. See `CharacterFolding`.
/// 4. **Stop words.** A word on the Snowball English stop word list is flagged
///    (``Token/isStopWord``), not dropped: it keeps its position, so that *trail for running* has a
///    word between *trail* and *running*.
/// 5. **Stems.** A stop word is its own stem. Another word loses a possessive `'s` and, if it
///    folded to ASCII, is stemmed by the Snowball English stemmer (``EnglishStemmer``): *runners*
///    → *runner*, *running* → *run*. A word in another script keeps its folded form as its stem.
///
/// Positions count every word, from 0, in the order of the text.
///
/// The analyzer works on the text's UTF-8 bytes, with an ASCII path that never decodes a
/// character. A word met before is not folded or stemmed again: each analysis borrows a cache of
/// word analyses (`WordCache`) from a pool that all analyzers share, uses it alone, and gives it
/// back. An analyzer holds no state of its own, so one value can be shared by any number of tasks.
public struct TextAnalyzer: Sendable {
    private let stopWords: EnglishStopWords

    public init() {
        stopWords = EnglishStopWords.shared
    }

    /// The words of `text`, in order, each folded, flagged if a stop word, stemmed and placed.
    ///
    /// ```swift
    /// TextAnalyzer().tokens(in: "Trail-running for Café owners").map(\.stem)
    /// // ["trail", "run", "for", "cafe", "owner"]
    /// ```
    public func tokens(in text: String, as kind: TextKind = .prose) -> [Token] {
        var text = text
        text.makeContiguousUTF8()
        let maker = TokenMaker(text: text.utf8, stopWords: stopWords)
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 4 + 1)
        var scratch: [UInt8] = []
        var cache = WordCachePool.shared.take()
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var scanner = WordScanner(bytes)
            while let word = scanner.next() {
                if kind == .label || word.isHashtag {
                    CaseChangeSplitter.forEachPart(of: word.bytes, in: bytes, isASCII: word.isASCII) { part in
                        maker.append(part, of: bytes, isASCII: word.isASCII, to: &tokens, cache: &cache, scratch: &scratch)
                    }
                } else {
                    maker.append(word.bytes, of: bytes, isASCII: word.isASCII, to: &tokens, cache: &cache, scratch: &scratch)
                }
            }
        }
        WordCachePool.shared.giveBack(cache)
        return tokens
    }

    /// The terms of an interest phrase: the stems of its words, in order, without its stop words —
    /// unless the phrase is nothing but stop words (*The Who*), when all its stems are kept.
    ///
    /// ```swift
    /// TextAnalyzer().terms(in: "Trail Running")      // ["trail", "run"]
    /// TextAnalyzer().terms(in: "The Lord of the Rings")  // ["lord", "ring"]
    /// ```
    ///
    /// The terms say which words must appear, not how far apart: a matcher that needs the gaps the
    /// stop words left (*lord* and *ring* are three words apart) reads them from the positions of
    /// `tokens(in: phrase)`.
    public func terms(in phrase: String) -> [String] {
        let tokens = tokens(in: phrase)
        let meaningful = tokens.filter { !$0.isStopWord }
        return (meaningful.isEmpty ? tokens : meaningful).map(\.stem)
    }

    /// Whether `word`, folded, is an English stop word: one of the Snowball English stop word list,
    /// such as *the*, *For*, *DON’T*. Something that is not a single word is not a stop word.
    public func isStopWord(_ word: String) -> Bool {
        let tokens = tokens(in: word)
        return tokens.count == 1 && tokens[0].isStopWord
    }
}
