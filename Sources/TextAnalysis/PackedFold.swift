/// The fold of one character when it takes at most seven UTF-8 bytes — as every fold in the common
/// blocks does — held in one integer so that the table of folds needs no storage of its own.
///
/// The bytes fill the integer from its lowest byte up; the top byte holds their count.
struct PackedFold: Sendable {
    /// The most bytes a packed fold holds.
    static let capacity = 7

    private let storage: UInt64

    /// The fold whose UTF-8 bytes are `bytes`, or nil when there are more than ``capacity``.
    init?(_ bytes: some Collection<UInt8>) {
        guard bytes.count <= Self.capacity else { return nil }
        var storage = UInt64(bytes.count) << 56
        for (index, byte) in bytes.enumerated() {
            storage |= UInt64(byte) << (8 * index)
        }
        self.storage = storage
    }

    /// How many bytes the fold has; 0 when the character folds to nothing.
    var count: Int { Int(truncatingIfNeeded: storage >> 56) }

    /// Appends the fold's bytes to `bytes`.
    @inline(__always)
    func append(to bytes: inout [UInt8]) {
        var remaining = storage
        for _ in 0..<count {
            bytes.append(UInt8(truncatingIfNeeded: remaining))
            remaining >>= 8
        }
    }
}
