import Testing

@testable import Contacts

/// The one rule for an address: what a friend may have is what a message can be written to.
struct EmailAddressTests {
    @Test(
        "addresses people use are good",
        arguments: [
            "wendy@example.org", "wendy.park+share@mail.example.co.uk", "o'brien@example.ie", "x@xn--exmple-cua.org",
        ])
    func good(address: String) {
        #expect(EmailAddress.problem(with: address) == nil)
    }

    @Test(
        "each refusal says why",
        arguments: [
            ("zoë@example.org", "contains a character that is not ASCII (a domain can be written as xn--…)"),
            ("zoe@exämple.org", "contains a character that is not ASCII (a domain can be written as xn--…)"),
            ("marcus@example", "has a domain without a dot (example.org, not example)"),
            ("marcus at example.com", "contains a space or a control character"),
            ("wendy\u{2028}@example.org", "contains a space or a control character"),
            ("\"wendy\"@example.org", "contains '\"', which a mailbox uses around an address, not in it"),
        ])
    func refused(address: String, reason: String) {
        #expect(EmailAddress.problem(with: address) == reason)
        #expect(!EmailAddress.isValid(address))
    }

    /// Before there was one rule, the friends file took a non-ASCII address that the mail writer
    /// then refused, and the friend was left out of `suggest` without a word.
    @Test func theFriendsFileRefusesWhatMailCannotCarry() {
        let yaml = """
            friends:
              - name: Zoë Müller
                email: zoë@example.org
                interests: [heat pumps]
            """
        #expect(throws: ContactsError.self) { _ = try FriendsYAML.read(yaml, source: "friends.yaml") }
    }
}
