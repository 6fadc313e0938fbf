import Contacts
import Testing

@testable import Drafting

@Suite("Mailboxes (RFC 5322 3.4)")
struct MailAddressTests {
    @Test(
        "the display name as atoms, a quoted-string, or encoded-words",
        arguments: [
            ("Wendy Park", "Wendy Park <wendy@example.org>"),
            ("O'Brien Pat", "O'Brien Pat <wendy@example.org>"),
            ("O'Brien, Pat", "\"O'Brien, Pat\" <wendy@example.org>"),
            ("Pat J. Smith", "\"Pat J. Smith\" <wendy@example.org>"),
            ("Pat \"Hat\" O\\Brien", #""Pat \"Hat\" O\\Brien" <wendy@example.org>"#),
            ("Zoë Müller", "=?utf-8?B?Wm/DqyBNw7xsbGVy?= <wendy@example.org>"),
            ("山田 太郎", "=?utf-8?B?5bGx55SwIOWkqumDjg==?= <wendy@example.org>"),
            ("=?utf-8?Q?x?=", "=?utf-8?B?PT91dGYtOD9RP3g/PQ==?= <wendy@example.org>"),
        ])
    func forms(name: String, expected: String) throws {
        #expect(try MailAddress("wendy@example.org", displayName: name).headerValue == expected)
    }

    @Test("a hostile name is sanitised and quoted: no header can be injected")
    func hostileName() throws {
        let address = try MailAddress("wendy@example.org", displayName: "Wendy\r\nBcc: victim@example.com\u{0}\u{2028}!")
        #expect(address.displayName == "Wendy Bcc: victim@example.com !")
        #expect(address.headerValue == "\"Wendy Bcc: victim@example.com !\" <wendy@example.org>")
    }

    @Test("no name, or nothing left of one, is the bare address")
    func noName() throws {
        #expect(try MailAddress("wendy@example.org").headerValue == "wendy@example.org")
        let blank = try MailAddress("wendy@example.org", displayName: " \r\n\t ")
        #expect(blank.displayName == nil)
        #expect(blank.headerValue == "wendy@example.org")
    }

    @Test("a name too long for one line is encoded, and folds")
    func longName() throws {
        let address = try MailAddress("wendy@example.org", displayName: String(repeating: "Park, ", count: 20))
        var field = HeaderField(name: "To")
        address.append(to: &field)
        #expect(field.lines.count > 1)
        #expect(field.lines.allSatisfy { $0.utf8.count <= 76 })
        #expect(encodedWords(in: field.value).allSatisfy { $0.utf8.count <= 75 })
    }

    @Test(
        "invalid addresses, each with its reason",
        arguments: [
            ("", "is empty"),
            ("wendy park@example.org", "contains a space or a control character"),
            ("wendy@example.org\r\nBcc: victim@example.com", "contains a space or a control character"),
            ("wendy\u{0}@example.org", "contains a space or a control character"),
            ("zoë@example.org", "contains a character that is not ASCII (a domain can be written as xn--…)"),
            ("<wendy@example.org>", "contains '<', which a mailbox uses around an address, not in it"),
            ("wendy@example.org,eve@example.org", "contains ',', which a mailbox uses around an address, not in it"),
            ("wendy.example.org", "has no @"),
            ("wendy@park@example.org", "has more than one @"),
            ("@example.org", "has nothing before the @"),
            ("wendy@", "has nothing after the @"),
            ("wendy..park@example.org", "has a dot at the start or end of a part, or two dots in a row"),
            ("wendy@example.org.", "has a dot at the start or end of a part, or two dots in a row"),
        ])
    func invalid(address: String, reason: String) {
        #expect(mailError { () throws(MailError) in try MailAddress(address) } == .invalidAddress(address, reason: reason))
    }

    @Test("the error names the address with its control characters visible")
    func errorDescription() {
        let error = mailError { () throws(MailError) in try MailAddress("wendy\r\n@example.org") }
        #expect(error?.description == #"invalid e-mail address "wendy\r\n@example.org": contains a space or a control character"#)
    }

    @Test("the domain is what follows the @")
    func domain() throws {
        #expect(try MailAddress("wendy+share@mail.example.org").domain == "mail.example.org")
    }
}

/// The mail writer and the friends file share one address rule (``Contacts/EmailAddress``), so
/// no friend share takes in is dropped when a message to them is written.
struct OneAddressRuleTests {
    @Test(
        "what a friend may have is what a message can be written to",
        arguments: [
            "wendy@example.org", "zoë@example.org", "marcus@example", "wendy park@example.org", "o'brien@example.ie",
            "wendy..park@example.org", "\"wendy\"@example.org", "x@xn--exmple-cua.org",
        ])
    func sameVerdict(address: String) {
        #expect(EmailAddress.isValid(address) == ((try? MailAddress(address)) != nil), "\(address)")
    }
}
