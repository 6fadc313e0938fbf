import Testing

@testable import Drafting

@Suite("Extra header fields")
struct MailHeaderTests {
    @Test(
        "a name with a space, a colon, a control character, or none, is refused",
        arguments: [
            "X Share", "X-Share:", "", "X-\u{0}Share", "X-Zoë",
        ])
    func invalidNames(name: String) {
        let error = mailError { () throws(MailError) in try MailHeader(name: name, value: "x") }
        #expect(error == .invalidHeaderName(name, reason: "expected printable ASCII with no space or ':' (RFC 5322 3.6.8)"))
    }

    @Test(
        "the writer's own fields and any that add a recipient are refused",
        arguments: [
            "To", "bcc", "CC", "Subject", "Message-ID", "Content-Transfer-Encoding", "Resent-To", "resent-bcc",
        ])
    func reservedNames(name: String) {
        #expect(mailError { () throws(MailError) in try MailHeader(name: name, value: "x") } != nil)
    }

    @Test("the value is kept sanitised")
    func value() throws {
        let header = try MailHeader(name: "X-Share-Link", value: " https://example.org/a\r\nBcc: victim@example.com ")
        #expect(header.value == "https://example.org/a Bcc: victim@example.com")
    }
}
