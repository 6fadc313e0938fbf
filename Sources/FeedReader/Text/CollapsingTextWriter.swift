/// Writes text with the contract's whitespace rule applied on the fly: runs of ASCII whitespace
/// (space, tab, line feed, carriage return, form feed, vertical tab) become one space, and none
/// is kept at the start or the end. Every other character, U+00A0 NO-BREAK SPACE included, is
/// kept. This is what Python's `fpsuite.collapse` does to the joined text.
///
/// Each byte is handled without a branch: whitespace is written as a space, and the write only
/// counts when the byte before was not whitespace too. A space written last is taken back in
/// `string`.
// @unsafe: writes into memory it does not own: it must outlive the writer.
@unsafe
struct CollapsingTextWriter: TextOutput {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var count = 0
    /// The last byte written is a space, or nothing is written yet: whitespace now adds nothing.
    private var afterSpace = true

    /// `buffer` must hold the text written, one space per run of whitespace included.
    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        unsafe self.buffer = unsafe buffer
    }

    /// Separates what comes next from what came before, as whitespace would (a block element).
    @inline(__always)
    mutating func separateWords() {
        unsafe append(0x20)
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        let isSpace = unsafe Self.isASCIIWhitespace(byte)
        unsafe buffer[count] = isSpace ? 0x20 : byte
        if unsafe !(isSpace && afterSpace) { unsafe count += 1 }
        unsafe afterSpace = isSpace
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        _ = unsafe copy(bytes, range, stoppingAtAmpersand: false)
    }

    /// Writes `bytes[range]` with its character references decoded, in one pass: the text
    /// between references is copied by `copy`, which also finds the next `&`.
    mutating func appendDecodingReferences(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var index = range.lowerBound
        while index < range.upperBound {
            let ampersand = unsafe copy(bytes, index..<range.upperBound, stoppingAtAmpersand: true)
            guard ampersand < range.upperBound else { return }
            if let reference = unsafe CharacterReference.match(in: bytes, at: ampersand, end: range.upperBound) {
                unsafe append(reference.replacement)
                index = ampersand + reference.length
            } else {
                unsafe append(UInt8(ascii: "&"))
                index = ampersand + 1
            }
        }
    }

    /// Writes `bytes[range]` up to the first `&` when `stoppingAtAmpersand` (returning where it
    /// is), else all of it (returning the end). Eight bytes are copied at once while they need no
    /// change: no whitespace but single spaces, none right after a space already written, and
    /// no `&` to stop at.
    @inline(__always)
    private mutating func copy(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, stoppingAtAmpersand: Bool) -> Int {
        // Locals, so that the loop keeps its state in registers.
        var count = unsafe self.count
        var afterSpace = unsafe self.afterSpace ? 1 : 0
        defer {
            unsafe self.count = count
            unsafe self.afterSpace = afterSpace == 1
        }
        let output = unsafe UnsafeMutableRawPointer(buffer.baseAddress!)
        var index = range.lowerBound
        while index < range.upperBound {
            if index + 8 <= range.upperBound {
                let word = unsafe ByteWord.load(bytes, at: index)
                let spaces = ByteWord.mask(word, 0x20)
                if !ByteWord.containsByte(below: 0x0E, word) && spaces & (spaces << 8) == 0
                    && !(afterSpace == 1 && spaces & 0x80 != 0)
                    && !(stoppingAtAmpersand && ByteWord.contains(word, UInt8(ascii: "&")))
                {
                    unsafe output.storeBytes(of: word.littleEndian, toByteOffset: count, as: UInt64.self)
                    count += 8
                    afterSpace = spaces >> 63 == 0 ? 0 : 1
                    index += 8
                    continue
                }
            }
            let byte = unsafe bytes[index]
            if stoppingAtAmpersand && byte == UInt8(ascii: "&") { return index }
            let isSpace = unsafe Self.isASCIIWhitespace(byte) ? 1 : 0
            unsafe output.storeBytes(of: isSpace == 1 ? 0x20 : byte, toByteOffset: count, as: UInt8.self)
            count += 1 - (isSpace & afterSpace)
            afterSpace = isSpace
            index += 1
        }
        return range.upperBound
    }

    /// What was written, as a string (never with whitespace at either end).
    var string: String {
        let length = unsafe afterSpace && count > 0 ? count - 1 : count
        return unsafe String(validUTF8: UnsafeBufferPointer(rebasing: buffer[..<length]))
    }

    /// Space (32) and 9–13, read off a bit mask so that no branch is taken.
    @inline(__always)
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        let mask: UInt64 = 1 << 32 | 1 << 9 | 1 << 10 | 1 << 11 | 1 << 12 | 1 << 13
        return (mask &>> UInt64(byte & 63)) & 1 != 0 && byte < 64
    }
}
