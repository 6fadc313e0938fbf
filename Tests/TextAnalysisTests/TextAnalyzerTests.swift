import Testing

@testable import TextAnalysis

/// The text analyzer's rules, one at a time: words, folding, stop words, stems, words written
/// together, positions and ranges, as a matcher of interests relies on them.
@Suite("TextAnalyzer")
struct TextAnalyzerTests {
    let analyzer = TextAnalyzer()

    /// The stems of every word of `text`, stop words included.
    func stems(_ text: String, as kind: TextKind = .prose) -> [String] {
        analyzer.tokens(in: text, as: kind).map(\.stem)
    }

    /// The matcher files stems by ``Token/stemHash`` without looking at the stem: it must be the
    /// stem's ``StemHash`` whichever way the token was made (a word met for the first time, one
    /// from the word cache, a stop word, a possessive, a word that is not ASCII, a long word
    /// the cache does not keep, a part of a word written together).
    @Test("every token carries its stem's hash, from the word cache or not")
    func everyTokenCarriesItsStemsHash() {
        let text = """
            Runners run; the runner's café, CAFÉ and cafés. Straße Ørsted naïveté O'Brien's \
            internationalisationsprojekten #TrailRunning Run runners the
            """
        for kind in [TextKind.prose, .label] {
            let tokens = analyzer.tokens(in: text, as: kind) + analyzer.tokens(in: text, as: kind)
            #expect(tokens.count > 30)
            for token in tokens {
                #expect(token.stemHash == StemHash.of(token.stem), "\(token.text) → \(token.stem)")
            }
        }
        #expect(StemHash.of("run") != StemHash.of("runner"))
    }

    /// The folded words of `text`.
    func words(_ text: String, as kind: TextKind = .prose) -> [String] {
        analyzer.tokens(in: text, as: kind).map(\.text)
    }

    // MARK: Matching an interest

    @Test("'trail-running', 'Trail Running' and '#TrailRunning' give the stems of 'trail running'")
    func trailRunningSpellings() {
        let interest = analyzer.terms(in: "trail running")
        #expect(interest == ["trail", "run"])
        #expect(stems("trail-running") == interest)
        #expect(stems("Trail Running") == interest)
        #expect(stems("#TrailRunning") == interest)
        #expect(stems("trail_running") == interest)
    }

    @Test("'Trail runners' is trail + runner: the Snowball stemmer keeps the agent noun apart from the verb")
    func runnersAreNotRunning() {
        // A known limit of the standard stemmer, not of the tokens: "runner" and "run" stay two
        // stems, so a matcher that wants "trail runners" to meet "trail running" must say so itself.
        #expect(stems("Trail runners") == ["trail", "runner"])
        #expect(stems("runner’s") == ["runner"])
    }

    @Test("'training' stems to 'train', which is not 'trail': 'trail running' never matches it")
    func trainingIsNotTrail() {
        #expect(stems("training") == ["train"])
        #expect(Set(stems("training")).isDisjoint(with: analyzer.terms(in: "trail running")))
        // The other side of the coin: an interest in "trains" does meet "training".
        #expect(analyzer.terms(in: "trains") == stems("training"))
    }

    // MARK: Words

    @Test("Hyphens, slashes, dashes and other punctuation separate words")
    func punctuationSeparates() {
        #expect(words("rock/pop — jazz-funk: live!") == ["rock", "pop", "jazz", "funk", "live"])
        #expect(words("e.g. U.S.A.") == ["e", "g", "u", "s", "a"])
        #expect(words("snake_case") == ["snake", "case"])
    }

    @Test("An apostrophe inside a word stays in it, curly or straight")
    func apostrophesInsideWords() {
        #expect(words("don't O’Brien rock'n'roll") == ["don't", "o'brien", "rock'n'roll"])
        #expect(words("'quoted' runners'") == ["quoted", "runners"])
    }

    @Test("A possessive 's is dropped before stemming, and kept in the folded word")
    func possessives() {
        let tokens = analyzer.tokens(in: "O'Brien's café’s Runner'S")
        #expect(tokens.map(\.text) == ["o'brien's", "cafe's", "runner's"])
        #expect(tokens.map(\.stem) == ["o'brien", "cafe", "runner"])
    }

    @Test("Numbers are words, with their letters, decimal points and thousands separators")
    func numbers() {
        #expect(
            words("5K, 100K and 2026: 3.5 km for 10,000 steps, v2.0") == ["5k", "100k", "and", "2026", "3.5", "km", "for", "10,000", "steps", "v2.0"])
        #expect(stems("the 1990s '90's") == ["the", "1990s", "90"])
        #expect(words("1.") == ["1"])
    }

    @Test("Empty, blank and punctuation-only texts have no words")
    func noWords() {
        #expect(analyzer.tokens(in: "").isEmpty)
        #expect(analyzer.tokens(in: " \t\n\u{A0}\u{3000}").isEmpty)
        #expect(analyzer.tokens(in: "— !? … #").isEmpty)
        #expect(analyzer.terms(in: "   ").isEmpty)
    }

    // MARK: Folding

    @Test("Case and diacritics fold away: 'Café' is 'cafe', 'Straße' 'strasse', 'Ørsted' 'orsted'")
    func diacritics() {
        #expect(words("Café CRÈME brûlée Über naïve") == ["cafe", "creme", "brulee", "uber", "naive"])
        #expect(words("Straße Ørsted Æsir œuvre Łódź") == ["strasse", "orsted", "aesir", "oeuvre", "lodz"])
        #expect(stems("Cafés") == stems("cafes"))
    }

    @Test("A letter with a combining accent folds like the precomposed letter")
    func combiningMarks() {
        #expect(words("Cafe\u{301} e\u{301}te\u{301}") == ["cafe", "ete"])
        #expect(words("Café") == words("Cafe\u{301}"))
    }

    @Test("Compatibility forms fold to plain letters: ligatures, fullwidth and mathematical letters")
    func compatibilityForms() {
        #expect(words("ﬁne Ｆｕｌｌ 𝐁𝐨𝐥𝐝 İstanbul") == ["fine", "full", "bold", "istanbul"])
    }

    @Test("A soft hyphen does not break a word and is not kept")
    func softHyphen() {
        #expect(words("trail\u{AD}running") == ["trailrunning"])
    }

    @Test("Greek and Cyrillic are lower-cased and keep their script; Greek accents fold away")
    func greekAndCyrillic() {
        #expect(words("ΚΑΛΗΜΈΡΑ Ελλάδα") == ["καλημερα", "ελλαδα"])
        #expect(words("Москва ЁЛКА") == ["москва", "елка"])
        // No stemming outside ASCII: the folded word is its own stem.
        #expect(stems("Москва") == ["москва"])
    }

    @Test("Each Han ideograph and Hiragana character is a word; Katakana runs and Hangul words stay whole")
    func eastAsianScripts() {
        #expect(words("東京タワーへ") == ["東", "京", "タワー", "へ"])
        #expect(words("한국어 텍스트") == ["한국어", "텍스트"])
    }

    @Test("Thai, written without spaces, is a word per letter, its marks attached")
    func thai() {
        // The vowel sign ี is a mark: it belongs to the letter before it.
        #expect(words("กาแฟดี") == ["ก", "า", "แ", "ฟ", "ดี"])
    }

    // MARK: Stop words

    @Test("Stop words are the Snowball English list, compared folded")
    func stopWords() {
        #expect(analyzer.isStopWord("the"))
        #expect(analyzer.isStopWord("For"))
        #expect(analyzer.isStopWord("DON’T"))
        #expect(!analyzer.isStopWord("trail"))
        #expect(!analyzer.isStopWord("will"))
        #expect(!analyzer.isStopWord("the end"))
        #expect(!analyzer.isStopWord(""))
        for word in EnglishStopWords.words {
            #expect(analyzer.isStopWord(word), "\(word)")
        }
    }

    @Test("Tokens flag stop words and keep them; terms leave them out")
    func stopWordsInTokensAndTerms() {
        let tokens = analyzer.tokens(in: "The Lord of the Rings")
        #expect(tokens.map(\.isStopWord) == [true, false, true, true, false])
        #expect(analyzer.terms(in: "The Lord of the Rings") == ["lord", "ring"])
    }

    @Test("A phrase of nothing but stop words keeps them all as terms")
    func allStopWordPhrase() {
        #expect(analyzer.terms(in: "The Who") == ["the", "who"])
    }

    // MARK: Words written together

    @Test("A hashtag is split at its changes of case")
    func hashtags() {
        #expect(words("#TrailRunning #jazzPiano #100DaysOfCode") == ["trail", "running", "jazz", "piano", "100", "days", "of", "code"])
    }

    @Test("In a label, camelCase, PascalCase and runs of capitals split; iOS, eBay and PDFs stay whole")
    func labels() {
        #expect(words("jazzPiano", as: .label) == ["jazz", "piano"])
        #expect(words("TrailRunning", as: .label) == ["trail", "running"])
        #expect(words("HTMLParser", as: .label) == ["html", "parser"])
        #expect(words("iOS", as: .label) == ["ios"])
        #expect(words("eBay", as: .label) == ["ebay"])
        #expect(words("PDFs", as: .label) == ["pdfs"])
        #expect(words("URLsAndAPIs", as: .label) == ["urls", "and", "apis"])
        #expect(words("MP3Player", as: .label) == ["mp3", "player"])
        #expect(words("snake_case", as: .label) == ["snake", "case"])
        #expect(words("ΚαλημέραΚόσμε", as: .label) == ["καλημερα", "κοσμε"])
    }

    @Test("In prose a word with capitals inside stays whole: JavaScript, iPhone, McDonald's")
    func proseKeepsNames() {
        #expect(words("JavaScript on an iPhone at McDonald's") == ["javascript", "on", "an", "iphone", "at", "mcdonald's"])
    }

    // MARK: Positions and ranges

    @Test("Positions count every word, stop words too, so 'trail for running' has a gap")
    func positions() {
        let tokens = analyzer.tokens(in: "Trail for running, then trail-running.")
        #expect(tokens.map(\.position) == Array(0..<6))
        let trail = tokens.filter { $0.stem == "trail" }.map(\.position)
        let run = tokens.filter { $0.stem == "run" }.map(\.position)
        #expect(trail == [0, 4])
        #expect(run == [2, 5])
    }

    @Test("A token's range quotes the word as written in the text")
    func ranges() {
        let text = "Zoë’s CAFÉ, #TrailRunning 5K"
        let quoted = analyzer.tokens(in: text).map { String(text[$0.range]) }
        #expect(quoted == ["Zoë’s", "CAFÉ", "Trail", "Running", "5K"])
    }

    // MARK: Consistency and size

    @Test("The same word gives the same token wherever it is, long or short, first or again")
    func repeatedWords() {
        let text = "Trail TRAIL trail internationalization Internationalization"
        let tokens = analyzer.tokens(in: text)
        #expect(Set(tokens[0..<3].map(\.stem)).count == 1)
        #expect(tokens[3].stem == tokens[4].stem)
        #expect(analyzer.tokens(in: text) == tokens)
    }

    @Test("A stop word is found wherever it stands: first, in the middle, last")
    func stopWordsAnywhere() {
        // Words near the end of a text are read byte by byte, the others eight bytes at a time.
        let tokens = analyzer.tokens(in: "The trail, the long and winding trail, and THE")
        #expect(tokens.filter(\.isStopWord).map(\.position) == [0, 2, 4, 7, 8])
    }

    @Test("Any text keeps the rules: words in order inside the text, positions consecutive, none empty")
    func randomText() {
        // Letters, marks, digits, apostrophes, punctuation and spaces of several scripts, mixed.
        let pieces: [String] = [
            "a", "Z", "é", "e\u{301}", "ß", "Ø", "σ", "Ж", "東", "タ", "ー", "한", "ก", "\u{E35}", "5", "٣",
            "'", "’", ".", ",", "-", "_", "#", " ", "\u{AD}", "\u{200D}", "🏃", "\u{301}", "ﬁ", "Ａ", "𝐁", "İ",
        ]
        var seed: UInt64 = 2026
        for _ in 0..<2_000 {
            var text = ""
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(seed >> 59) + 1 {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(seed >> 33) % pieces.count]
            }
            for kind in [TextKind.prose, .label] {
                let tokens = analyzer.tokens(in: text, as: kind)
                #expect(tokens.map(\.position) == Array(tokens.indices), "\(text)")
                #expect(tokens.allSatisfy { !$0.text.isEmpty && !$0.stem.isEmpty }, "\(text)")
                #expect(zip(tokens, tokens.dropFirst()).allSatisfy { $0.range.upperBound <= $1.range.lowerBound }, "\(text)")
                #expect(tokens.allSatisfy { $0.range.upperBound <= text.endIndex }, "\(text)")
            }
        }
    }

    @Test("Analyses running at the same time give the same tokens as one alone")
    func concurrentAnalyses() async {
        let text = "Trail runners meet at the Café’s #TrailRunning club: 5K, 10K and more."
        let expected = analyzer.tokens(in: text)
        let analyzer = analyzer
        let results = await withTaskGroup(of: [Token].self) { group in
            for _ in 0..<8 {
                group.addTask { analyzer.tokens(in: text) }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test("A 1 MB text is analysed")
    func megabyte() {
        let sentence = "Trail runners’ café in Zürich: 5K loops, #TrailRunning and jazzPiano — don't miss it! "
        let text = String(repeating: sentence, count: 1_000_000 / sentence.utf8.count + 1)
        let tokens = analyzer.tokens(in: text)
        let perSentence = analyzer.tokens(in: sentence).count
        #expect(tokens.count == perSentence * (1_000_000 / sentence.utf8.count + 1))
        #expect(tokens.last?.position == tokens.count - 1)
    }
}
