extension EnglishStemmer {
    /// What the standard's list of exceptional forms says about a whole word, checked before
    /// anything else is done to it.
    enum ExceptionalForm {
        /// The word is its own stem.
        case invariant
        /// The word has this stem.
        case stem(StaticString)
    }

    /// The exceptional form of `word`, if it is one (Snowball English stemmer, "Exceptional forms
    /// in the English stemmer"):
    ///
    /// - special changes: *skis* → *ski*, *skies* → *sky*;
    /// - special *-ly* cases: *idly* → *idl*, *gently* → *gentl*, *ugly* → *ugli*,
    ///   *early* → *earli*, *only* → *onli*, *singly* → *singl*;
    /// - invariant forms: *sky*, *news*, *howe*, and *atlas*, *cosmos*, *bias*, *andes*, which
    ///   are not plurals.
    ///
    /// The whole word must match, apostrophes included: *sky's* is stemmed by the rules.
    static func exceptionalForm(of word: UnsafeBufferPointer<UInt8>) -> ExceptionalForm? {
        // Grouped by length, so a word is compared with at most seven others of its own length.
        switch word.count {
        case 3:
            if word.equals("sky") { return .invariant }
        case 4:
            if word.equals("skis") { return .stem("ski") }
            if word.equals("idly") { return .stem("idl") }
            if word.equals("ugly") { return .stem("ugli") }
            if word.equals("only") { return .stem("onli") }
            if word.equals("news") || word.equals("howe") || word.equals("bias") {
                return .invariant
            }
        case 5:
            if word.equals("skies") { return .stem("sky") }
            if word.equals("early") { return .stem("earli") }
            if word.equals("atlas") || word.equals("andes") { return .invariant }
        case 6:
            if word.equals("gently") { return .stem("gentl") }
            if word.equals("singly") { return .stem("singl") }
            if word.equals("cosmos") { return .invariant }
        default:
            break
        }
        return nil
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether these bytes are exactly those of `text`.
    @inline(__always)
    fileprivate func equals(_ text: StaticString) -> Bool {
        guard count == text.utf8CodeUnitCount else { return false }
        let expected = text.utf8Start
        for index in 0..<count where self[index] != expected[index] {
            return false
        }
        return true
    }
}
