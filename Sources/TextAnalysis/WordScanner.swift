/// A word found in a text: the byte offsets of its UTF-8, and what the scanner saw on the way.
struct WordSpan: Equatable {
    /// The offsets of the word's bytes in the text's UTF-8.
    let bytes: Range<Int>
    /// Whether every byte of the word is ASCII, so that it folds byte by byte.
    let isASCII: Bool
    /// Whether a `#` comes right before the word: a hashtag, whose words are written together.
    let isHashtag: Bool
}

/// Finds the words of a text, one after the other, in its UTF-8 bytes: Unicode word boundaries
/// (UAX #29) as ``WordCharacter`` tailors them, keeping only the segments that are words.
///
/// A word, by these rules:
///
/// - begins with a letter, a digit, a Katakana character or a standalone character;
/// - goes on through letters and digits together (*5K*, *mp3*), or through Katakana only, and
///   through any marks and format characters after them;
/// - goes on through an apostrophe with a letter or digit on each side (*don't*, *'90's*) and
///   through `.` or `,` with a digit on each side (*3.5*, *10,000*);
/// - ends at anything else: a space, a hyphen, other punctuation, a symbol.
///
/// A standalone character (an ideograph, Hiragana, Thai…) is a word by itself, with its marks.
///
/// ASCII letters, digits and separators, most of any English text, are read a byte at a time with
/// a comparison or two each; only other characters are decoded and classified.
struct WordScanner {
    private let text: UnsafeBufferPointer<UInt8>
    /// Where the search for the next word starts.
    private var offset = 0

    init(_ text: UnsafeBufferPointer<UInt8>) {
        self.text = text
    }

    /// The next word, or nil when there are no more.
    @inline(__always)
    mutating func next() -> WordSpan? {
        // Skip to a character that begins a word.
        var start = offset
        var first = WordCharacter.Role.separator
        var length = 1
        while start < text.count {
            let byte = text[start]
            if byte < 0x80 {
                if WordCharacter.isASCIILetterOrDigit(byte) {
                    first = WordCharacter.asciiRole(byte)
                    length = 1
                    break
                }
                start += 1
            } else {
                (first, length) = roleOfScalar(at: start)
                if first.beginsWord { break }
                start += length
            }
        }
        guard start < text.count else {
            offset = start
            return nil
        }

        // Take in what the word goes on through.
        var end = start + length
        var isASCII = length == 1
        var last = first
        scanning: while end < text.count {
            let byte = text[end]
            let next: WordCharacter.Role
            let nextLength: Int
            if byte < 0x80 {
                // The common case first: ASCII letters and digits go on a word of letters and
                // digits, and any other ASCII byte but `'`, `.` and `,` ends it.
                if WordCharacter.isASCIILetterOrDigit(byte) {
                    guard last == .letter || last == .digit else { break scanning }
                    end += 1
                    while end < text.count, WordCharacter.isASCIILetterOrDigit(text[end]) {
                        end += 1
                    }
                    last = text[end - 1] < UInt8(ascii: "A") ? .digit : .letter
                    continue scanning
                }
                next = WordCharacter.asciiRole(byte)
                guard next != .separator else { break scanning }
                nextLength = 1
            } else {
                (next, nextLength) = roleOfScalar(at: end)
            }
            switch next {
            case .extend:
                break
            case .letter, .digit:
                guard last == .letter || last == .digit else { break scanning }
                last = next
            case .katakana:
                guard last == .katakana else { break scanning }
            case .apostrophe, .numberPunctuation:
                let after = end + nextLength
                guard after < text.count else { break scanning }
                let (following, followingLength) = role(at: after)
                guard Self.joins(next, last, following) else { break scanning }
                isASCII = isASCII && nextLength == 1 && followingLength == 1
                end = after + followingLength
                last = following
                continue scanning
            case .standalone, .separator:
                break scanning
            }
            isASCII = isASCII && nextLength == 1
            end += nextLength
        }
        offset = end
        let isHashtag = start > 0 && text[start - 1] == UInt8(ascii: "#")
        return WordSpan(bytes: start..<end, isASCII: isASCII, isHashtag: isHashtag)
    }

    /// Whether `middle`, an apostrophe or number punctuation between `before` and `after`, keeps
    /// them in one word: an apostrophe between letters or digits, `.` or `,` between digits.
    @inline(__always)
    private static func joins(_ middle: WordCharacter.Role, _ before: WordCharacter.Role, _ after: WordCharacter.Role) -> Bool {
        switch middle {
        case .apostrophe:
            (before == .letter || before == .digit) && (after == .letter || after == .digit)
        case .numberPunctuation:
            before == .digit && after == .digit
        default:
            false
        }
    }

    /// The role of the character at `offset`, and its length in bytes.
    @inline(__always)
    private func role(at offset: Int) -> (WordCharacter.Role, Int) {
        let byte = text[offset]
        if byte < 0x80 {
            return (WordCharacter.asciiRole(byte), 1)
        }
        return roleOfScalar(at: offset)
    }

    /// The role of the non-ASCII character at `offset`, and its length in bytes.
    @inline(never)
    private func roleOfScalar(at offset: Int) -> (WordCharacter.Role, Int) {
        let (scalar, length) = UTF8Scalars.scalar(in: text, at: offset)
        return (WordCharacter.of(scalar).role, length)
    }
}
