import Matching
import Testing

@testable import Contacts

/// Who is who, one rule for import, `friends add` and the friends file (``FriendIdentity``).
struct FriendIdentityTests {
    let zoe = Friend(name: "Zoë Müller", emails: ["Zoe.Mueller@example.org"])

    @Test func aSharedAddressIsTheSamePersonWhateverTheCase() {
        #expect(FriendIdentity.areTheSamePerson(zoe, Friend(name: "Z. Müller", emails: ["zoe.mueller@EXAMPLE.org"])))
    }

    @Test func namesakesWithTheirOwnAddressesAreTwoPeople() {
        let other = Friend(name: "Zoë Müller", emails: ["zm@example.net"])
        #expect(!FriendIdentity.areTheSamePerson(zoe, other))
        #expect(FriendIdentity.wouldBeASecondEntry(other, besides: zoe), "by hand, a name already taken is a slip")
    }

    @Test func withoutAddressesTheNameDecidesCaseAndAccentsAside() {
        let one = Friend(name: "Zoë Müller", emails: [])
        let other = Friend(name: " zoe muller ", emails: [])
        #expect(FriendIdentity.areTheSamePerson(one, other))
        #expect(!FriendIdentity.areTheSamePerson(one, zoe), "one has an address, the other none: not known to be one person")
    }
}
