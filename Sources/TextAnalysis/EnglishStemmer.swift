/// The Snowball English stemmer, also called "Porter2": Martin Porter's revision of his 1980
/// algorithm, as the Snowball project defines it today (snowballstem.org, "The English (Porter2)
/// stemming algorithm", with the Snowball 3 revisions), and as its published test vocabulary
/// checks it.
///
/// A stem is what is left of a word once its inflections and common derivational suffixes are
/// taken off: *connection*, *connected* and *connecting* all become *connect*; *generously*
/// becomes *generous*. Stems are keys for matching words, not words to show: *happy* becomes
/// *happi*.
///
/// The algorithm, in the order it runs:
///
/// 1. The exceptional forms: a few whole words have a fixed stem (*skies* → *sky*, *gently* →
///    *gentl*) or are their own (*news*, *atlas*). See ``exceptionalForm(of:)``.
/// 2. A word of two letters or less is left as it is.
/// 3. The prelude: an initial apostrophe is removed, and each `y` acting as a consonant is marked
///    `Y` (``StemmerWord/markConsonantYs()``).
/// 4. The regions R1 and R2 are found (``StemmerWord/markRegions()``), with R1 adjusted after the
///    special beginnings *gener*, *commun*, *arsen*, *past*, *univers*, *later*, *emerg*, *organ*
///    and *inter*.
/// 5. Steps 0, 1a, 1b, 1c (``StemmerWord/step0()`` and the next ones): possessives, plurals, *-ed*
///    and *-ing*, final *y*.
/// 6. Steps 2, 3, 4 (``StemmerWord/step2()`` and the next ones): derivational suffixes, each step
///    acting only on the longest suffix of its table and only inside its region.
/// 7. Step 5 (``StemmerWord/step5()``): a final `e` or `ll`.
/// 8. The postlude: every `Y` goes back to `y`.
///
/// The stemmer reads the word's UTF-8 bytes and never decodes characters. It expects a word
/// already lower-cased and folded to ASCII letters, perhaps with apostrophes (digits and other
/// ASCII punctuation count as non-vowels). A word with any byte outside ASCII, or with an
/// upper-case letter, is returned unchanged.
public enum EnglishStemmer {
    /// The stem of `word`, by the Snowball English (Porter2) algorithm.
    ///
    /// ```swift
    /// EnglishStemmer.stem("consolingly")   // "consol"
    /// EnglishStemmer.stem("generously")    // "generous"
    /// EnglishStemmer.stem("café")          // "café": not ASCII, so unchanged
    /// ```
    public static func stem(_ word: String) -> String {
        let stemmed =
            word.utf8.withContiguousStorageIfAvailable { stemmedString(of: $0) }
            ?? Array(word.utf8).withUnsafeBufferPointer { stemmedString(of: $0) }
        return stemmed ?? word
    }

    /// The stem of the word whose UTF-8 bytes are `word`, as UTF-8 bytes: the same as the `String`
    /// form, for callers that keep words as bytes.
    public static func stem(_ word: [UInt8]) -> [UInt8] {
        var stem = word
        self.stem(inPlace: &stem)
        return stem
    }

    /// Replaces the UTF-8 bytes in `word` with those of its stem. A caller that reuses one array
    /// for word after word stems without allocating memory.
    public static func stem(inPlace word: inout [UInt8]) {
        switch word.withUnsafeBufferPointer({ plan(for: $0) }) {
        case .keep:
            return
        case .exceptional(let stem):
            word.removeAll(keepingCapacity: true)
            stem.withUTF8Buffer { word.append(contentsOf: $0) }
        case .runSteps:
            let count = word.withUnsafeMutableBufferPointer { runSteps(onWordFilling: $0) }
            word.removeLast(word.count - count)
        }
    }

    // MARK: The algorithm

    /// What is to become of a word, decided before any of it is copied.
    enum Plan {
        /// The word is its own stem: too short, invariant, or not something the stemmer reads.
        case keep
        /// The word is an exceptional form with this stem.
        case exceptional(StaticString)
        /// The word goes through the prelude, the steps and the postlude.
        case runSteps
    }

    /// What is to become of `word`.
    static func plan(for word: UnsafeBufferPointer<UInt8>) -> Plan {
        for byte in word where !EnglishLetters.isStemmable(byte) {
            return .keep
        }
        switch exceptionalForm(of: word) {
        case .invariant?:
            return .keep
        case .stem(let stem)?:
            return .exceptional(stem)
        case nil:
            // "If the word has two letters or less, leave it as it is."
            return word.count <= 2 ? .keep : .runSteps
        }
    }

    /// The stem of `word` as a new string, or nil if the stem is `word` itself.
    private static func stemmedString(of word: UnsafeBufferPointer<UInt8>) -> String? {
        switch plan(for: word) {
        case .keep:
            return nil
        case .exceptional(let stem):
            return stem.description
        case .runSteps:
            return String(unsafeUninitializedCapacity: word.count) { buffer in
                let copy = UnsafeMutableBufferPointer(rebasing: buffer[..<word.count])
                _ = copy.initialize(fromContentsOf: word)
                return runSteps(onWordFilling: copy)
            }
        }
    }

    /// Stems, in place, the word that fills `buffer`, and returns the length of its stem, which
    /// begins the buffer. The prelude, the regions, steps 0 to 5 and the postlude, in the
    /// standard's order.
    static func runSteps(onWordFilling buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        guard let letters = buffer.baseAddress else { return 0 }
        var word = StemmerWord(letters: letters, count: buffer.count)
        word.removeInitialApostrophe()
        word.markConsonantYs()
        word.markRegions()
        word.step0()
        word.step1a()
        word.step1b()
        word.step1c()
        word.step2()
        word.step3()
        word.step4()
        word.step5()
        word.unmarkConsonantYs()
        return word.count
    }
}
