import Foundation
import Matching

/// Who is who among friends, stated once for every part that asks: an import merging a contact
/// into a friend, `friends add` refusing a second entry for one person, the friends file warning
/// of an address used twice, and every command that takes a friend by name or address.
///
/// Rules:
/// - **Addresses** are compared without case: RFC 5321 lets a local part's case count, but no
///   provider makes it, and address books change it freely.
/// - **Names** are compared folded, without case or accents and with the spaces around them
///   trimmed: "zoe muller" is Zoë Müller.
/// - **The same person** (an import merges them): a shared address; or, when neither has an
///   address, the same name. Two people may share a name and have different addresses.
/// - **A second entry for one person** (`friends add` refuses it, pointing to `friends edit`):
///   the same person, or the same name whatever the addresses, since adding by hand a friend
///   whose name is taken is far more often a slip than a namesake.
public enum FriendIdentity {
    /// `address` as addresses are compared.
    public static func key(ofAddress address: String) -> String {
        address.lowercased()
    }

    /// `name` as names are compared.
    public static func key(ofName name: String) -> String {
        name.trimmingCharacters(in: .whitespaces)
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
    }

    public static func shareAnAddress(_ one: Friend, _ other: Friend) -> Bool {
        let addresses = Set(one.emails.map(key(ofAddress:)))
        return other.emails.contains { addresses.contains(key(ofAddress: $0)) }
    }

    public static func haveTheSameName(_ one: Friend, _ other: Friend) -> Bool {
        key(ofName: one.name) == key(ofName: other.name)
    }

    public static func areTheSamePerson(_ one: Friend, _ other: Friend) -> Bool {
        if one.emails.isEmpty || other.emails.isEmpty { return one.emails.isEmpty && other.emails.isEmpty && haveTheSameName(one, other) }
        return shareAnAddress(one, other)
    }

    public static func wouldBeASecondEntry(_ newcomer: Friend, besides friend: Friend) -> Bool {
        shareAnAddress(newcomer, friend) || haveTheSameName(newcomer, friend)
    }
}
