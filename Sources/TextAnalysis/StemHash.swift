/// The 64-bit hash that stems are filed and numbered by in matching: FNV-1a (64 bits) of the
/// stem's UTF-8, its bits then mixed by SplitMix64's finaliser, so that its low bits can pick a
/// slot and sums of hashes collide no more than hashes do.
///
/// Each ``Token`` carries its stem's hash (``Token/stemHash``), worked out once per distinct
/// word in the word cache, so that the matcher's look-ups of every word of every entry hash no
/// string.
public enum StemHash {
    public static func of(_ stem: String) -> UInt64 {
        func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
            }
            return hash
        }
        var hash = stem.utf8.withContiguousStorageIfAvailable(fnv1a) ?? fnv1a(stem.utf8)
        hash = (hash ^ (hash >> 30)) &* 0xBF58_476D_1CE4_E5B9
        hash = (hash ^ (hash >> 27)) &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 31)
    }
}
