/// A read-only table from stems to values, made for the matcher's one question per word of every
/// entry: "does any phrase start with a word of this stem?" — which is nearly always "no".
///
/// An open-addressing hash table (linear probing, at most a quarter full) keyed by a 32-bit FNV-1a
/// hash of the stem's UTF-8 bytes. Each slot holds the hash with the entry's number, so that a miss
/// costs one short hash and, nearly always, one probe that reads nothing else — without the seeded
/// SipHash of `Dictionary`. Only a probe with the same hash compares the stem itself.
struct StemTable<Value: Sendable>: Sendable {
    /// For each slot, the entry's hash in the high 32 bits and its index + 1 in the low ones; 0 for
    /// an empty slot.
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
            let hash = Self.hash(stem)
            var slot = Self.slot(of: hash, mask: capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = UInt64(hash) << 32 | UInt64(entry + 1)
        }
        self.slots = slots
        mask = capacity - 1
    }

    /// The value filed under `stem`, if any.
    subscript(stem: String) -> Value? {
        let hash = Self.hash(stem)
        var slot = Self.slot(of: hash, mask: mask)
        while true {
            let content = slots[slot]
            if content == 0 { return nil }
            if UInt32(truncatingIfNeeded: content >> 32) == hash {
                let entry = Int(truncatingIfNeeded: content & 0xFFFF_FFFF) - 1
                if stems[entry] == stem { return values[entry] }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The first slot to probe for `hash`: its high bits folded into its low ones first.
    @inline(__always)
    private static func slot(of hash: UInt32, mask: Int) -> Int {
        Int(hash ^ (hash >> 15)) & mask
    }

    /// FNV-1a, 32 bits, of the UTF-8 of `stem`.
    @inline(__always)
    private static func hash(_ stem: String) -> UInt32 {
        func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt32 {
            var hash: UInt32 = 2_166_136_261
            for byte in bytes {
                hash = (hash ^ UInt32(byte)) &* 16_777_619
            }
            return hash
        }
        return stem.utf8.withContiguousStorageIfAvailable(fnv1a) ?? fnv1a(stem.utf8)
    }
}
