/// Splits a word written without spaces — camelCase, PascalCase, runs of capitals — into the words
/// it was made of, at its changes of case. Hashtags and categories are written that way:
/// *#TrailRunning*, *jazzPiano*, *HTMLParser*.
///
/// A word is split before an upper-case (or title-case) letter when:
///
/// 1. a lower-case letter comes before it: *jazzPiano* → *jazz* | *Piano*; unless that lower-case
///    letter is the word's first character, alone, as in *iPhone*, *eBay* and *iOS*, which stay
///    whole;
/// 2. another capital comes before it and a lower-case letter after it, so that the last capital
///    of a run begins the next word: *HTMLParser* → *HTML* | *Parser*; unless the lower-case letter
///    after it is a lone *s*, a plural: *PDFs*, and *URLsAndAPIs* → *URLs* | *And* | *APIs*;
/// 3. a digit comes before it and a lower-case letter after it: *100DaysOfCode* → *100* | *Days* |
///    *Of* | *Code*, *MP3Player* → *MP3* | *Player*.
///
/// Nothing else splits: digits stay with the letters around them (*5K*, *Web3*), an apostrophe
/// with its word (*O'Brien*), and a letter of a script without case with its neighbours. Marks
/// stay with the letter they follow. The rules read letters by their Unicode case, so they apply to
/// Greek and Cyrillic as to Latin.
enum CaseChangeSplitter {
    /// Calls `body` with the byte offsets of each part of the word in `text[word]`, in order.
    /// `isASCII` says whether the word is all ASCII.
    static func forEachPart(
        of word: Range<Int>, in text: UnsafeBufferPointer<UInt8>, isASCII: Bool, _ body: (Range<Int>) -> Void
    ) {
        // The common case, quickly: an ASCII word with no capital after its first letter is whole.
        if isASCII, !text[word].dropFirst().contains(where: { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) {
            body(word)
            return
        }
        let characters = casedCharacters(of: word, in: text)
        var partStart = word.lowerBound
        for index in characters.indices.dropFirst() where splitsBefore(index, in: characters) {
            let splitOffset = characters[index].offset
            body(partStart..<splitOffset)
            partStart = splitOffset
        }
        body(partStart..<word.upperBound)
    }

    /// A character of the word as the rules see it: where it starts, and what it is.
    private struct CasedCharacter {
        enum Kind {
            case lower, upper, digit, other
        }

        let offset: Int
        let kind: Kind
        /// Whether the character is the letter `s`, for the plural of rule 2.
        let isS: Bool
    }

    /// The characters of `text[word]`, marks and format characters left out: they go with the
    /// character before them.
    private static func casedCharacters(of word: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> [CasedCharacter] {
        var characters: [CasedCharacter] = []
        var offset = word.lowerBound
        while offset < word.upperBound {
            let (scalar, length) = UTF8Scalars.scalar(in: text, at: offset)
            let character = WordCharacter.of(scalar)
            if character.role != .extend {
                let kind: CasedCharacter.Kind =
                    switch (character.role, character.letterCase) {
                    case (.letter, .lower): .lower
                    case (.letter, .upper): .upper
                    case (.digit, _): .digit
                    default: .other
                    }
                characters.append(CasedCharacter(offset: offset, kind: kind, isS: scalar == "s"))
            }
            offset += length
        }
        return characters
    }

    /// Whether the word is split before `characters[index]`, by rules 1 to 3.
    private static func splitsBefore(_ index: Int, in characters: [CasedCharacter]) -> Bool {
        guard characters[index].kind == .upper else { return false }
        let before = characters[index - 1].kind
        let afterIsLower = index + 1 < characters.count && characters[index + 1].kind == .lower
        switch before {
        case .lower:
            // Rule 1, but a lone lower-case first letter is a prefix: iPhone, eBay, iOS.
            return index - 1 > 0
        case .upper:
            // Rule 2, but a lone s after capitals is a plural: PDFs.
            return afterIsLower && !isLoneS(at: index + 1, in: characters)
        case .digit:
            // Rule 3.
            return afterIsLower
        case .other:
            return false
        }
    }

    /// Whether `characters[index]` is an `s` with no lower-case letter after it.
    private static func isLoneS(at index: Int, in characters: [CasedCharacter]) -> Bool {
        characters[index].isS && (index + 1 == characters.count || characters[index + 1].kind != .lower)
    }
}
