import Foundation

/// How one character folds, for matching: case and diacritics taken away, compatibility variants
/// made plain, so that *Café*, *CAFÉ* and *cafe* are one word.
///
/// The fold of a character, in this order:
///
/// 1. A diacritic (see ``isDiacritic(_:)``) or a default-ignorable code point (soft hyphen, zero
///    width joiners, variation selectors) folds to nothing.
/// 2. Unicode compatibility decomposition, NFKD (UAX #15): a precomposed letter comes apart into its
///    base and its marks (*é* → *e* + ◌́), a ligature into its letters (*ﬁ* → *fi*), and a
///    fullwidth, mathematical or other compatibility variant becomes the plain letter (*Ａ*, *𝐁*,
///    *ſ* → *A*, *B*, *s*).
/// 3. Each scalar of the decomposition, in turn: a diacritic or default ignorable is removed; the
///    rest is lower-cased by its full Unicode lower-case mapping; then the letters that no
///    decomposition reaches are spelled as English readers spell them: *ß* → *ss*, *æ* → *ae*,
///    *œ* → *oe*, *ø* → *o*, *ł* → *l*, *đ* → *d*, *ð* → *d*, *þ* → *th*, *ħ* → *h*, *ı* → *i*,
///    *ŧ* → *t*, and the final sigma *ς* → *σ* (as Unicode case folding does). What is then left
///    that cannot be part of a word (the middle dot of *ŀ*) is dropped.
/// 4. Unicode canonical composition, NFC, puts the marks that are kept back onto their letters
///    (the squared *㌀* → *アパート*, whose *パ* is one character again).
///
/// Steps 2 and 3 together come to Unicode's NFKC_Casefold with diacritics removed. Marks other than
/// diacritics stay: they are parts of letters (Devanagari vowel signs, the Japanese voicing mark).
/// Characters are folded one at a time, so a mark written as a character of its own stays apart
/// from the letter before it: halfwidth *ｶﾞ* folds to *カﾞ*, not to *ガ*.
///
/// The decomposition and composition data are Unicode's, through Foundation. They are slow next to
/// the rest of the analyzer, so this runs once for all the characters of the common blocks
/// (``CommonScalarTable``), and elsewhere only for the rare characters that change when folded.
enum CharacterFolding {
    /// The fold of `scalar`, by the rules above.
    static func fold(_ scalar: Unicode.Scalar) -> String {
        folds(of: [scalar])[0]
    }

    /// The folds of `scalars`, in order, by the rules above. Foundation is called twice for all of
    /// them, not twice for each: the characters are decomposed together, each followed by a line
    /// feed, which no decomposition produces and no composition crosses.
    static func folds(of scalars: [Unicode.Scalar]) -> [String] {
        let separator = UInt8(ascii: "\n")
        var joined: [UInt8] = []
        for scalar in scalars {
            joined.append(contentsOf: scalar.utf8)
            joined.append(separator)
        }
        let decomposed = String(decoding: joined, as: UTF8.self).decomposedStringWithCompatibilityMapping

        var folded: [UInt8] = []
        var index = 0
        for part in decomposed.unicodeScalars {
            if part == Unicode.Scalar(separator) {
                folded.append(separator)
                index += 1
            } else if !isRemoved(scalars[index]) {
                appendFold(ofDecomposed: part, to: &folded)
            }
        }
        let composed = String(decoding: folded, as: UTF8.self).precomposedStringWithCanonicalMapping
        return composed.utf8.split(separator: separator, omittingEmptySubsequences: false)
            .dropLast()
            .map { String(Substring($0)) }
    }

    /// Appends the fold of `part`, a scalar of a compatibility decomposition, to `folded`: nothing
    /// for a diacritic or a default ignorable, otherwise its lower-case mapping, with the letters
    /// that have no decomposition spelled out, and without what cannot be part of a word.
    private static func appendFold(ofDecomposed part: Unicode.Scalar, to folded: inout [UInt8]) {
        if part.isASCII {
            let byte = UInt8(truncatingIfNeeded: part.value)
            folded.append(byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte)
            return
        }
        guard !isRemoved(part) else { return }
        for lowered in part.properties.lowercaseMapping.unicodeScalars where !isRemoved(lowered) {
            if let spelling = spelling(of: lowered) {
                folded.append(contentsOf: spelling.utf8)
            } else if WordCharacter.classify(lowered).role != .separator {
                folded.append(contentsOf: lowered.utf8)
            }
        }
    }

    /// Whether `scalar` folds to nothing: a diacritic, or a default-ignorable code point.
    static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        isDiacritic(scalar) || scalar.properties.isDefaultIgnorableCodePoint
    }

    /// Whether `scalar` is a diacritic, which folding removes: a nonspacing mark (general category
    /// Mn) below U+0800 — the Combining Diacritical Marks, and the vowel points and accents of
    /// Hebrew, Arabic, Syriac, Thaana and N'Ko, which writers may leave out — or any mark of the
    /// Combining Diacritical Marks Extended (U+1AB0–U+1AFF), Supplement (U+1DC0–U+1DFF), for Symbols
    /// (U+20D0–U+20FF) and Half Marks (U+FE20–U+FE2F) blocks.
    static func isDiacritic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0300..<0x0800:
            scalar.properties.generalCategory == .nonspacingMark
        case 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F:
            true
        default:
            false
        }
    }

    /// The spelling of a lower-case letter that has no decomposition but is read as a plain letter
    /// or two, or nil for any other scalar.
    private static func spelling(of letter: Unicode.Scalar) -> String? {
        switch letter {
        case "ß": "ss"
        case "æ": "ae"
        case "œ": "oe"
        case "ø": "o"
        case "ł": "l"
        case "đ": "d"
        case "ð": "d"
        case "þ": "th"
        case "ħ": "h"
        case "ı": "i"
        case "ŧ": "t"
        case "ς": "σ"
        default: nil
        }
    }
}
