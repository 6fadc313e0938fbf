/// One line of a step's table in the Snowball English stemmer: a suffix, and what to do when it is
/// the longest of the step's suffixes that ends the word.
///
/// Steps 2, 3 and 4 all read the same way: "search for the longest among the following suffixes,
/// and, if found and in R1 (R2 for step 4), perform the action indicated". Only the longest suffix
/// counts: if it is outside the region, or its action's own condition fails, the step does
/// nothing; it does not go on to try a shorter suffix.
struct SuffixRule {
    /// What a rule does to the suffix it names.
    enum Action {
        /// Replace the suffix (*ational* → *ate*).
        case replace(with: StaticString)
        /// Remove the suffix.
        case delete
        /// Remove the suffix if it is also in R2 (step 3's *ative*).
        case deleteIfInR2
        /// Remove the suffix if an `s` or a `t` comes just before it (step 4's *ion*).
        case deleteIfAfterSOrT
        /// Replace the suffix if an `l` comes just before it (step 2's *ogi* → *og*).
        case replaceIfAfterL(with: StaticString)
        /// Remove the suffix if a valid li-ending comes just before it (step 2's *li*).
        case deleteIfAfterValidLiEnding
    }

    let suffix: StaticString
    let action: Action

    /// The length of the suffix, in letters.
    var length: Int { suffix.utf8CodeUnitCount }
}

extension StemmerWord {
    /// The rule for `suffix` if the word ends with it; nil otherwise. Steps list their rules
    /// longest suffix first and take the first that matches.
    @inline(__always)
    func rule(_ suffix: StaticString, _ action: SuffixRule.Action) -> SuffixRule? {
        ends(with: suffix) ? SuffixRule(suffix: suffix, action: action) : nil
    }

    /// Performs `rule`'s action on the end of the word. The caller has already found that the
    /// rule's suffix ends the word and lies in the step's region.
    mutating func apply(_ rule: SuffixRule) {
        let length = rule.length
        switch rule.action {
        case .replace(let replacement):
            replaceLast(length, with: replacement)
        case .delete:
            removeLast(length)
        case .deleteIfInR2:
            if isInR2(suffixLength: length) { removeLast(length) }
        case .deleteIfAfterSOrT:
            if let before = letter(fromEnd: length + 1),
                before == UInt8(ascii: "s") || before == UInt8(ascii: "t")
            {
                removeLast(length)
            }
        case .replaceIfAfterL(let replacement):
            if letter(fromEnd: length + 1) == UInt8(ascii: "l") {
                replaceLast(length, with: replacement)
            }
        case .deleteIfAfterValidLiEnding:
            if let before = letter(fromEnd: length + 1), EnglishLetters.isValidLiEnding(before) {
                removeLast(length)
            }
        }
    }
}
