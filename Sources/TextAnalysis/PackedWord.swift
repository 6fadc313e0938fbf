/// A word of at most 16 UTF-8 bytes packed into two integers, the key of the stop word and word
/// cache tables: comparing two keys is comparing two pairs of integers, and hashing one takes two
/// multiplications.
///
/// The bytes fill ``head`` from its lowest byte up, then ``tail``; unused bytes are zero. No word
/// has a zero byte, so no two words share a key, and no word's key is ``none``.
struct PackedWord: Hashable, Sendable {
    /// The most bytes a packed word holds.
    static let capacity = 16

    /// The key of no word, which marks an empty slot in a table.
    static let none = PackedWord(head: 0, tail: 0)

    private let head: UInt64
    private let tail: UInt64

    private init(head: UInt64, tail: UInt64) {
        self.head = head
        self.tail = tail
    }

    /// The word whose UTF-8 bytes are `bytes`, or nil when it is empty or longer than ``capacity``.
    /// With `lowercasing`, ASCII capitals are packed as lower-case letters.
    @inline(__always)
    init?(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, lowercasing: Bool = false) {
        guard !bytes.isEmpty, bytes.count <= Self.capacity else { return nil }
        var head: UInt64 = 0
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        for var byte in bytes {
            if lowercasing, byte &- UInt8(ascii: "A") < 26 {
                byte |= 0x20
            }
            if shift < 64 {
                head |= UInt64(byte) << shift
            } else {
                tail |= UInt64(byte) << (shift - 64)
            }
            shift += 8
        }
        self.head = head
        self.tail = tail
    }

    /// The key of an ASCII word's fold: its bytes lower-cased, or nil when it is longer than
    /// ``capacity``. `word` must be the bytes of a word as ``WordScanner`` finds it, all ASCII, so
    /// that each byte is a letter, a digit, `'`, `.` or `,`: each of these is in its folded form
    /// exactly when its bit 0x20 is set, so the whole word is lower-cased by setting that bit in
    /// every byte at once.
    @inline(__always)
    init?(asciiWord word: Slice<UnsafeBufferPointer<UInt8>>) {
        let count = word.count
        guard count <= Self.capacity, let text = word.base.baseAddress else { return nil }
        guard word.base.count - word.startIndex >= 16 else {
            // Too near the end of the text to read 16 bytes: byte by byte.
            self.init(word, lowercasing: true)
            return
        }
        let bytes = UnsafeRawPointer(text + word.startIndex)
        let lowerCaseBits: UInt64 = 0x2020_2020_2020_2020
        let headMask: UInt64 = count >= 8 ? ~0 : (1 << (8 * UInt64(count))) &- 1
        let tailMask: UInt64 = count <= 8 ? 0 : count == 16 ? ~0 : (1 << (8 * UInt64(count - 8))) &- 1
        let head = UInt64(littleEndian: bytes.loadUnaligned(as: UInt64.self))
        let tail = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        self.init(head: (head | lowerCaseBits) & headMask, tail: (tail | lowerCaseBits) & tailMask)
    }

    /// A hash of the word in `bits` bits, to index a table of `1 << bits` slots: Fibonacci hashing
    /// of both halves.
    @inline(__always)
    func hash(inBits bits: Int) -> Int {
        let mixed = (head ^ (tail &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> UInt64(64 - bits))
    }
}
