import Testing

@testable import Drafting

@Suite("mailto: URIs (RFC 6068)")
struct MailtoURITests {
    @Test("everything outside the unreserved set is percent-encoded; the address keeps its @")
    func encoding() throws {
        let uri = MailtoURI.string(
            to: try MailAddress("wendy+share@example.org", displayName: "Wendy Park"), subject: "Bread & jazz = fun? #1 100%",
            body: "Hi Wendy,\nsee https://example.org/a?b=c&d\n")
        #expect(
            uri == "mailto:wendy%2Bshare@example.org?subject=Bread%20%26%20jazz%20%3D%20fun%3F%20%231%20100%25"
                + "&body=Hi%20Wendy%2C%0D%0Asee%20https%3A%2F%2Fexample.org%2Fa%3Fb%3Dc%26d%0D%0A")
    }

    @Test("UTF-8 bytes, CR LF for every line break, the subject sanitised")
    func bytesAndBreaks() throws {
        let uri = MailtoURI.string(to: try MailAddress("zoe@example.org"), subject: "Zoë\r\nBcc: x@example.com", body: "a\rb\r\nc\nd")
        #expect(uri == "mailto:zoe@example.org?subject=Zo%C3%AB%20Bcc%3A%20x%40example.com&body=a%0D%0Ab%0D%0Ac%0D%0Ad")
    }

    @Test("empty fields are left out")
    func empty() throws {
        let wendy = try MailAddress("wendy@example.org")
        #expect(MailtoURI.string(to: wendy) == "mailto:wendy@example.org")
        #expect(MailtoURI.string(to: wendy, body: "x") == "mailto:wendy@example.org?body=x")
    }
}
