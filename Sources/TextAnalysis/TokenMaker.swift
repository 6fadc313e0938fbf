/// Makes the token of each word of one text: folds the word, looks it up among the stop words,
/// and stems it — or finds all that in the word cache.
///
/// A word of at most 16 bytes, nearly any word, is first looked up in the ``WordCache``: an ASCII
/// word by its lower-cased bytes, which are its fold, another by its bytes as written. Only a word
/// not met before is folded — an ASCII one straight from the text's bytes into its string — looked
/// up among the stop words and stemmed. A word of at most 15 bytes is stored inside its `String`,
/// so most words cost no allocation at all.
struct TokenMaker {
    /// The text whose words these are, for the ranges of its tokens.
    let text: String.UTF8View
    let stopWords: EnglishStopWords

    /// Appends to `tokens` the token of the word in `bytes[word]`, the UTF-8 of the text, at the
    /// next position, unless the word folds to nothing. `isASCII` says whether the word is all
    /// ASCII; `scratch` is a buffer for the fold of a word that is not, reused from word to word.
    @inline(__always)
    func append(
        _ word: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool,
        to tokens: inout [Token], cache: inout WordCache, scratch: inout [UInt8]
    ) {
        let analysis: WordAnalysis
        if isASCII, let key = PackedWord(asciiWord: bytes[word]) {
            // The key is the fold itself.
            analysis = cache.analysis(of: key) {
                analyseASCII(word, of: bytes, isStopWord: stopWords.contains(key))
            }
        } else if isASCII {
            analysis = analyseASCII(word, of: bytes, isStopWord: false)
        } else if let key = PackedWord(bytes[word]) {
            // The key is the word as written: its fold is worked out from all its bytes.
            analysis = cache.analysis(of: key) {
                analyseUnicode(word, of: bytes, scratch: &scratch)
            }
        } else {
            analysis = analyseUnicode(word, of: bytes, scratch: &scratch)
        }
        guard !analysis.folded.isEmpty else { return }
        let start = text.index(text.startIndex, offsetBy: word.lowerBound)
        let end = text.index(start, offsetBy: word.count)
        tokens.append(
            Token(
                text: analysis.folded, stem: analysis.stem, position: tokens.count,
                isStopWord: analysis.isStopWord, range: start..<end, stemHash: analysis.stemHash
            ))
    }

    /// The analysis of the ASCII word in `bytes[word]`, which is a stop word or not.
    @inline(__always)
    private func analyseASCII(_ word: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, isStopWord: Bool) -> WordAnalysis {
        let folded = WordFolding.foldASCII(bytes[word])
        return analysis(of: folded, isASCII: true, isStopWord: isStopWord, isPossessive: Self.endsWithPossessive(bytes[word]))
    }

    /// The analysis of the word in `bytes[word]`, which has characters outside ASCII, folded in
    /// `scratch`.
    private func analyseUnicode(_ word: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8]) -> WordAnalysis {
        let (folded, foldIsASCII) = WordFolding.fold(word, of: bytes, into: &scratch)
        let (isStopWord, isPossessive) = scratch.withUnsafeBufferPointer { foldedBytes in
            (stopWords.contains(foldedBytes[...]), Self.endsWithPossessive(foldedBytes[...]))
        }
        return analysis(of: folded, isASCII: foldIsASCII, isStopWord: isStopWord, isPossessive: isPossessive)
    }

    /// The analysis of a folded word: a stop word is its own stem; another word loses a possessive
    /// `'s` and, if it is ASCII, is stemmed by the Snowball English stemmer.
    @inline(__always)
    private func analysis(of folded: String, isASCII: Bool, isStopWord: Bool, isPossessive: Bool) -> WordAnalysis {
        guard !isStopWord else {
            return WordAnalysis(folded: folded, stem: folded, isStopWord: true)
        }
        let owner = isPossessive ? String(folded.dropLast(2)) : folded
        let stem = isASCII ? EnglishStemmer.stem(owner) : owner
        return WordAnalysis(folded: folded, stem: stem, isStopWord: false)
    }

    /// Whether `word` ends in a possessive `'s` after at least one other character (an ASCII `S`
    /// counts too, before folding).
    @inline(__always)
    private static func endsWithPossessive(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let end = word.endIndex
        return word.count > 2 && word[end - 1] | 0x20 == UInt8(ascii: "s") && word[end - 2] == UInt8(ascii: "'")
    }
}
