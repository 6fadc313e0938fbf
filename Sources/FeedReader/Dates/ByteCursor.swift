/// A reading position in the UTF-8 bytes of one date string.
///
/// Every date parser reads left to right through a cursor. The bytes are
/// those of `String.utf8`, so an all-ASCII date is read without decoding a
/// single character. A cursor is a value: a parser that wants to try a
/// reading and fall back copies it.
// @unsafe: borrows the bytes it reads: they must outlive it.
@unsafe
struct ByteCursor {
    /// The bytes being read; only valid while the string they came from is.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The index of the next byte to read.
    private(set) var position: Int
    /// The index just past the last byte to read.
    let end: Int

    /// A cursor over `bytes` that leaves out white space at either end, which
    /// feeds often put around a date inside its element.
    init(trimming bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        var end = bytes.count
        while start < end, unsafe DateByte.isWhitespace(bytes[start]) { start += 1 }
        while end > start, unsafe DateByte.isWhitespace(bytes[end - 1]) { end -= 1 }
        unsafe self.bytes = unsafe bytes
        unsafe self.position = start
        unsafe self.end = end
    }

    var isAtEnd: Bool { unsafe position >= end }

    /// The next byte, or nil at the end.
    var current: UInt8? { unsafe position < end ? bytes[position] : nil }

    /// The byte `offset` places from the next one (negative looks back), or
    /// nil outside the text.
    func byte(at offset: Int) -> UInt8? {
        let index = unsafe position + offset
        return unsafe index >= 0 && index < end ? bytes[index] : nil
    }

    mutating func advance(by count: Int = 1) {
        unsafe position = unsafe min(position + count, end)
    }

    /// Steps over `byte` if it is next, and says whether it was.
    mutating func skip(_ byte: UInt8) -> Bool {
        guard unsafe current == byte else { return false }
        unsafe position += 1
        return true
    }

    /// Steps over `sequence` if the text goes on with it, and says whether it did.
    mutating func skip(_ sequence: [UInt8]) -> Bool {
        guard unsafe end - position >= sequence.count else { return false }
        for (offset, byte) in sequence.enumerated() where unsafe bytes[position + offset] != byte {
            return false
        }
        unsafe position += sequence.count
        return true
    }

    /// Steps over spaces, tabs and line breaks, and says whether there were any.
    mutating func skipWhitespace() -> Bool {
        let start = unsafe position
        while let byte = unsafe current, DateByte.isWhitespace(byte) { unsafe position += 1 }
        return unsafe position > start
    }

    /// How many ASCII digits follow, without reading them.
    var digitCount: Int {
        var index = unsafe position
        while unsafe index < end, unsafe DateByte.isDigit(bytes[index]) { index += 1 }
        return unsafe index - position
    }

    /// Reads exactly `count` digits as a number, or reads nothing and gives
    /// nil when fewer follow. Digits beyond `count` are left to be read next,
    /// as in the run "20031231" of a compact ISO 8601 date.
    mutating func readDigits(_ count: Int) -> Int? {
        guard unsafe end - position >= count else { return nil }
        var value = 0
        for offset in 0..<count {
            let byte = unsafe bytes[position + offset]
            guard DateByte.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte &- UInt8(ascii: "0"))
        }
        unsafe position += count
        return value
    }

    /// Reads the whole run of digits that follows as a number when the run
    /// is `allowed` digits long; otherwise reads nothing and gives nil.
    mutating func readNumber(digits allowed: ClosedRange<Int>) -> Int? {
        let count = unsafe digitCount
        guard allowed.contains(count) else { return nil }
        return unsafe readDigits(count)
    }

    /// Reads a run of word bytes (see ``DateByte/isWordPart(_:)``) and gives their
    /// index range, which is empty when no word follows.
    mutating func readWord() -> Range<Int> {
        let start = unsafe position
        while let byte = unsafe current, DateByte.isWordPart(byte) { unsafe position += 1 }
        return unsafe start..<position
    }

    /// The bytes at `range`, such as a word from ``readWord()``.
    func bytes(in range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        unsafe UnsafeBufferPointer(rebasing: bytes[range])
    }
}
