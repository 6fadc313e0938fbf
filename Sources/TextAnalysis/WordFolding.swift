/// Folds a word to the form it is compared in: each character by the rules of
/// ``CharacterFolding`` (lower case, no diacritics, compatibility variants made plain), and every
/// apostrophe the ASCII `'`.
///
/// An ASCII word, the common case, is folded byte by byte straight into its string: its capitals
/// are lower-cased. In other words, each non-ASCII character is looked up in ``CommonScalarTable``;
/// outside its blocks, the ideographs, kana and Hangul syllables of
/// ``WordCharacter/ofLargeBlock(_:)`` are already folded, and any other character is folded
/// through ``CharacterFolding`` only if it is a diacritic or Unicode says it changes when folded
/// (`Changes_When_NFKC_Casefolded`).
enum WordFolding {
    /// The fold of an ASCII word: its bytes with capitals made lower-case.
    @inline(__always)
    static func foldASCII(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(unsafeUninitializedCapacity: word.count) { buffer in
            var index = 0
            for byte in word {
                buffer[index] = lowercased(byte)
                index += 1
            }
            return index
        }
    }

    /// The fold of the word in `text[word]`, whatever its characters, and whether the fold is all
    /// ASCII, as the English stemmer needs. The fold's bytes are left in `folded`, a buffer reused
    /// from word to word.
    static func fold(_ word: Range<Int>, of text: UnsafeBufferPointer<UInt8>, into folded: inout [UInt8]) -> (String, isASCII: Bool) {
        folded.removeAll(keepingCapacity: true)
        var foldIsASCII = true
        var offset = word.lowerBound
        while offset < word.upperBound {
            let byte = text[offset]
            if byte < 0x80 {
                folded.append(lowercased(byte))
                offset += 1
            } else {
                let (scalar, length) = UTF8Scalars.scalar(in: text, at: offset)
                let foldStart = folded.count
                append(scalar, to: &folded)
                foldIsASCII = foldIsASCII && folded[foldStart...].allSatisfy { $0 < 0x80 }
                offset += length
            }
        }
        return (String(decoding: folded, as: UTF8.self), foldIsASCII)
    }

    /// Appends the fold of the non-ASCII `scalar` to `folded`.
    private static func append(_ scalar: Unicode.Scalar, to folded: inout [UInt8]) {
        if let entry = CommonScalarTable.shared.entry(for: scalar) {
            if let fold = entry.fold {
                fold.append(to: &folded)
            } else {
                folded.append(contentsOf: CharacterFolding.fold(scalar).utf8)
            }
            return
        }
        if WordCharacter.ofLargeBlock(scalar) != nil {
            UTF8Scalars.append(scalar, to: &folded)
        } else if WordCharacter.classify(scalar).role == .apostrophe {
            folded.append(UInt8(ascii: "'"))
        } else if CharacterFolding.isDiacritic(scalar) {
            return
        } else if scalar.properties.changesWhenNFKCCaseFolded {
            folded.append(contentsOf: CharacterFolding.fold(scalar).utf8)
        } else {
            UTF8Scalars.append(scalar, to: &folded)
        }
    }

    /// `byte` with an ASCII capital made lower-case.
    @inline(__always)
    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }
}
