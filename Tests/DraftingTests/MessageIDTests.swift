import Testing

@testable import Drafting

@Suite("Message-IDs (RFC 5322 3.6.4)")
struct MessageIDTests {
    @Test(
        "FNV-1a 64, the published test vectors",
        arguments: [
            ("", "cbf29ce484222325"),
            ("a", "af63dc4c8601ec8c"),
            ("foobar", "85944171f73967e8"),
        ])
    func fnv(seed: String, hash: String) {
        #expect(MessageID.hexHash(seed) == hash)
    }

    @Test("the same seed gives the same id, at the sender's domain or share.invalid")
    func derived() throws {
        let wendy = try MailAddress("me@mail.example.org", displayName: "Me")
        #expect(MessageID(seed: "a", sender: wendy).value == "share.af63dc4c8601ec8c@mail.example.org")
        #expect(MessageID(seed: "a", sender: nil).rendered == "<share.af63dc4c8601ec8c@share.invalid>")
        #expect(MessageID(seed: "a", sender: nil) == MessageID(seed: "a", sender: nil))
        #expect(MessageID(seed: "a", sender: nil) != MessageID(seed: "b", sender: nil))
        #expect(try MessageID(seed: "foobar", domain: "example.org").value == "share.85944171f73967e8@example.org")
    }

    @Test("an id is taken with or without its angle brackets")
    func parsed() throws {
        #expect(try MessageID("<abc.1@example.org>").value == "abc.1@example.org")
        #expect(try MessageID("abc.1@example.org").rendered == "<abc.1@example.org>")
    }

    @Test(
        "anything that could break the header is refused",
        arguments: [
            "abc", "a b@example.org", "a@example.org>", "<a@b>\r\nBcc: victim@example.com", "a@@b", "a.@b", "<>", "",
        ])
    func invalid(id: String) {
        #expect(mailError { () throws(MailError) in try MessageID(id) } != nil)
    }

    @Test("a domain that is not dot-atom text is refused")
    func invalidDomain() {
        #expect(mailError { () throws(MailError) in try MessageID(seed: "a", domain: "example.org>\r\nBcc: x") } != nil)
    }
}
