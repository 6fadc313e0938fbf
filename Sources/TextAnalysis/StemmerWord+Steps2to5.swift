/// Steps 2, 3, 4 and 5 of the Snowball English stemmer: derivational suffixes, in R1 and then in
/// R2, and finally a last `e` or `l`.
///
/// Steps 2, 3 and 4 are tables of ``SuffixRule``s. Each table is written grouped by the word's last
/// letter, and within a group longest suffix first, so the first rule that matches is the longest:
/// the one the standard says to act on.
extension StemmerWord {
    // MARK: Step 2

    /// Step 2: search for the longest among the following suffixes, and, if found and in R1,
    /// perform the action indicated.
    ///
    /// | suffix | action | | suffix | action |
    /// |---|---|---|---|---|
    /// | `tional` | `tion` | | `fulness` | `ful` |
    /// | `enci` | `ence` | | `ousli`, `ousness` | `ous` |
    /// | `anci` | `ance` | | `iveness`, `iviti` | `ive` |
    /// | `abli` | `able` | | `biliti`, `bli` | `ble` |
    /// | `entli` | `ent` | | `ogist` | `og` |
    /// | `izer`, `ization` | `ize` | | `ogi` | `og` if preceded by `l` |
    /// | `ational`, `ation`, `ator` | `ate` | | `fulli` | `ful` |
    /// | `alism`, `aliti`, `alli` | `al` | | `lessli` | `less` |
    /// | | | | `li` | delete if preceded by a valid li-ending |
    mutating func step2() {
        guard let rule = longestStep2Suffix(), isInR1(suffixLength: rule.length) else { return }
        apply(rule)
    }

    private func longestStep2Suffix() -> SuffixRule? {
        switch last {
        case UInt8(ascii: "l"):
            return rule("ational", .replace(with: "ate"))
                ?? rule("tional", .replace(with: "tion"))
        case UInt8(ascii: "n"):
            return rule("ization", .replace(with: "ize"))
                ?? rule("ation", .replace(with: "ate"))
        case UInt8(ascii: "r"):
            return rule("izer", .replace(with: "ize"))
                ?? rule("ator", .replace(with: "ate"))
        case UInt8(ascii: "m"):
            return rule("alism", .replace(with: "al"))
        case UInt8(ascii: "s"):
            return rule("fulness", .replace(with: "ful"))
                ?? rule("ousness", .replace(with: "ous"))
                ?? rule("iveness", .replace(with: "ive"))
        case UInt8(ascii: "t"):
            return rule("ogist", .replace(with: "og"))
        case UInt8(ascii: "i"):
            return longestStep2SuffixEndingI()
        default:
            return nil
        }
    }

    /// Step 2's suffixes ending in `i`, grouped by their next-to-last letter.
    private func longestStep2SuffixEndingI() -> SuffixRule? {
        switch letter(fromEnd: 2) {
        case UInt8(ascii: "c"):
            return rule("enci", .replace(with: "ence"))
                ?? rule("anci", .replace(with: "ance"))
        case UInt8(ascii: "t"):
            return rule("biliti", .replace(with: "ble"))
                ?? rule("aliti", .replace(with: "al"))
                ?? rule("iviti", .replace(with: "ive"))
        case UInt8(ascii: "g"):
            return rule("ogi", .replaceIfAfterL(with: "og"))
        case UInt8(ascii: "l"):
            return rule("lessli", .replace(with: "less"))
                ?? rule("entli", .replace(with: "ent"))
                ?? rule("ousli", .replace(with: "ous"))
                ?? rule("fulli", .replace(with: "ful"))
                ?? rule("abli", .replace(with: "able"))
                ?? rule("alli", .replace(with: "al"))
                ?? rule("bli", .replace(with: "ble"))
                ?? rule("li", .deleteIfAfterValidLiEnding)
        default:
            return nil
        }
    }

    // MARK: Step 3

    /// Step 3: search for the longest among the following suffixes, and, if found and in R1,
    /// perform the action indicated.
    ///
    /// | suffix | action |
    /// |---|---|
    /// | `tional` | `tion` |
    /// | `ational` | `ate` |
    /// | `alize` | `al` |
    /// | `icate`, `iciti`, `ical` | `ic` |
    /// | `ful`, `ness` | delete |
    /// | `ative` | delete if in R2 |
    mutating func step3() {
        guard let rule = longestStep3Suffix(), isInR1(suffixLength: rule.length) else { return }
        apply(rule)
    }

    private func longestStep3Suffix() -> SuffixRule? {
        switch last {
        case UInt8(ascii: "l"):
            return rule("ational", .replace(with: "ate"))
                ?? rule("tional", .replace(with: "tion"))
                ?? rule("ical", .replace(with: "ic"))
                ?? rule("ful", .delete)
        case UInt8(ascii: "e"):
            return rule("alize", .replace(with: "al"))
                ?? rule("icate", .replace(with: "ic"))
                ?? rule("ative", .deleteIfInR2)
        case UInt8(ascii: "i"):
            return rule("iciti", .replace(with: "ic"))
        case UInt8(ascii: "s"):
            return rule("ness", .delete)
        default:
            return nil
        }
    }

    // MARK: Step 4

    /// Step 4: search for the longest among the following suffixes, and, if found and in R2,
    /// perform the action indicated.
    ///
    /// - `al ance ence er ic able ible ant ement ment ent ism ate iti ous ive ize`: delete.
    /// - `ion`: delete if preceded by `s` or `t`.
    ///
    /// So for *agreement* the longest suffix is `ement`; it is not in R2, and the step stops there
    /// rather than trying `ment` or `ent`.
    mutating func step4() {
        guard let rule = longestStep4Suffix(), isInR2(suffixLength: rule.length) else { return }
        apply(rule)
    }

    private func longestStep4Suffix() -> SuffixRule? {
        switch last {
        case UInt8(ascii: "l"):
            return rule("al", .delete)
        case UInt8(ascii: "e"):
            return rule("ance", .delete)
                ?? rule("ence", .delete)
                ?? rule("able", .delete)
                ?? rule("ible", .delete)
                ?? rule("ate", .delete)
                ?? rule("ive", .delete)
                ?? rule("ize", .delete)
        case UInt8(ascii: "r"):
            return rule("er", .delete)
        case UInt8(ascii: "c"):
            return rule("ic", .delete)
        case UInt8(ascii: "t"):
            return rule("ement", .delete)
                ?? rule("ment", .delete)
                ?? rule("ent", .delete)
                ?? rule("ant", .delete)
        case UInt8(ascii: "m"):
            return rule("ism", .delete)
        case UInt8(ascii: "i"):
            return rule("iti", .delete)
        case UInt8(ascii: "s"):
            return rule("ous", .delete)
        case UInt8(ascii: "n"):
            return rule("ion", .deleteIfAfterSOrT)
        default:
            return nil
        }
    }

    // MARK: Step 5

    /// Step 5: search for the following suffixes, and, if found, perform the action indicated.
    ///
    /// - `e`: delete if in R2, or in R1 and not preceded by a short syllable.
    /// - `l`: delete if in R2 and preceded by `l`.
    mutating func step5() {
        switch last {
        case UInt8(ascii: "e"):
            if isInR2(suffixLength: 1)
                || (isInR1(suffixLength: 1) && !endsWithShortSyllable(before: count - 1))
            {
                removeLast(1)
            }
        case UInt8(ascii: "l"):
            if isInR2(suffixLength: 1), letter(fromEnd: 2) == UInt8(ascii: "l") {
                removeLast(1)
            }
        default:
            return
        }
    }
}
