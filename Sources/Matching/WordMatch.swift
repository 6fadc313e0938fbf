import TextAnalysis

/// One word of an interest or avoid phrase, and the rule that says which words of an entry are
/// the same word.
///
/// Stems alone are not enough, in either direction: the Snowball stemmer gives *running* → run but
/// *runners* → runner, and *training* → train like *trains*. So a word of an entry (`E`) matches
/// a word of an interest (`I`), both folded (lower case, no accents) and without a possessive
/// *'s* or a trailing *'*, when:
///
/// 1. **Same word**: `E` is `I` (*Café* and *cafe*, *runner's* and *runner*).
/// 2. **Plural**: one is the regular plural of the other: with *s* added, when the stemmer agrees
///    they are one word (*pump*, *pumps*; but *news* is not *new*); with *es* (*bus*, *buses*); or
///    with *y* turned into *ies* (*puppy*, *puppies*).
/// 3. **Activity and doer**: when `I` is a verb form in *-ing* — one the stemmer shortens: *running*
///    → run, but not *spring* or *thing* — `E` may be any word with the same stem (*run*, *runs*,
///    *running*, *gardener* for *gardening*), or the one who does it: a word ending in *-er* or
///    *-ist* whose stem is `I`'s with *er* (*climber*), *r* after an *e* (*baker* for *baking*), a
///    doubled consonant and *er* (*runners* for *running*), or *ist* (*cyclist* for *cycling*).
/// 4. **Field and practitioner**: when `I` ends as the names of fields do, in *-y* (*astronomy*,
///    *pottery*, *biology*) or *-ics* (*physics*, *economics*), `E` may be one who practises it: a
///    word ending in *-er* or *-ist* whose stem is `I` without the *y* (*astronomers*, *potter*),
///    or with *ist* in its place (*biologist*), or `I`'s stem with *ist* after *-ics*
///    (*physicist*, *economist*).
///
/// Nothing else matches. In particular a derivation does not match an interest that is not itself
/// a verb form: *training* or *trained* is not *train*, *artist* is not *art*, *astronomical* is
/// not *astronomy*; and a word is always a whole word, so *start* is never *art* and *category*
/// never *cat*. A stop word matches only the same stop word, and never a word that is not one.
///
/// An avoid phrase matches more loosely, because a veto should err on the side of caution: its
/// word also matches any word with the same stem (*politics* vetoes *political*, *snakes* vetoes
/// *snake*).
struct PhraseWord: Sendable, Hashable {
    /// The word folded, without a possessive.
    let folded: String
    let stem: String
    let isStopWord: Bool
    /// Whether the word is a verb form in *-ing* that the stemmer shortened (rule 3).
    let isVerbForm: Bool
    /// The stems of the words for one who does it (rule 3) or practises it (rule 4), if any.
    let doerStems: [String]
    /// Whether any word with the same stem matches (avoid phrases).
    let matchesAnyFormOfStem: Bool
    /// The word exactly as it must be written, when the phrase has nothing but stop words (see
    /// ``Phrase``); nil otherwise.
    let spelling: String?

    init(_ token: Token, matchesAnyFormOfStem: Bool, spelling: String? = nil) {
        let folded = String(Self.withoutPossessive(token.text))
        self.folded = folded
        stem = token.stem
        isStopWord = token.isStopWord
        isVerbForm = !token.isStopWord && folded.hasSuffix("ing") && token.stem.utf8.count < folded.utf8.count
        doerStems = token.isStopWord ? [] : Self.doerStems(folded: folded, stem: token.stem, isVerbForm: isVerbForm)
        self.matchesAnyFormOfStem = matchesAnyFormOfStem
        self.spelling = spelling
    }

    /// Whether `token`, a word of `text`, is this word, by the rules above (and, for a phrase of
    /// stop words only, written the same).
    func matches(_ token: Token, in text: String) -> Bool {
        if let spelling { return text[token.range] == spelling[...] }
        return matches(token)
    }

    /// Whether `token`, a word of an entry, is this word, by the rules above.
    func matches(_ token: Token) -> Bool {
        if isStopWord || token.isStopWord {
            return isStopWord && token.isStopWord && Self.withoutPossessive(token.text) == folded[...]
        }
        let sameStem = token.stem == stem
        if (isVerbForm || matchesAnyFormOfStem) && sameStem { return true }
        if token.text == folded { return true }
        let word = Self.withoutPossessive(token.text)
        if word == folded[...] { return true }
        if Self.isRegularPlural(word, of: folded[...], sameStem: sameStem)
            || Self.isRegularPlural(folded[...], of: word, sameStem: sameStem)
        {
            return true
        }
        return !doerStems.isEmpty && doerStems.contains(token.stem) && Self.namesADoer(word)
    }

    /// The stems of the doers of an activity (rule 3: *running* → runer, runner, runist) or of the
    /// practitioners of a field (rule 4: *astronomy* → astronom, astronomist; *physics* →
    /// physicist).
    private static func doerStems(folded: String, stem: String, isVerbForm: Bool) -> [String] {
        guard let last = stem.last else { return [] }
        if isVerbForm {
            return [stem + "er", stem + String(last) + "er", stem + "ist"] + (last == "e" ? [stem + "r"] : [])
        }
        if folded.hasSuffix("y") && folded.count > 3 {
            let field = folded.dropLast()
            return [String(field), field + "ist"]
        }
        if folded.hasSuffix("ics") {
            return [stem + "ist", folded.dropLast() + "ist"]
        }
        return []
    }

    /// Whether `word` ends as the word for a doer does: in *-er*, *-ers*, *-ist* or *-ists*.
    private static func namesADoer(_ word: Substring) -> Bool {
        let singular = word.hasSuffix("s") ? word.dropLast() : word
        return singular.hasSuffix("er") || singular.hasSuffix("ist")
    }

    /// The words that rules 1 and 2 accept for this word, before stemming: itself, its plurals and
    /// the singulars it may be the plural of. Their stems, with ``doerStems``, are all the stems a
    /// matching word can have (see ``PhraseIndex``).
    var inflections: [String] {
        var words = [folded, folded + "s", folded + "es"]
        if folded.hasSuffix("y") { words.append(folded.dropLast() + "ies") }
        if folded.hasSuffix("s") { words.append(String(folded.dropLast())) }
        if folded.hasSuffix("es") { words.append(String(folded.dropLast(2))) }
        if folded.hasSuffix("ies") { words.append(folded.dropLast(3) + "y") }
        return words
    }

    /// `word` without a possessive *'s* (after at least one letter) or a trailing apostrophe.
    static func withoutPossessive(_ word: String) -> Substring {
        let bytes = word.utf8
        guard bytes.count > 1 else { return word[...] }
        let last = bytes[bytes.index(before: bytes.endIndex)]
        if last == UInt8(ascii: "'") { return word.dropLast() }
        if last == UInt8(ascii: "s"), bytes.count > 2, bytes[bytes.index(bytes.endIndex, offsetBy: -2)] == UInt8(ascii: "'") {
            return word.dropLast(2)
        }
        return word[...]
    }

    /// Whether `plural` is `singular` with *s* (when their stems agree), *es*, or *y* → *ies*.
    static func isRegularPlural(_ plural: Substring, of singular: Substring, sameStem: Bool) -> Bool {
        let p = plural.utf8
        let s = singular.utf8
        guard p.count > s.count, p.last == UInt8(ascii: "s"), !s.isEmpty else { return false }
        switch p.count - s.count {
        case 1:
            return sameStem && p.starts(with: s)
        case 2 where p.starts(with: s):
            return p.dropLast().last == UInt8(ascii: "e")
        case 2 where s.last == UInt8(ascii: "y"):
            return p.starts(with: s.dropLast()) && p.suffix(3).elementsEqual("ies".utf8)
        default:
            return false
        }
    }
}
