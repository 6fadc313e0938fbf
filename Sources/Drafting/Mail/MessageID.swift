import Contacts

/// A Message-ID (RFC 5322 3.6.4), `share.1c9fb4e4a1c3d6e2@example.org`, written in angle
/// brackets. Both sides of the `@` are dot-atom text, so the id can never carry a space, a
/// line break or a `>` into the header.
public struct MessageID: Sendable, Hashable, CustomStringConvertible {
    /// The id without its angle brackets.
    public let value: String

    /// An id as given, with or without its angle brackets.
    public init(_ id: String) throws(MailError) {
        var value = Substring(id)
        if value.hasPrefix("<") && value.hasSuffix(">") { value = value.dropFirst().dropLast() }
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, EmailAddress.isDotAtomText(parts[0]), EmailAddress.isDotAtomText(parts[1]) else {
            throw .invalidMessageID(id, reason: "expected id@domain, each side atoms joined by dots (RFC 5322 3.6.4)")
        }
        self.value = String(value)
    }

    /// The same id for the same seed and domain: `share.` and the seed's 64-bit FNV-1a hash in
    /// hex, at `domain`. The seed should name the note, e.g. the friend and the link.
    public init(seed: String, domain: String) throws(MailError) {
        try self.init("share.\(Self.hexHash(seed))@\(domain)")
    }

    /// As ``init(seed:domain:)`` at the sender's domain, or at `share.invalid` when there is no
    /// sender (the mail client fills in From; `.invalid` is reserved never to exist, RFC 2606).
    public init(seed: String, sender: MailAddress?) {
        // A validated address's domain is dot-atom text, so this cannot fail.
        value = "share.\(Self.hexHash(seed))@\(sender?.domain ?? "share.invalid")"
    }

    /// `<value>`, as the header holds it.
    public var rendered: String { "<\(value)>" }

    public var description: String { rendered }

    /// FNV-1a, 64 bits, as 16 hex digits. Not SHA: Foundation has none on Linux and this module
    /// takes no packages; and the id needs only to be the same for the same seed and not to
    /// repeat among one person's notes, not to resist anyone (two of a million notes share a
    /// hash with odds of about one in 37 million).
    static func hexHash(_ seed: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in seed.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
