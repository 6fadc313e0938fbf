import Foundation

/// Gives every entry an identifier that is stable from one fetch to the next and unique in its
/// feed.
///
/// The rules, in order: the id as the document gives it (RSS `<guid>`, Atom `<id>`, JSON Feed
/// `id`); else the link; else `hash:` and a 64-bit FNV-1a hash of the title, the published date
/// and the content (or summary). An id already used earlier in the same feed gets `#2`, `#3`…
/// in document order, so two entries are never confused, and a feed that repeats an entry
/// (seen in WordPress feeds with sticky posts) keeps both.
enum StableIdentity {
    /// Sets every item's `stableID`, in place (the items are not copied: each copy of a
    /// `FeedItem` retains a dozen strings).
    static func assign(to items: inout [FeedItem]) {
        var used: [String: Int] = [:]
        used.reserveCapacity(items.count)
        for index in items.indices {
            // Read in place: a copy of the item would retain a dozen strings.
            let key = unsafe items.withUnsafeBufferPointer { unsafe baseKey(of: $0[index]) }
            let count = (used[key] ?? 0) + 1
            used[key] = count
            items[index].stableID = count == 1 ? key : "\(key)#\(count)"
        }
    }

    static func baseKey(of item: FeedItem) -> String {
        if let id = item.id, !id.isEmpty { return id }
        if let link = item.link, !link.isEmpty { return link }
        var hasher = FNV1a64()
        hasher.add(item.title ?? "")
        hasher.add("\u{1F}")
        hasher.add(item.published.map { String($0.timeIntervalSince1970) } ?? "")
        hasher.add("\u{1F}")
        hasher.add(item.contentHTML ?? item.summary ?? "")
        return "hash:" + hasher.hexDigest
    }
}

/// FNV-1a, 64 bits: tiny, fast and the same in every process (Swift's `Hasher` is seeded per
/// process, so it cannot make identifiers that are stored).
struct FNV1a64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
    }

    var hexDigest: String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
