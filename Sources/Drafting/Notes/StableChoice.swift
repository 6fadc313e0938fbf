/// Deterministic choices: the same friend and entry always get the same phrasing (running twice
/// gives the same draft), while different friends get different ones.
enum StableChoice {
    /// 64-bit FNV-1a: tiny, fast, and stable across runs and platforms (Swift's `Hasher` is
    /// seeded per process, so it would change the draft on every run).
    static func hash(_ seed: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in seed.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// One of `options`, chosen by `seed` and `salt` (so two choices from one seed differ).
    /// `offset` moves along the list: the items of one note, numbered, never repeat a phrasing
    /// next to each other.
    static func pick<Option>(_ options: [Option], seed: String, salt: String, offset: Int = 0) -> Option {
        options[Int((hash(salt + "|" + seed) &+ UInt64(offset)) % UInt64(options.count))]
    }
}
