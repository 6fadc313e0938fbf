import Foundation

/// What the analysis of one word comes to, wherever the word stands: its fold, its stem (and its
/// hash) and whether it is a stop word.
struct WordAnalysis: Sendable {
    let folded: String
    let stem: String
    let isStopWord: Bool
    /// ``StemHash`` of ``stem``.
    let stemHash: UInt64

    init(folded: String, stem: String, isStopWord: Bool) {
        self.folded = folded
        self.stem = stem
        self.isStopWord = isStopWord
        stemHash = StemHash.of(stem)
    }
}

/// The analyses of the short words met so far, so that a word met again — and in running text most
/// words are — is neither folded nor looked up nor stemmed again.
///
/// Only words of at most 16 UTF-8 bytes are kept, by their bytes packed in a ``PackedWord``: an
/// ASCII word by its lower-cased bytes, which are its fold, so that *Trail* and *trail* share an
/// entry; any other word by its bytes as written. An analysis depends on nothing but those bytes,
/// and the two kinds of keys never meet, since only the second has bytes outside ASCII.
///
/// The table is an open-addressing hash table (linear probing) kept at most half full. It starts
/// small and doubles up to ``maximumSlotCount``; a full table is emptied and starts again, so that
/// a cache never holds more than about 4 MB of entries.
///
/// A cache is a value, used by one analysis at a time; ``WordCachePool`` lends caches out.
struct WordCache: Sendable {
    /// The most slots the table grows to: room for 32,768 words.
    static let maximumSlotCount = 1 << 16

    private struct Slot: Sendable {
        var key: PackedWord
        var analysis: WordAnalysis?
    }

    private var slots: [Slot]
    private var slotBits: Int
    private var count = 0

    init() {
        slotBits = 10
        slots = Array(repeating: Slot(key: .none, analysis: nil), count: 1 << slotBits)
    }

    /// The analysis of the word packed in `key`, made by `analyse` and kept if the word is new.
    @inline(__always)
    mutating func analysis(of key: PackedWord, orMake analyse: () -> WordAnalysis) -> WordAnalysis {
        let mask = slots.count - 1
        var slot = key.hash(inBits: slotBits)
        while true {
            let occupant = slots[slot].key
            if occupant == key, let analysis = slots[slot].analysis {
                return analysis
            }
            if occupant == .none {
                break
            }
            slot = (slot + 1) & mask
        }
        let analysis = analyse()
        slots[slot] = Slot(key: key, analysis: analysis)
        count += 1
        if count * 2 > slots.count {
            makeRoom()
        }
        return analysis
    }

    /// Doubles the table, or empties it once it has reached its most slots.
    private mutating func makeRoom() {
        let old = slots
        if slots.count < Self.maximumSlotCount {
            slotBits += 1
        }
        slots = Array(repeating: Slot(key: .none, analysis: nil), count: 1 << slotBits)
        count = 0
        guard slots.count > old.count else { return }
        let mask = slots.count - 1
        for entry in old where entry.key != .none {
            var slot = entry.key.hash(inBits: slotBits)
            while slots[slot].key != .none {
                slot = (slot + 1) & mask
            }
            slots[slot] = entry
            count += 1
        }
    }
}

/// The word caches not in use, shared by every ``TextAnalyzer``: an analysis takes one, uses it
/// alone, and gives it back, so that analyses running at the same time never share a cache and
/// each takes the lock only twice, however long its text.
///
/// There are never more caches than analyses that have run at the same time, and at most
/// ``maximumIdleCount`` wait here.
final class WordCachePool: @unchecked Sendable {
    // @unchecked: `idle` is only ever read or written with `lock` held.

    static let shared = WordCachePool()

    /// The most idle caches kept; more are dropped.
    static let maximumIdleCount = 8

    private let lock = NSLock()
    private var idle: [WordCache] = []

    /// A cache for one analysis: an idle one if there is one, otherwise a new one.
    func take() -> WordCache {
        lock.lock()
        defer { lock.unlock() }
        return idle.popLast() ?? WordCache()
    }

    /// Takes back a cache that an analysis has finished with.
    func giveBack(_ cache: consuming WordCache) {
        lock.lock()
        defer { lock.unlock() }
        if idle.count < Self.maximumIdleCount {
            idle.append(cache)
        }
    }
}
