/// A word in the middle of being stemmed: its letters, in a buffer the stemmer owns, and the two
/// regions the steps consult.
///
/// Every step of the Snowball English stemmer works at the end of the word: it looks for a suffix,
/// checks a condition, and removes or replaces that suffix. So once the prelude has removed an
/// initial apostrophe, the word is a run of bytes that only ever changes at its end, and the
/// regions are fixed indices from its start:
///
/// - *R1* is the part of the word from ``r1Start`` on; *R2* the part from ``r2Start`` on. Either
///   is empty when its start is at or past the end of the word.
/// - A suffix is *in R1* (or *R2*) when it begins at or after the region's start.
///
/// A `StemmerWord` does not own its memory: it is a view on a buffer that lives for one call of
/// ``EnglishStemmer``, and never outlives it.
struct StemmerWord {
    /// The buffer holding the letters; `letters[0 ..< count]` is the word.
    private let letters: UnsafeMutablePointer<UInt8>
    /// How many letters the buffer holds: as many as the word came in with. No rule makes a word
    /// longer than that.
    private let capacity: Int
    /// The number of letters in the word now.
    private(set) var count: Int
    /// The index at which R1 begins.
    var r1Start: Int
    /// The index at which R2 begins.
    var r2Start: Int
    /// Whether the prelude marked any `y` as the consonant `Y`, which the postlude turns back.
    var hasConsonantY = false

    /// The word of `count` letters in `letters`, whose regions are not yet marked.
    init(letters: UnsafeMutablePointer<UInt8>, count: Int) {
        self.letters = letters
        self.capacity = count
        self.count = count
        self.r1Start = count
        self.r2Start = count
    }

    // MARK: Reading letters

    /// The letter at `index`, which must be inside the word.
    @inline(__always)
    subscript(index: Int) -> UInt8 {
        get {
            assert(index >= 0 && index < count)
            return letters[index]
        }
        nonmutating set {
            assert(index >= 0 && index < count)
            letters[index] = newValue
        }
    }

    /// The first letter, or nil for an empty word.
    @inline(__always)
    var first: UInt8? { count > 0 ? letters[0] : nil }

    /// The last letter, or nil for an empty word.
    @inline(__always)
    var last: UInt8? { count > 0 ? letters[count - 1] : nil }

    /// The letter `distance` places before the end (1 is the last letter), or nil if the word is
    /// not that long.
    @inline(__always)
    func letter(fromEnd distance: Int) -> UInt8? {
        count >= distance ? letters[count - distance] : nil
    }

    /// Whether the word ends with `suffix`.
    @inline(__always)
    func ends(with suffix: StaticString) -> Bool {
        ends(with: suffix, before: count)
    }

    /// Whether the first `end` letters of the word end with `suffix`.
    @inline(__always)
    func ends(with suffix: StaticString, before end: Int) -> Bool {
        let length = suffix.utf8CodeUnitCount
        guard length <= end else { return false }
        let expected = suffix.utf8Start
        let start = end - length
        for offset in 0..<length where letters[start + offset] != expected[offset] {
            return false
        }
        return true
    }

    /// Whether the first `end` letters of the word are exactly `prefix`.
    @inline(__always)
    func isExactly(_ prefix: StaticString, upTo end: Int) -> Bool {
        end == prefix.utf8CodeUnitCount && ends(with: prefix, before: end)
    }

    /// Whether the word begins with `prefix`.
    @inline(__always)
    func begins(with prefix: StaticString) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard length <= count else { return false }
        let expected = prefix.utf8Start
        for offset in 0..<length where letters[offset] != expected[offset] {
            return false
        }
        return true
    }

    /// Whether any of the first `end` letters is a vowel.
    @inline(__always)
    func containsVowel(before end: Int) -> Bool {
        var index = 0
        while index < end {
            if EnglishLetters.isVowel(letters[index]) { return true }
            index += 1
        }
        return false
    }

    // MARK: Regions

    /// Whether a suffix of `length` letters at the end of the word lies in R1.
    @inline(__always)
    func isInR1(suffixLength length: Int) -> Bool { count - length >= r1Start }

    /// Whether a suffix of `length` letters at the end of the word lies in R2.
    @inline(__always)
    func isInR2(suffixLength length: Int) -> Bool { count - length >= r2Start }

    // MARK: Changing the end

    /// Removes the first letter, moving the others down.
    mutating func removeFirst() {
        assert(count > 0)
        for index in 1..<count {
            letters[index - 1] = letters[index]
        }
        count -= 1
    }

    /// Removes the last `length` letters.
    @inline(__always)
    mutating func removeLast(_ length: Int) {
        assert(length <= count)
        count -= length
    }

    /// Replaces the last `length` letters with `replacement`.
    @inline(__always)
    mutating func replaceLast(_ length: Int, with replacement: StaticString) {
        assert(length <= count)
        let newCount = count - length + replacement.utf8CodeUnitCount
        precondition(newCount <= capacity, "a rule made the word longer than it came in")
        let source = replacement.utf8Start
        for offset in 0..<replacement.utf8CodeUnitCount {
            letters[count - length + offset] = source[offset]
        }
        count = newCount
    }

    /// Adds `letter` at the end.
    @inline(__always)
    mutating func append(_ letter: UInt8) {
        precondition(count < capacity, "a rule made the word longer than it came in")
        letters[count] = letter
        count += 1
    }
}
