/// The regions R1 and R2, and short syllables: the conditions the steps of the Snowball English
/// stemmer test before they remove a suffix.
extension StemmerWord {
    // MARK: Regions

    /// The word beginning for which R1 is set, as an exception, to everything after it
    /// (Snowball English stemmer, "Exceptional forms"), among those starting with `letter`.
    ///
    /// The current list is `gener commun arsen past univers later emerg organ inter`: without it,
    /// *generate* and *generous*, or *universe* and *university*, would stem alike. No two of
    /// these share a first letter, so the first letter picks the only candidate.
    private static func prefixEndingBeforeR1(startingWith letter: UInt8) -> StaticString? {
        switch letter {
        case UInt8(ascii: "g"): "gener"  // generate / general / generic / generous
        case UInt8(ascii: "c"): "commun"  // communication / communism / community
        case UInt8(ascii: "a"): "arsen"  // arsenic / arsenal
        case UInt8(ascii: "p"): "past"  // past / paste
        case UInt8(ascii: "u"): "univers"  // universe / universal / university
        case UInt8(ascii: "l"): "later"  // later / lateral
        case UInt8(ascii: "e"): "emerg"  // emerge / emergency
        case UInt8(ascii: "o"): "organ"  // organ / organic / organize
        case UInt8(ascii: "i"): "inter"  // intern / internal / international / interval
        default: nil
        }
    }

    /// Sets ``r1Start`` and ``r2Start``, by the standard's definitions:
    ///
    /// - R1 is the region after the first non-vowel following a vowel, or the end of the word if
    ///   there is no such non-vowel; except that after one of the special beginnings *gener*,
    ///   *commun*, *arsen*, ... (``prefixEndingBeforeR1(startingWith:)``) R1 is the rest of the
    ///   word.
    /// - R2 is the region after the first non-vowel following a vowel in R1, or the end of the
    ///   word if there is no such non-vowel.
    ///
    /// For *beautiful*: R1 is *iful*, R2 is *ul*. For *animadversion*: R1 is *imadversion*, R2 is
    /// *adversion*.
    mutating func markRegions() {
        if let first,
            let prefix = Self.prefixEndingBeforeR1(startingWith: first),
            begins(with: prefix)
        {
            r1Start = prefix.utf8CodeUnitCount
        } else {
            r1Start = indexAfterNonVowelFollowingVowel(from: 0)
        }
        r2Start = indexAfterNonVowelFollowingVowel(from: r1Start)
    }

    /// The index just past the first non-vowel that follows a vowel, looking from `start`; the end
    /// of the word if there is none.
    private func indexAfterNonVowelFollowingVowel(from start: Int) -> Int {
        var index = start
        while index < count, !EnglishLetters.isVowel(self[index]) { index += 1 }
        while index < count, EnglishLetters.isVowel(self[index]) { index += 1 }
        return min(index + 1, count)
    }

    // MARK: Short syllables

    /// Whether the first `end` letters end in a *short syllable*, which the standard defines as
    ///
    /// - (a) a vowel followed by a non-vowel other than `w`, `x` or `Y`, and preceded by a
    ///   non-vowel (*rap*, *trap*, *entrap*); or
    /// - (b) a vowel at the beginning of the word followed by a non-vowel (*ow*, *on*, *at*); or
    /// - (c) *past* (so that *pasted* and *pasting* come back to *paste*, not *past*).
    ///
    /// *uproot*, *bestow* and *disturb* do not end in a short syllable.
    func endsWithShortSyllable(before end: Int) -> Bool {
        if end >= 3,
            EnglishLetters.closesShortSyllable(self[end - 1]),
            EnglishLetters.isVowel(self[end - 2]),
            !EnglishLetters.isVowel(self[end - 3])
        {
            return true
        }
        if end == 2, !EnglishLetters.isVowel(self[1]), EnglishLetters.isVowel(self[0]) {
            return true
        }
        return ends(with: "past", before: end)
    }

    /// Whether the word is *short*: it ends in a short syllable and R1 is empty (*bed*, *shed*,
    /// *shred*; but not *bead*, *embed*, *beds*).
    ///
    /// As in the standard's own Snowball program, "R1 is empty" means R1 begins exactly at the
    /// end of the word as it now stands.
    var isShort: Bool {
        r1Start == count && endsWithShortSyllable(before: count)
    }
}
