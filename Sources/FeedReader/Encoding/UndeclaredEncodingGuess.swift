/// The encoding of a document that declares none, guessed cheaply from its first bytes.
///
/// This is no chardet: it tells apart the few encodings that undeclared feeds really use, from
/// how their bytes are shaped, in one pass over at most `EncodingSniffer.headLimit` bytes.
/// The rules, in order:
/// 1. UTF-8 when the sample is UTF-8 (an ASCII-only sample included), or when its well-formed
///    multi-byte UTF-8 sequences are at least as many as the bytes that break UTF-8: that is a
///    UTF-8 document with damage, which `UTF8Repair` mends.
/// 2. windows-1252 when there are fewer than six bytes above 0x7F (too few to tell anything
///    by), or when fewer than half of them touch another such byte: Western European text,
///    whose accented letters stand alone among ASCII ones.
/// 3. Cyrillic when nine in ten of those bytes are in 0xC0–0xFF, where KOI8-R and
///    windows-1251 both put the Russian alphabet: KOI8-R when more of them are in 0xC0–0xDF
///    (its lower case), windows-1251 otherwise (whose lower case is 0xE0–0xFF).
/// 4. A double-byte encoding when the sample reads as one with at most one bad character in
///    twenty, tried in this order:
///    - EUC-JP: EUC-shaped (pairs of 0xA1–0xFE), a fifth or more of them kana (rows 0xA4, 0xA5);
///    - EUC-KR: EUC-shaped, nine in ten led by the Hangul rows 0xB0–0xC8;
///    - GB18030: EUC-shaped otherwise (GB2312 text);
///    - Shift_JIS: its shape, with three in ten characters led by 0x81–0x9F (kana and common kanji);
///    - Big5: its shape (second bytes 0x40–0x7E or 0xA1–0xFE);
///    - GB18030: the GBK shape.
/// 5. windows-1252, the encoding of most undeclared non-UTF-8 text on the web.
enum UndeclaredEncodingGuess {
    /// The guess for a document that starts with `sample`. When `isWholeDocument` is false, a
    /// character cut at the end of the sample is not held against any encoding.
    static func guess(from sample: [UInt8], isWholeDocument: Bool) -> TextEncoding {
        let utf8 = utf8Shape(of: sample, isWholeDocument: isWholeDocument)
        if utf8.brokenBytes == 0 || utf8.sequences >= utf8.brokenBytes { return .utf8 }

        let high = sample.indices.filter { sample[$0] >= 0x80 }
        let touching = high.filter { index in
            (index > 0 && sample[index - 1] >= 0x80) || (index + 1 < sample.count && sample[index + 1] >= 0x80)
        }
        if high.count < 6 || touching.count * 2 < high.count { return .windows1252 }

        let letters = high.filter { sample[$0] >= 0xC0 }
        if letters.count * 10 >= high.count * 9 {
            let koi8LowerCase = letters.filter { sample[$0] < 0xE0 }.count
            return koi8LowerCase * 2 > letters.count ? label("koi8-r") : label("windows-1251")
        }

        let euc = read(sample, as: .euc)
        if euc.fits {
            if euc.kana * 5 >= euc.characters { return label("euc-jp") }
            if euc.hangulLeads * 10 >= euc.characters * 9 { return label("euc-kr") }
            return label("gb18030")
        }
        let shiftJIS = read(sample, as: .shiftJIS)
        if shiftJIS.fits, shiftJIS.lowLeads * 10 >= shiftJIS.characters * 3 { return label("shift_jis") }
        if read(sample, as: .big5).fits { return label("big5") }
        if read(sample, as: .gbk).fits { return label("gb18030") }
        return .windows1252
    }

    private static func label(_ name: String) -> TextEncoding {
        guard case .encoding(let encoding) = EncodingLabel.resolve(name) else { return .windows1252 }
        return encoding
    }

    /// How many well-formed multi-byte UTF-8 sequences the sample holds, and how many bytes
    /// begin none.
    private static func utf8Shape(of sample: [UInt8], isWholeDocument: Bool) -> (sequences: Int, brokenBytes: Int) {
        unsafe sample.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return (0, 0) }
            var sequences = 0
            var brokenBytes = 0
            var index = 0
            while index < bytes.count {
                guard unsafe bytes[index] >= 0x80 else { index += 1; continue }
                let length = unsafe UTF8Repair.wellFormedLength(base, at: index, end: bytes.count)
                if length > 0 {
                    sequences += 1
                    index += length
                } else if length < 0, !isWholeDocument {
                    break
                } else {
                    brokenBytes += 1
                    index += 1
                }
            }
            return (sequences, brokenBytes)
        }
    }

    private enum DoubleByteShape { case euc, shiftJIS, big5, gbk }

    /// What reading the sample's non-ASCII bytes in one double-byte shape found.
    private struct Reading {
        var characters = 0
        var badCharacters = 0
        /// EUC: characters in the kana rows 0xA4 and 0xA5.
        var kana = 0
        /// EUC: characters led by the Hangul rows 0xB0–0xC8 of KS X 1001.
        var hangulLeads = 0
        /// Shift_JIS: characters led by 0x81–0x9F.
        var lowLeads = 0

        var fits: Bool { characters > 0 && badCharacters * 20 <= characters }
    }

    private static func read(_ sample: [UInt8], as shape: DoubleByteShape) -> Reading {
        var reading = Reading()
        var index = 0
        while index < sample.count {
            let lead = sample[index]
            guard lead >= 0x80 else { index += 1; continue }
            let length = characterLength(in: sample, at: index, as: shape)
            guard length > 0 else {
                if length == 0 { reading.badCharacters += 1 }  // not a character cut by the sample's end
                index += 1
                continue
            }
            reading.characters += 1
            if lead == 0xA4 || lead == 0xA5 { reading.kana += 1 }
            if (0xB0...0xC8).contains(lead) { reading.hangulLeads += 1 }
            if (0x81...0x9F).contains(lead) { reading.lowLeads += 1 }
            index += length
        }
        return reading
    }

    /// The length of the character at `index` in the shape: 0 when it is malformed, -1 when
    /// the sample ends inside it.
    private static func characterLength(in sample: [UInt8], at index: Int, as shape: DoubleByteShape) -> Int {
        let lead = sample[index]
        func byte(_ offset: Int, in range: ClosedRange<UInt8>...) -> Bool? {
            guard index + offset < sample.count else { return nil }
            return range.contains { $0.contains(sample[index + offset]) }
        }
        let second: Bool?
        switch shape {
        case .euc:
            switch lead {
            case 0xA1...0xFE: second = byte(1, in: 0xA1...0xFE)
            case 0x8E: second = byte(1, in: 0xA1...0xDF)  // EUC-JP half-width kana
            default: return 0
            }
        case .shiftJIS:
            switch lead {
            case 0xA1...0xDF: return 1  // half-width kana
            case 0x81...0x9F, 0xE0...0xFC: second = byte(1, in: 0x40...0x7E, 0x80...0xFC)
            default: return 0
            }
        case .big5:
            guard (0xA1...0xF9).contains(lead) else { return 0 }
            second = byte(1, in: 0x40...0x7E, 0xA1...0xFE)
        case .gbk:
            guard (0x81...0xFE).contains(lead) else { return 0 }
            second = byte(1, in: 0x40...0x7E, 0x80...0xFE)
        }
        switch second {
        case nil: return -1
        case false?: return 0
        case true?: return 2
        }
    }
}
