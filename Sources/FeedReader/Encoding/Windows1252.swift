/// The windows-1252 code page: ISO-8859-1 plus typographic punctuation in 0x80–0x9F.
///
/// Windows tools wrote it for decades, usually labelled (or not labelled) as something else, so
/// this is the code page used to read bytes a document got wrong:
/// - a byte that breaks UTF-8 in a document read as UTF-8 is read as windows-1252 (`UTF8Repair`);
/// - a C1 control character U+0080–U+009F, which no feed means, is read as the windows-1252
///   character of the same byte (U+0092 becomes U+2019 RIGHT SINGLE QUOTATION MARK), as
///   feedparser does: such text was windows-1252 decoded as ISO-8859-1 somewhere upstream.
enum Windows1252 {
    /// The character of `byte`, or nil for the five bytes windows-1252 leaves undefined
    /// (0x81, 0x8D, 0x8F, 0x90 and 0x9D).
    @inline(__always)
    static func character(forByte byte: UInt8) -> UInt32? {
        guard byte >= 0x80, byte < 0xA0 else { return UInt32(byte) }
        let character = punctuation(byte)
        return character == 0 ? nil : character
    }

    /// `scalar`, unless it is a C1 control character that windows-1252 gives a meaning to:
    /// then that meaning.
    @inline(__always)
    static func readingC1ControlAsWindows1252(_ scalar: UInt32) -> UInt32 {
        guard scalar >= 0x80, scalar < 0xA0 else { return scalar }
        let character = punctuation(UInt8(truncatingIfNeeded: scalar))
        return character == 0 ? scalar : character
    }

    /// The windows-1252 characters of 0x80–0x9F; 0 where there is none.
    private static func punctuation(_ byte: UInt8) -> UInt32 {
        switch byte {
        case 0x80: 0x20AC  // €
        case 0x82: 0x201A  // ‚
        case 0x83: 0x0192  // ƒ
        case 0x84: 0x201E  // „
        case 0x85: 0x2026  // …
        case 0x86: 0x2020  // †
        case 0x87: 0x2021  // ‡
        case 0x88: 0x02C6  // ˆ
        case 0x89: 0x2030  // ‰
        case 0x8A: 0x0160  // Š
        case 0x8B: 0x2039  // ‹
        case 0x8C: 0x0152  // Œ
        case 0x8E: 0x017D  // Ž
        case 0x91: 0x2018  // '
        case 0x92: 0x2019  // '
        case 0x93: 0x201C  // "
        case 0x94: 0x201D  // "
        case 0x95: 0x2022  // •
        case 0x96: 0x2013  // –
        case 0x97: 0x2014  // —
        case 0x98: 0x02DC  // ˜
        case 0x99: 0x2122  // ™
        case 0x9A: 0x0161  // š
        case 0x9B: 0x203A  // ›
        case 0x9C: 0x0153  // œ
        case 0x9E: 0x017E  // ž
        case 0x9F: 0x0178  // Ÿ
        default: 0
        }
    }
}

/// Decodes windows-1252 (and so every ISO-8859-1 label) without iconv.
///
/// The five undefined bytes become U+FFFD, with a warning. A well-formed UTF-8 sequence of two
/// or more bytes is read as UTF-8, with a warning: a document declared ISO-8859-1 whose bytes
/// are UTF-8 (a German music site's RDF feed) would otherwise read "verÃ¶ffentlicht", and
/// one that mixes the two (a template in one, the posts in the other) reads right both ways.
/// Real windows-1252 text almost never has such a pair: a capital letter (C2–DF) followed by
/// punctuation from 80–BF.
final class Windows1252Decoder: ChunkDecoder {
    let longestCharacter = 4
    var carried = CarriedBytes()

    func decodeCharacters(
        _ bytes: UnsafeRawBufferPointer, startingAt offset: Int, isLast: Bool,
        into output: inout [UInt8], issues: inout DecodingIssues
    ) -> Int {
        var used = 0
        unsafe UTF8Writer.append(upTo: bytes.count * 3, to: &output) { out in
            var written = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = unsafe bytes[index]
                if byte < 0x80 {
                    unsafe out[written] = byte
                    written += 1
                    index += 1
                    continue
                }
                if byte >= 0xC2, byte <= 0xF4 {
                    switch unsafe Self.utf8SequenceLength(bytes, at: index) {
                    case .complete(let length):
                        for offset in 0..<length { unsafe out[written + offset] = unsafe bytes[index + offset] }
                        written += length
                        issues.record(.utf8InSingleByteDocument(encoding: "windows-1252"), at: offset + index)
                        index += length
                        continue
                    case .cutByTheEnd where !isLast:
                        used = index
                        return written
                    case .cutByTheEnd, .notUTF8:
                        break
                    }
                }
                if let character = Windows1252.character(forByte: byte) {
                    unsafe UTF8Writer.write(character, to: out, at: &written)
                } else {
                    unsafe UTF8Writer.write(UTF8Writer.replacementCharacter, to: out, at: &written)
                    issues.record(.invalid(encoding: "windows-1252"), at: offset + index)
                }
                index += 1
            }
            used = count
            return written
        }
        return used
    }

    enum UTF8Sequence {
        case complete(length: Int)
        /// Well-formed so far, but the bytes end before it does.
        case cutByTheEnd
        case notUTF8
    }

    /// Whether a well-formed UTF-8 sequence (Unicode 15, table 3-7) starts at `index`.
    static func utf8SequenceLength(_ bytes: UnsafeRawBufferPointer, at index: Int) -> UTF8Sequence {
        let lead = unsafe bytes[index]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xE1...0xEF: length = 3
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        case 0xF1...0xF3: length = 4
        default: return .notUTF8
        }
        for offset in 1..<length {
            guard index + offset < bytes.count else { return .cutByTheEnd }
            let byte = unsafe bytes[index + offset]
            guard (offset == 1 ? secondRange : 0x80...0xBF).contains(byte) else { return .notUTF8 }
        }
        return .complete(length: length)
    }
}
