/// The prelude and the postlude of the Snowball English stemmer: what is done to a word before the
/// regions are found and the steps run, and undone after.
extension StemmerWord {
    // MARK: Prelude

    /// Removes an initial apostrophe, if present (*'tis* → *tis*). Only one: *''a* keeps the
    /// second, which step 0 may remove from the end.
    mutating func removeInitialApostrophe() {
        if first == EnglishLetters.apostrophe {
            removeFirst()
        }
    }

    /// Marks each `y` that acts as a consonant with ``EnglishLetters/consonantY``, so that no rule
    /// takes it for a vowel: an initial `y` (*youth*), and a `y` just after a vowel (*saying*,
    /// *enjoy*). The letters are marked left to right, so in *sayy* only the first `y` follows a
    /// vowel: the second follows the marked `Y`, a consonant.
    mutating func markConsonantYs() {
        let y = UInt8(ascii: "y")
        for index in 0..<count where self[index] == y {
            if index == 0 || EnglishLetters.isVowel(self[index - 1]) {
                self[index] = EnglishLetters.consonantY
                hasConsonantY = true
            }
        }
    }

    // MARK: Postlude

    /// Turns every consonant `Y` marked by ``markConsonantYs()`` back into `y`.
    mutating func unmarkConsonantYs() {
        guard hasConsonantY else { return }
        for index in 0..<count where self[index] == EnglishLetters.consonantY {
            self[index] = UInt8(ascii: "y")
        }
    }
}
