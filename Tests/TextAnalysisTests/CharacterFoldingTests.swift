import Testing

@testable import TextAnalysis

/// The table of the common blocks against the rules it is built from.
@Suite("Character folding")
struct CharacterFoldingTests {
    @Test("Every character of the common blocks has a packed fold, equal to folding it alone")
    func tableAgreesWithFoldingEachCharacter() {
        for block in CommonScalarTable.blocks {
            for value in block {
                guard let scalar = Unicode.Scalar(value),
                    let entry = CommonScalarTable.shared.entry(for: scalar)
                else { continue }
                #expect(entry.character == WordCharacter.classify(scalar))
                guard let fold = entry.fold else {
                    Issue.record("U+\(String(value, radix: 16, uppercase: true)) has no packed fold")
                    continue
                }
                var bytes: [UInt8] = []
                fold.append(to: &bytes)
                switch entry.character.role {
                case .letter, .digit, .katakana, .standalone, .numberPunctuation:
                    #expect(
                        String(decoding: bytes, as: UTF8.self) == CharacterFolding.fold(scalar),
                        "U+\(String(value, radix: 16, uppercase: true))")
                case .apostrophe:
                    #expect(bytes == [UInt8(ascii: "'")])
                case .separator, .extend:
                    break
                }
            }
        }
    }

    @Test("Diacritics are the nonspacing marks below U+0800 and the combining-mark blocks")
    func diacritics() {
        #expect(CharacterFolding.isDiacritic("\u{301}"))  // combining acute
        #expect(CharacterFolding.isDiacritic("\u{5B4}"))  // Hebrew hiriq
        #expect(CharacterFolding.isDiacritic("\u{64E}"))  // Arabic fatha
        #expect(CharacterFolding.isDiacritic("\u{1DC4}"))
        #expect(!CharacterFolding.isDiacritic("\u{93F}"))  // Devanagari vowel sign i: part of the letter
        #expect(!CharacterFolding.isDiacritic("\u{3099}"))  // Japanese voicing mark
        #expect(!CharacterFolding.isDiacritic("e"))
    }

    @Test("Letters without a decomposition are spelled as English readers spell them")
    func spelledLetters() {
        #expect(CharacterFolding.fold("ß") == "ss")
        #expect(CharacterFolding.fold("ẞ") == "ss")
        #expect(CharacterFolding.fold("Ø") == "o")
        #expect(CharacterFolding.fold("Æ") == "ae")
        #expect(CharacterFolding.fold("þ") == "th")
        #expect(CharacterFolding.fold("ŀ") == "l")
        #expect(CharacterFolding.fold("ς") == "σ")
    }
}
