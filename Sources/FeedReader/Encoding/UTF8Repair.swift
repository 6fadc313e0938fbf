/// Checks UTF-8 and passes it through, repairing what is broken.
///
/// The rules, applied at each position:
/// 1. A well-formed UTF-8 sequence (The Unicode Standard, Table 3-7: no overlong forms, no
///    surrogates, nothing above U+10FFFF) is copied as it is. Runs of them are copied in bulk:
///    this is the path almost every feed takes, so it checks eight ASCII bytes at a time and
///    never appends byte by byte.
/// 2. A C1 control character (U+0080–U+009F, bytes C2 80–C2 9F) is read as the windows-1252
///    character of the same byte, without a warning (see `Windows1252`); the five that
///    windows-1252 leaves undefined stay as they are.
/// 3. A byte that begins no well-formed sequence is read as the windows-1252 character of that
///    byte (U+FFFD for the five undefined ones), and decoding goes on at the next byte. Feeds
///    that claim UTF-8 but hold Latin-1 or windows-1252 text ("Espa\u{F1}a" as the byte F1) are
///    common, and this reads them as they were meant. Each such byte is a `.notUTF8` issue.
///
/// A sequence cut by the end of a chunk waits for the next one; at the end of the document its
/// bytes fall under rule 3.
final class UTF8Repair: ChunkDecoder {
    let longestCharacter = 4
    var carried = CarriedBytes()

    func decodeCharacters(
        _ bytes: UnsafeRawBufferPointer, startingAt offset: Int, isLast: Bool,
        into output: inout [UInt8], issues: inout DecodingIssues
    ) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let end = bytes.count
        var index = 0
        var copiedUpTo = 0  // bytes before this are in `output` already
        scanning: while index < end {
            index = unsafe Self.endOfUnchangedRun(base, from: index, end: end)
            guard index < end else { break }
            // What stopped the run: a C1 control, a bad byte, or a character the end cuts.
            let length = unsafe Self.wellFormedLength(base, at: index, end: end)
            if length > 0 {
                let second = unsafe base.load(fromByteOffset: index &+ 1, as: UInt8.self)
                let character = Windows1252.readingC1ControlAsWindows1252(UInt32(second))
                if character != UInt32(second) {
                    unsafe UTF8Writer.append(base + copiedUpTo, count: index - copiedUpTo, to: &output)
                    Self.append(character, to: &output)
                    copiedUpTo = index + 2
                }
                index &+= length
            } else if length < 0, !isLast {
                break scanning  // a sequence the next chunk will finish
            } else {
                unsafe UTF8Writer.append(base + copiedUpTo, count: index - copiedUpTo, to: &output)
                let byte = unsafe base.load(fromByteOffset: index, as: UInt8.self)
                Self.append(Windows1252.character(forByte: byte) ?? UTF8Writer.replacementCharacter, to: &output)
                issues.record(.notUTF8, at: offset + index)
                index &+= 1
                copiedUpTo = index
            }
        }
        unsafe UTF8Writer.append(base + copiedUpTo, count: index - copiedUpTo, to: &output)
        return index
    }

    /// How many bytes from the start of `bytes` are whole, well-formed characters that rule 1
    /// passes through unchanged: the prefix a caller may use in place of `decodeCharacters`'
    /// copy.
    static func unchangedPrefixLength(_ bytes: UnsafeRawBufferPointer) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        return unsafe endOfUnchangedRun(base, from: 0, end: bytes.count)
    }

    /// The end of the run of well-formed characters from `start` that rule 1 passes through
    /// unchanged: it stops before a C1 control, a bad byte, or a character `end` cuts.
    @inline(__always)
    private static func endOfUnchangedRun(_ base: UnsafeRawPointer, from start: Int, end: Int) -> Int {
        var index = start
        while index < end {
            let lead = unsafe base.load(fromByteOffset: index, as: UInt8.self)
            if lead < 0x80 {
                index = unsafe endOfASCII(base, from: index, end: end)
                continue
            }
            // The common well-formed shapes first: two bytes (but not C2, which holds the C1
            // controls), and three bytes (but not E0 or ED, whose second bytes are restricted).
            if lead >= 0xC3, lead <= 0xDF, index &+ 1 < end,
                unsafe base.load(fromByteOffset: index &+ 1, as: UInt8.self) & 0xC0 == 0x80
            {
                index &+= 2
                continue
            }
            if lead & 0xF0 == 0xE0, lead != 0xE0, lead != 0xED, index &+ 2 < end,
                unsafe base.load(fromByteOffset: index &+ 1, as: UInt8.self) & 0xC0 == 0x80,
                unsafe base.load(fromByteOffset: index &+ 2, as: UInt8.self) & 0xC0 == 0x80
            {
                index &+= 3
                continue
            }
            let length = unsafe wellFormedLength(base, at: index, end: end)
            guard length > 0 else { return index }
            // C2 80–C2 9F are the C1 controls rule 2 maps.
            if lead == 0xC2, unsafe base.load(fromByteOffset: index &+ 1, as: UInt8.self) < 0xA0 { return index }
            index &+= length
        }
        return index
    }

    /// The index of the first byte above 0x7F at or after `index`, or `end`; eight bytes are
    /// checked at a time.
    @inline(__always)
    static func endOfASCII(_ base: UnsafeRawPointer, from start: Int, end: Int) -> Int {
        var index = start
        while index &+ 8 <= end,
            unsafe base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
            index &+= 8
        }
        while index < end, unsafe base.load(fromByteOffset: index, as: UInt8.self) < 0x80 {
            index &+= 1
        }
        return index
    }

    /// The length of the well-formed UTF-8 sequence at `index` (whose byte is above 0x7F);
    /// 0 when none begins there; -1 when the bytes up to `end` begin one but do not finish it.
    @inline(__always)
    static func wellFormedLength(_ base: UnsafeRawPointer, at index: Int, end: Int) -> Int {
        let lead = unsafe base.load(fromByteOffset: index, as: UInt8.self)
        var length = 2
        var low: UInt8 = 0x80  // the range of the second byte
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: break
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard index &+ 1 < end else { return -1 }
        let second = unsafe base.load(fromByteOffset: index &+ 1, as: UInt8.self)
        guard second >= low, second <= high else { return 0 }
        var next = index &+ 2
        while next < index &+ length {
            guard next < end else { return -1 }
            guard unsafe base.load(fromByteOffset: next, as: UInt8.self) & 0xC0 == 0x80 else { return 0 }
            next &+= 1
        }
        return length
    }

    private static func append(_ scalar: UInt32, to output: inout [UInt8]) {
        unsafe UTF8Writer.append(upTo: 4, to: &output) { out in
            var written = 0
            unsafe UTF8Writer.write(scalar, to: out, at: &written)
            return written
        }
    }
}
