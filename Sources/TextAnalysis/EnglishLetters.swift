/// The letter classes the Snowball English stemmer is defined with, over ASCII bytes.
///
/// The standard's definitions:
/// - a *vowel* is one of `a e i o u y`. Every other byte is a *non-vowel*, the apostrophe and the
///   marked consonant `Y` included;
/// - a *double* is one of `bb dd ff gg mm nn pp rr tt` (double `c h j k q v w x` are left alone);
/// - a *valid li-ending* is one of `c d e g h k m n r t`.
enum EnglishLetters {
    /// The apostrophe, which the stemmer treats as a letter (a non-vowel).
    static let apostrophe = UInt8(ascii: "'")

    /// A `y` that the prelude has marked as a consonant (see ``StemmerWord/markConsonantYs()``).
    /// Upper case so that no rule written in lower case can mistake it for a vowel or a `y`.
    static let consonantY = UInt8(ascii: "Y")

    /// Whether `letter` is one of the vowels `a e i o u y`.
    @inline(__always)
    static func isVowel(_ letter: UInt8) -> Bool {
        // One bit per letter from `a`, set for the six vowels: a single test per byte, since
        // every step scans for vowels.
        let vowels: UInt32 = 1 << 0 | 1 << 4 | 1 << 8 | 1 << 14 | 1 << 20 | 1 << 24  // a e i o u y
        let offset = letter &- UInt8(ascii: "a")
        return offset < 26 && vowels & (1 << UInt32(offset)) != 0
    }

    /// Whether `letter` may close a short syllable: a non-vowel other than `w`, `x` and the
    /// consonant `Y`.
    @inline(__always)
    static func closesShortSyllable(_ letter: UInt8) -> Bool {
        switch letter {
        case UInt8(ascii: "w"), UInt8(ascii: "x"), consonantY:
            false
        default:
            !isVowel(letter)
        }
    }

    /// Whether `first` and `second` form a double: `bb dd ff gg mm nn pp rr tt`.
    @inline(__always)
    static func isDouble(_ first: UInt8, _ second: UInt8) -> Bool {
        guard first == second else { return false }
        switch first {
        case UInt8(ascii: "b"), UInt8(ascii: "d"), UInt8(ascii: "f"),
            UInt8(ascii: "g"), UInt8(ascii: "m"), UInt8(ascii: "n"),
            UInt8(ascii: "p"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return true
        default:
            return false
        }
    }

    /// Whether `letter` is a valid li-ending: one of `c d e g h k m n r t`. Step 2 removes a
    /// final `li` only after one of these.
    @inline(__always)
    static func isValidLiEnding(_ letter: UInt8) -> Bool {
        switch letter {
        case UInt8(ascii: "c"), UInt8(ascii: "d"), UInt8(ascii: "e"),
            UInt8(ascii: "g"), UInt8(ascii: "h"), UInt8(ascii: "k"),
            UInt8(ascii: "m"), UInt8(ascii: "n"), UInt8(ascii: "r"),
            UInt8(ascii: "t"):
            true
        default:
            false
        }
    }

    /// Whether the stemmer can read `byte` as it stands: any ASCII byte but an upper-case letter.
    /// Words are expected lower-cased and folded; a word with any other byte is returned unchanged.
    @inline(__always)
    static func isStemmable(_ byte: UInt8) -> Bool {
        byte < 0x80 && !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }
}
