/// Steps 0, 1a, 1b and 1c of the Snowball English stemmer: possessives, plurals, and the verb
/// endings *-ed* and *-ing*, then a final *y*.
extension StemmerWord {
    // MARK: Step 0

    /// Step 0: search for the longest among the suffixes `'`, `'s`, `'s'`, and remove it if found
    /// (*dog's* → *dog*, *dogs'* → *dogs*, *there's'* → *there*).
    mutating func step0() {
        if ends(with: "'s'") {
            removeLast(3)
        } else if ends(with: "'s") {
            removeLast(2)
        } else if ends(with: "'") {
            removeLast(1)
        }
    }

    // MARK: Step 1a

    /// Step 1a: search for the longest among the following suffixes, and perform the action
    /// indicated.
    ///
    /// - `sses`: replace by `ss` (*caresses* → *caress*).
    /// - `ied`, `ies`: replace by `i` if preceded by more than one letter, otherwise by `ie`
    ///   (*cries* → *cri*, *ties* → *tie*).
    /// - `us`, `ss`: do nothing (*bus*, *caress*).
    /// - `s`: delete if the preceding word part contains a vowel not immediately before the `s`
    ///   (*gaps* → *gap*, *kiwis* → *kiwi*; but *gas* and *this* keep it).
    mutating func step1a() {
        guard let last else { return }
        switch last {
        case UInt8(ascii: "s"):
            if ends(with: "sses") {
                removeLast(2)
            } else if ends(with: "ies") {
                replaceIedOrIes()
            } else if ends(with: "us") || ends(with: "ss") {
                return
            } else if count >= 2, containsVowel(before: count - 2) {
                removeLast(1)
            }
        case UInt8(ascii: "d"):
            if ends(with: "ied") { replaceIedOrIes() }
        default:
            return
        }
    }

    /// Step 1a's rule for `ied` and `ies`: `i` after two letters or more, `ie` after one or none.
    private mutating func replaceIedOrIes() {
        if count - 3 >= 2 {
            replaceLast(3, with: "i")
        } else {
            replaceLast(3, with: "ie")
        }
    }

    // MARK: Step 1b

    /// Step 1b: search for the longest among the following suffixes, and perform the action
    /// indicated.
    ///
    /// - `eed`, `eedly`: replace by `ee` if in R1 (*agreed* → *agree*, *feed* stays); but leave
    ///   *proceed*, *exceed* and *succeed* alone.
    /// - `ed`, `edly`, `ing`, `ingly`: see ``removeVerbEnding(length:)``; for `ing`, first the
    ///   exceptional forms of ``applyExceptionalIngForm()`` (*dying* → *die*; *inning* stays).
    ///
    /// Earlier editions of the standard kept *proceed*, *exceed*, *succeed*, *inning*, *outing*,
    /// *canning*, *herring* and *earring* in a list of forms left invariant after step 1a; the
    /// current one (Snowball 3) handles them here, in the rules for their own suffixes.
    mutating func step1b() {
        guard let last else { return }
        switch last {
        case UInt8(ascii: "y"):
            if ends(with: "eedly") {
                replaceEed(length: 5)
            } else if ends(with: "ingly") {
                removeVerbEnding(length: 5)
            } else if ends(with: "edly") {
                removeVerbEnding(length: 4)
            }
        case UInt8(ascii: "d"):
            if ends(with: "eed") {
                replaceEed(length: 3)
            } else if ends(with: "ed") {
                removeVerbEnding(length: 2)
            }
        case UInt8(ascii: "g"):
            if ends(with: "ing"), !applyExceptionalIngForm() {
                removeVerbEnding(length: 3)
            }
        default:
            return
        }
    }

    /// Step 1b's rule for `eed` and `eedly` (the last `length` letters): replace by `ee` if in R1,
    /// unless what comes before is exactly *proc*, *exc* or *succ*.
    private mutating func replaceEed(length: Int) {
        let stemEnd = count - length
        if isExactly("proc", upTo: stemEnd) || isExactly("exc", upTo: stemEnd)
            || isExactly("succ", upTo: stemEnd)
        {
            return
        }
        if isInR1(suffixLength: length) {
            replaceLast(length, with: "ee")
        }
    }

    /// The exceptional forms of a final `ing`, looking at exactly what comes before it; says
    /// whether one applied, in which case step 1b is over.
    ///
    /// - A non-vowel followed by `y`: replace the `y` and the `ing` by `ie`. This is for the five
    ///   verbs *die*, *hie*, *lie*, *tie* and *vie*: *dying* → *die*, *vying* → *vie*.
    /// - Exactly *inn*, *out*, *cann*, *herr*, *earr* or *even*: leave the word alone, so that
    ///   *inning*, *outing*, *canning*, *herring*, *earring* and *evening* do not become *in*,
    ///   *out*, *can*, *her*, *ear* and *even*.
    private mutating func applyExceptionalIngForm() -> Bool {
        let stemEnd = count - 3
        if stemEnd == 2, self[1] == UInt8(ascii: "y"), !EnglishLetters.isVowel(self[0]) {
            replaceLast(4, with: "ie")
            return true
        }
        return isExactly("inn", upTo: stemEnd) || isExactly("out", upTo: stemEnd)
            || isExactly("cann", upTo: stemEnd) || isExactly("herr", upTo: stemEnd)
            || isExactly("earr", upTo: stemEnd) || isExactly("even", upTo: stemEnd)
    }

    /// Step 1b's rule for `ed`, `edly`, `ing` and `ingly` (the last `length` letters): delete the
    /// suffix if the preceding word part contains a vowel, and after the deletion:
    ///
    /// - if the word ends `at`, `bl` or `iz`, add `e` (*luxuriat* → *luxuriate*); or
    /// - if the word ends with a double preceded by something other than exactly `a`, `e` or `o`,
    ///   remove the last letter (*hopp* → *hop*; but *add*, *egg* and *off* stay); or
    /// - if the word does not end with a double and is short, add `e` (*hop* → *hope*).
    private mutating func removeVerbEnding(length: Int) {
        guard containsVowel(before: count - length) else { return }
        removeLast(length)
        if ends(with: "at") || ends(with: "bl") || ends(with: "iz") {
            append(UInt8(ascii: "e"))
        } else if count >= 2, EnglishLetters.isDouble(self[count - 2], self[count - 1]) {
            if !(count == 3 && Self.isAEO(self[0])) {
                removeLast(1)
            }
        } else if isShort {
            append(UInt8(ascii: "e"))
        }
    }

    /// Whether `letter` is `a`, `e` or `o`: the letters before which a double is kept when they
    /// are all that precedes it (*add*, *egg*, *off*).
    private static func isAEO(_ letter: UInt8) -> Bool {
        letter == UInt8(ascii: "a") || letter == UInt8(ascii: "e") || letter == UInt8(ascii: "o")
    }

    // MARK: Step 1c

    /// Step 1c: replace a final `y` or `Y` by `i` if preceded by a non-vowel which is not the
    /// first letter of the word (*cry* → *cri*; but *by* and *say* stay).
    mutating func step1c() {
        guard count >= 3, let last,
            last == UInt8(ascii: "y") || last == EnglishLetters.consonantY,
            !EnglishLetters.isVowel(self[count - 2])
        else { return }
        self[count - 1] = UInt8(ascii: "i")
    }
}
