/// The part each character plays in words, and its fold, for the blocks where most of the non-ASCII
/// letters of feeds are found, worked out once, the first time a non-ASCII character is met.
///
/// The blocks: everything UTF-8 writes in two bytes, U+0080–U+07FF (Latin-1 Supplement, Latin
/// Extended-A and -B, the combining diacritics, Greek, Cyrillic, Armenian, Hebrew, Arabic…); Latin
/// Extended Additional and Greek Extended (U+1E00–U+1FFF); General Punctuation (U+2000–U+206F: the
/// curly apostrophe, dashes, joiners); the Latin, Armenian and Hebrew presentation forms
/// (U+FB00–U+FB4F); and the halfwidth and fullwidth forms (U+FF00–U+FFEF). Other characters are
/// classified and folded as they come (``WordCharacter/classify(_:)``, ``CharacterFolding``).
///
/// Building the table folds its 1,700 or so letters and digits through Foundation's Unicode data
/// all at once: a few milliseconds, paid once per process and only by a process that meets
/// non-ASCII text.
struct CommonScalarTable: Sendable {
    /// What the table knows of one character.
    struct Entry: Sendable {
        /// The part the character plays in words.
        let character: WordCharacter
        /// The character's fold, or nil when it is too long to pack and is folded each time.
        let fold: PackedFold?
    }

    /// The blocks the table covers, in order.
    static let blocks: [Range<UInt32>] = [0x0080..<0x0800, 0x1E00..<0x2070, 0xFB00..<0xFB50, 0xFF00..<0xFFF0]

    /// The table, built at first use.
    static let shared = CommonScalarTable()

    /// The entries of every block, one after the other.
    private let entries: [Entry]

    private init() {
        let scalars = Self.blocks.flatMap { block in block.map { Unicode.Scalar($0) ?? "\u{FFFD}" } }
        let characters = scalars.map(WordCharacter.classify)
        // Only word characters are folded through Foundation: a separator is never part of a
        // word, an apostrophe folds to `'`, and a mark to nothing or to itself.
        let foldedThroughFoundation = zip(scalars, characters).filter { $1.role.isFoldedThroughFoundation }.map(\.0)
        var folds = CharacterFolding.folds(of: foldedThroughFoundation).makeIterator()
        entries = zip(scalars, characters).map { scalar, character in
            let fold: String =
                switch character.role {
                case .separator: ""
                case .apostrophe: "'"
                case .extend: CharacterFolding.isRemoved(scalar) ? "" : String(Character(scalar))
                case .letter, .digit, .katakana, .standalone, .numberPunctuation: folds.next() ?? ""
                }
            return Entry(character: character, fold: PackedFold(fold.utf8))
        }
    }

    /// The entry for `scalar`, or nil when it is not in the table's blocks.
    @inline(__always)
    func entry(for scalar: Unicode.Scalar) -> Entry? {
        let value = scalar.value
        if value < 0x0800 {
            // The first block, the one most non-ASCII text is written in.
            return value >= 0x0080 ? entries[Int(value) - 0x0080] : nil
        }
        var offset = 0
        for block in Self.blocks {
            if block.contains(value) {
                return entries[offset + Int(value - block.lowerBound)]
            }
            if value < block.lowerBound {
                return nil
            }
            offset += block.count
        }
        return nil
    }
}

extension WordCharacter.Role {
    /// Whether a character of this role is folded through Foundation when the table is built.
    fileprivate var isFoldedThroughFoundation: Bool {
        switch self {
        case .letter, .digit, .katakana, .standalone, .numberPunctuation: true
        case .separator, .apostrophe, .extend: false
        }
    }
}
