import Foundation
import Testing

@testable import TextAnalysis

/// The English stemmer against the Snowball English ("Porter2") standard: first the standard's own
/// vocabulary and expected stems, then the rules that are easiest to get wrong, one at a time.
@Suite("EnglishStemmer")
struct EnglishStemmerTests {
    // MARK: The Snowball vocabulary

    /// The Snowball project's test data for the English stemmer: `voc.txt` holds one word a line,
    /// and `output.txt` its stem on the same line. It lives beside the package, in
    /// `SnowballEnglish/` beside this file (BSD licence, in `COPYING` there).
    static let vocabularyFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Tests/TextAnalysisTests
        .appendingPathComponent("SnowballEnglish", isDirectory: true)

    /// How many words the Snowball vocabulary holds.
    static let vocabularySize = 42_649

    @Test("Stems every word of the Snowball vocabulary exactly as the standard's output.txt does")
    func snowballVocabulary() throws {
        let words = try Self.lines(ofDataFile: "voc.txt")
        let stems = try Self.lines(ofDataFile: "output.txt")
        try #require(
            words.count == Self.vocabularySize && stems.count == Self.vocabularySize,
            """
            expected \(Self.vocabularySize) lines in voc.txt and in output.txt, \
            found \(words.count) and \(stems.count)
            """
        )

        var mismatches: [String] = []
        var mismatchCount = 0
        for (index, (word, expected)) in zip(words, stems).enumerated() {
            let stem = EnglishStemmer.stem(word)
            let byteStem = EnglishStemmer.stem(Array(word.utf8))
            if stem != expected || byteStem != Array(expected.utf8) {
                mismatchCount += 1
                if mismatches.count < 20 {
                    let bytesNote =
                        byteStem == Array(stem.utf8)
                        ? "" : " (byte form: \"\(String(decoding: byteStem, as: UTF8.self))\")"
                    mismatches.append(
                        """
                        line \(index + 1): "\(word)" → "\(stem)"\(bytesNote), expected "\(expected)"
                        """)
                }
            }
        }
        #expect(
            mismatchCount == 0,
            """
            \(mismatchCount) of \(words.count) words stem differently from output.txt; the first:
            \(mismatches.joined(separator: "\n"))
            """
        )
    }

    /// The lines of one file of the Snowball vocabulary. Fails the test, saying where the file was
    /// looked for, if it is not there.
    static func lines(ofDataFile name: String) throws -> [String] {
        let file = vocabularyFolder.appendingPathComponent(name)
        try #require(
            FileManager.default.fileExists(atPath: file.path),
            """
            Snowball test data missing: \(file.path) not found
            """
        )
        let text = try String(contentsOf: file, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    // MARK: Rules, one at a time

    @Test("Exceptional forms: a few whole words have fixed stems, or are their own stems")
    func exceptionalForms() {
        expectStems([
            // special changes
            "skis": "ski", "skies": "sky",
            // special -ly cases
            "idly": "idl", "gently": "gentl", "ugly": "ugli",
            "early": "earli", "only": "onli", "singly": "singl",
            // invariant: news is not the plural of new, Howe is a name, the rest are not plurals
            "sky": "sky", "news": "news", "howe": "howe",
            "atlas": "atlas", "cosmos": "cosmos", "bias": "bias", "andes": "andes",
        ])
    }

    @Test("R1 starts after gener, commun, arsen, past, univers, later, emerg, organ and inter")
    func specialBeginningsOfR1() {
        expectStems([
            // gener: generate and generous no longer stem alike
            "generate": "generat", "generated": "generat", "generating": "generat",
            "general": "general", "generally": "general",
            "generic": "generic", "generically": "generic",
            "generous": "generous", "generously": "generous",
            "communism": "communism", "communication": "communic",
            "arsenic": "arsenic", "arsenal": "arsenal",
            "past": "past", "paste": "paste", "pasted": "paste", "pasting": "paste",
            "universe": "univers", "universal": "universal", "university": "universiti",
            "later": "later", "lateral": "lateral", "laterally": "lateral",
            "emerge": "emerg", "emergency": "emergenc",
            "organ": "organ", "organic": "organic", "organize": "organiz",
            "intern": "intern", "internal": "internal", "international": "internat",
            "interval": "interval", "interfering": "interfer",
        ])
    }

    @Test("Apostrophes: an initial one goes, then step 0 removes ', 's and 's'")
    func apostrophes() {
        expectStems([
            "there's": "there", "there's'": "there",
            "'as'": "as",  // initial ' removed, then step 0's '
            "'s'": "s",
            "'''": "'",  // initial ' removed, then step 0 removes one more
            "a''": "a'",
            "'a": "'a",  // two letters: left alone, apostrophe and all
            "''s": "",  // nothing left once the apostrophes and 's go
        ])
    }

    @Test("y is a consonant first and after a vowel; a final y after a consonant becomes i")
    func consonantY() {
        expectStems([
            "youth": "youth", "young": "young", "yes": "yes",  // initial y: a consonant
            "saying": "say", "sayings": "say", "enjoying": "enjoy", "destroyed": "destroy",
            "toys": "toy", "eying": "eye",
            "cry": "cri", "fly": "fli", "flying": "fli", "happy": "happi",  // step 1c
            "by": "by", "say": "say",  // two letters; after a vowel
        ])
    }

    @Test("Short words: two letters or less stay; short syllables get their e back")
    func shortWords() {
        expectStems([
            "a": "a", "as": "as", "is": "is", "at": "at",
            "ties": "tie", "cries": "cri", "dies": "die",  // ies after one letter or more
            "bed": "bed", "beds": "bed", "shed": "shed",
            "hoping": "hope", "hopping": "hop",  // short: add e; double: undouble
            "added": "add", "egg": "egg", "off": "off",  // a, e or o before a double: keep it
            "gas": "gas", "gaps": "gap", "this": "this", "kiwis": "kiwi",
        ])
    }

    @Test("Step 1b's exceptions: -ying after one consonant, inning and friends, proceed and friends")
    func step1bExceptions() {
        expectStems([
            "dying": "die", "lying": "lie", "tying": "tie", "vying": "vie", "hying": "hie",
            "inning": "inning", "innings": "inning", "outing": "outing", "canning": "canning",
            "herring": "herring", "herrings": "herring", "earring": "earring",
            "evening": "evening", "evenings": "evening",
            "proceed": "proceed", "proceeds": "proceed", "proceeding": "proceed",
            "exceed": "exceed", "exceedingly": "exceed", "succeed": "succeed",
            "agreed": "agre", "feed": "feed", "bleed": "bleed",
        ])
    }

    @Test("Steps 2 to 5 act on the longest suffix only, and only inside R1 or R2")
    func derivationalSuffixes() {
        expectStems([
            "connection": "connect", "connected": "connect", "relational": "relat",
            "consolingly": "consol", "hopefully": "hope", "electricity": "electr",
            "geology": "geolog", "zoologist": "zoolog", "beautiful": "beauti",
            "agreement": "agreement",  // ement is not in R2, and ment is not tried
            "controll": "control", "rolling": "roll", "fulfill": "fulfil",
        ])
    }

    @Test("Words the stemmer cannot read come back unchanged: not ASCII, or with capitals")
    func unreadableWords() {
        expectStems([
            "": "", "café": "café", "naïve": "naïve", "über": "über", "Running": "Running",
        ])
        #expect(EnglishStemmer.stem([0xFF, 0xFE, 0x73]) == [0xFF, 0xFE, 0x73])
        #expect(EnglishStemmer.stem([UInt8]()) == [])
    }

    @Test("stem(inPlace:) stems word after word in one reused buffer")
    func inPlaceWithOneBuffer() {
        var buffer: [UInt8] = []
        for (word, stem) in [
            "connecting": "connect", "skies": "sky", "news": "news",
            "'s'": "s", "café": "café", "hopping": "hop",
        ] as KeyValuePairs {
            buffer.removeAll(keepingCapacity: true)
            buffer.append(contentsOf: word.utf8)
            EnglishStemmer.stem(inPlace: &buffer)
            #expect(String(decoding: buffer, as: UTF8.self) == stem, "stem of \"\(word)\"")
        }
    }

    @Test("Any ASCII word stems without a crash, to a stem no longer than the word")
    func arbitraryWords() {
        // Pseudo-random words of up to 15 bytes: vowels, common final consonants, the apostrophe,
        // a digit and a hyphen.
        let alphabet = Array("aeiouyslbdgnt'-1".utf8)
        var generator = SplitMix64(seed: 2_025)
        for _ in 0..<20_000 {
            let length = Int(generator.next() % 16)
            let word = (0..<length).map { _ in
                alphabet[Int(generator.next() % UInt64(alphabet.count))]
            }
            let stem = EnglishStemmer.stem(word)
            #expect(stem.count <= word.count, "\(String(decoding: word, as: UTF8.self))")
            #expect(
                Array(EnglishStemmer.stem(String(decoding: word, as: UTF8.self)).utf8) == stem,
                "\(String(decoding: word, as: UTF8.self))")
        }
    }

    // MARK: Helpers

    /// Expects each word to stem to the stem beside it, through the `String` and the byte forms.
    private func expectStems(
        _ cases: KeyValuePairs<String, String>,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for (word, stem) in cases {
            #expect(
                EnglishStemmer.stem(word) == stem,
                "stem of \"\(word)\"", sourceLocation: sourceLocation)
            #expect(
                EnglishStemmer.stem(Array(word.utf8)) == Array(stem.utf8),
                "byte stem of \"\(word)\"", sourceLocation: sourceLocation)
        }
    }
}

/// A small, seedable pseudo-random generator (SplitMix64), so the arbitrary words are the same on
/// every run.
private struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
