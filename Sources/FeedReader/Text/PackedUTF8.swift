/// A few characters' UTF-8, up to 8 bytes, held in an integer: what a character reference
/// decodes to (the HTML Living Standard's longest replacement takes 6 bytes).
struct PackedUTF8: Equatable {
    /// The bytes, the first in the lowest 8 bits.
    private(set) var bits: UInt64 = 0
    private(set) var count = 0

    static let empty = PackedUTF8()

    init() {}

    init(_ scalar: Unicode.Scalar) {
        for byte in UTF8.encode(scalar)! { append(byte) }
    }

    mutating func append(_ byte: UInt8) {
        precondition(count < 8, "PackedUTF8 holds 8 bytes")
        bits |= UInt64(byte) << (8 * count)
        count += 1
    }

    /// The byte at `offset`, below `count`.
    @inline(__always)
    subscript(offset: Int) -> UInt8 { UInt8(truncatingIfNeeded: bits >> (8 * offset)) }

    var string: String {
        String(decoding: (0..<count).map { self[$0] }, as: UTF8.self)
    }
}
