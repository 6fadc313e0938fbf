import TextAnalysis

/// A read-only table from stems to values, made for the matcher's one question per word of every
/// entry: "does any phrase start with a word of this stem?" — which is nearly always "no".
///
/// An open-addressing hash table (linear probing, at most a quarter full) keyed by the stem's
/// ``StemHash``, which each ``Token`` carries: a look-up of a token's stem hashes nothing. Each
/// slot holds the high half of the hash with the entry's number, so that a miss nearly always
/// costs one probe that reads nothing else — without the seeded SipHash of `Dictionary`. Only a
/// probe with the same half-hash compares the stem itself.
struct StemTable<Value: Sendable>: Sendable {
    /// For each slot, the high 32 bits of the entry's hash and its index + 1 in the low ones; 0
    /// for an empty slot.
    private let slots: [UInt64]
    /// The entries, by index.
    private let stems: [String]
    private let values: [Value]
    private let mask: Int

    init(_ values: [String: Value]) {
        var capacity = 16
        while capacity < values.count * 4 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        let sorted = values.sorted { $0.key < $1.key }
        stems = sorted.map(\.key)
        self.values = sorted.map(\.value)
        for (entry, stem) in stems.enumerated() {
            let hash = StemHash.of(stem)
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(entry + 1)
        }
        self.slots = slots
        mask = capacity - 1
    }

    /// The value filed under `stem`, if any.
    subscript(stem: String) -> Value? {
        value(of: stem, hash: StemHash.of(stem))
    }

    /// The value filed under the stem of `token`, if any.
    @inline(__always)
    subscript(token: Token) -> Value? {
        value(of: token.stem, hash: token.stemHash)
    }

    /// The value filed under `stem`, whose ``StemHash`` is `hash`.
    @inline(__always)
    private func value(of stem: String, hash: UInt64) -> Value? {
        let high = hash >> 32
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let content = slots[slot]
            if content == 0 { return nil }
            if content >> 32 == high {
                let entry = Int(truncatingIfNeeded: content & 0xFFFF_FFFF) - 1
                if stems[entry] == stem { return values[entry] }
            }
            slot = (slot + 1) & mask
        }
    }
}
