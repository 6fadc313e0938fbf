/// The part a character plays in words: its word-boundary class, after Unicode UAX #29 ("Unicode
/// Text Segmentation", section 4, word boundaries) as this module tailors it, and, for a letter, its
/// case.
///
/// The roles, and the UAX #29 rules they follow:
///
/// - ``Role/letter``: an alphabetic character (ALetter, Hebrew_Letter): Latin, Greek, Cyrillic,
///   Hangul, Arabic, Hebrew, Devanagari and the other scripts written with spaces. Letters and
///   digits run together into one word (WB5, WB8, WB9, WB10): *5K*, *mp3*, *B2B*.
/// - ``Role/digit``: a decimal digit of any script (Numeric, general category Nd).
/// - ``Role/katakana``: Katakana, which runs into words of its own (WB13), apart from letters.
/// - ``Role/standalone``: a Han ideograph, Hiragana, and the letters of the scripts written without
///   spaces between words (Thai, Lao, Khmer, Myanmar, the Tai scripts). With no dictionary, UAX #29
///   makes each of them a word by itself (WB999), so that a phrase in these scripts is matched as a
///   run of neighbouring characters.
/// - ``Role/extend``: a mark, a format character or the zero width joiner (Extend, Format, ZWJ):
///   part of the character before it (WB4), so *e* followed by a combining acute is one letter and
///   a soft hyphen does not break a word.
/// - ``Role/apostrophe``: `'`, `’`, `‘` and the fullwidth `＇` (MidNumLet). Inside a word when a
///   letter or digit is on each side (WB6, WB7, WB11, WB12): *don't*, *O'Brien*, *'90's*.
/// - ``Role/numberPunctuation``: `.` and `,` and their fullwidth forms, and the Arabic decimal and
///   thousands separators (MidNum, MidNumLet). Inside a number when a digit is on each side (WB11,
///   WB12): *3.5*, *10,000*.
/// - ``Role/separator``: everything else, which is never part of a word: spaces, hyphens and dashes,
///   other punctuation, symbols and emoji.
///
/// Tailorings of UAX #29, all so that words written together by punctuation come apart: the period
/// and the colon do not join letters (*e.g* is *e*, *g*), the underscore does not join anything
/// (ExtendNumLet; *snake_case* is *snake*, *case*), and an apostrophe also joins a digit to a letter
/// (*'90's*).
struct WordCharacter: Equatable, Sendable {
    /// The part a character plays in words.
    enum Role: UInt8, Sendable {
        case separator
        case letter
        case digit
        case katakana
        case standalone
        case extend
        case apostrophe
        case numberPunctuation

        /// Whether a word can begin with a character of this role.
        @inline(__always)
        var beginsWord: Bool {
            switch self {
            case .letter, .digit, .katakana, .standalone: true
            case .separator, .extend, .apostrophe, .numberPunctuation: false
            }
        }
    }

    /// The case of a letter, which decides where words written together are split.
    enum LetterCase: UInt8, Sendable {
        /// Not a letter, or a letter of a script without case (Han, Hangul, Arabic…).
        case none
        case lower
        /// Upper case or title case (*ǅ*).
        case upper
    }

    let role: Role
    let letterCase: LetterCase

    init(_ role: Role, _ letterCase: LetterCase = .none) {
        self.role = role
        self.letterCase = letterCase
    }

    static let separator = WordCharacter(.separator)

    // MARK: Classifying

    /// The part an ASCII byte plays: letters, digits, the apostrophe, `.` and `,`; all else separates.
    @inline(__always)
    static func ascii(_ byte: UInt8) -> WordCharacter {
        switch asciiRole(byte) {
        case .letter: WordCharacter(.letter, byte < UInt8(ascii: "a") ? .upper : .lower)
        case let role: WordCharacter(role)
        }
    }

    /// The role of an ASCII byte, as ``ascii(_:)`` gives it, with the fewest tests for letters.
    @inline(__always)
    static func asciiRole(_ byte: UInt8) -> Role {
        if (byte | 0x20) &- UInt8(ascii: "a") < 26 {
            return .letter
        }
        if byte &- UInt8(ascii: "0") < 10 {
            return .digit
        }
        switch byte {
        case UInt8(ascii: "'"): return .apostrophe
        case UInt8(ascii: "."), UInt8(ascii: ","): return .numberPunctuation
        default: return .separator
        }
    }

    /// Whether `byte` is an ASCII letter or digit, with one look-up in a 128-bit table and no branch.
    @inline(__always)
    static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        // Bit n of the table is set when byte n is a letter or digit: 0–9 in the low half,
        // A–Z and a–z in the high half.
        let low: UInt64 = 0x03FF_0000_0000_0000
        let high: UInt64 = 0x07FF_FFFE_07FF_FFFE
        let half = byte < 0x40 ? low : byte < 0x80 ? high : 0
        return (half >> UInt64(byte & 0x3F)) & 1 != 0
    }

    /// The part `scalar` plays, looked up for the common blocks and worked out for the others.
    @inline(__always)
    static func of(_ scalar: Unicode.Scalar) -> WordCharacter {
        if scalar.isASCII {
            return ascii(UInt8(truncatingIfNeeded: scalar.value))
        }
        if let entry = CommonScalarTable.shared.entry(for: scalar) {
            return entry.character
        }
        return ofLargeBlock(scalar) ?? classify(scalar)
    }

    /// The part `scalar` plays if it is in one of the large blocks whose characters all play the
    /// same part and are already folded, so that East Asian text is read without looking up a
    /// Unicode property for each character; nil for any other scalar. The blocks: the CJK Unified
    /// Ideographs and their Extension A, and the Hiragana letters (standalone); the Katakana
    /// letters and the prolonged sound mark (Katakana); the Hangul syllables (letters without case).
    @inline(__always)
    static func ofLargeBlock(_ scalar: Unicode.Scalar) -> WordCharacter? {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x3041...0x3096: WordCharacter(.standalone)
        case 0x30A1...0x30FA, 0x30FC: WordCharacter(.katakana)
        case 0xAC00...0xD7A3: WordCharacter(.letter)
        default: nil
        }
    }

    /// The part `scalar` plays, worked out from its Unicode properties, in this order: the listed
    /// apostrophes and number punctuation; marks, format characters and grapheme extenders; decimal
    /// digits; Katakana; then the alphabetic characters, standalone (ideographs, Hiragana, the
    /// scripts without spaces) or letters; everything else separates.
    static func classify(_ scalar: Unicode.Scalar) -> WordCharacter {
        let value = scalar.value
        if value < 0x80 {
            return ascii(UInt8(value))
        }
        switch value {
        case 0x2018, 0x2019, 0xFF07:
            return WordCharacter(.apostrophe)
        case 0x066B, 0x066C, 0xFF0C, 0xFF0E:
            return WordCharacter(.numberPunctuation)
        default:
            break
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format:
            return WordCharacter(.extend)
        case .decimalNumber:
            return WordCharacter(.digit)
        default:
            break
        }
        if properties.isGraphemeExtend {
            return WordCharacter(.extend)
        }
        if isKatakana(value) {
            return WordCharacter(.katakana)
        }
        guard properties.isAlphabetic else {
            return .separator
        }
        if properties.isIdeographic || isHiragana(value) || isWrittenWithoutSpaces(value) {
            return WordCharacter(.standalone)
        }
        if properties.isUppercase || properties.generalCategory == .titlecaseLetter {
            return WordCharacter(.letter, .upper)
        }
        return WordCharacter(.letter, properties.isLowercase ? .lower : .none)
    }

    /// Katakana as UAX #29 counts it: the Katakana blocks, the prolonged sound mark, the spacing
    /// voicing marks, the vertical kana repeat marks, and the halfwidth forms.
    private static func isKatakana(_ value: UInt32) -> Bool {
        switch value {
        case 0x3031...0x3035, 0x309B...0x309C, 0x30A0...0x30FF, 0x31F0...0x31FF,
            0x32D0...0x32FE, 0x3300...0x3357, 0xFF66...0xFF9D:
            true
        default:
            false
        }
    }

    /// The Hiragana block.
    private static func isHiragana(_ value: UInt32) -> Bool {
        (0x3040...0x309F).contains(value)
    }

    /// The blocks of the scripts that UAX #29 leaves to a dictionary because they are written
    /// without spaces between words (Line_Break = Complex_Context): Thai, Lao, Myanmar, Khmer,
    /// Tai Le, New Tai Lue, Tai Tham and Tai Viet.
    private static func isWrittenWithoutSpaces(_ value: UInt32) -> Bool {
        switch value {
        case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF, 0x1950...0x19FF,
            0x1A20...0x1AAF, 0xA9E0...0xA9FF, 0xAA60...0xAADF:
            true
        default:
            false
        }
    }
}
