import Testing

@testable import FeedReader

/// RSS writes a person as one string; `PersonText` splits the forms seen in the wild.
@Suite("People written as one string")
struct PersonTextTests {
    @Test(
        arguments: [
            ("jo@example.com (Jo Doe)", "Jo Doe", "jo@example.com"),
            ("  jo@example.com   ( Jo   Doe ) ", "Jo Doe", "jo@example.com"),
            ("Jo Doe (jo@example.com)", "Jo Doe", "jo@example.com"),
            ("Jo Doe <jo@example.com>", "Jo Doe", "jo@example.com"),
            ("Jo Doe <MAILTO:jo@example.com>", "Jo Doe", "jo@example.com"),
            ("<jo@example.com>", nil, "jo@example.com"),
            ("jo@example.com", nil, "jo@example.com"),
            ("mailto:jo@example.com", nil, "jo@example.com"),
            ("Zoë Ångström (zoe@example.se)", "Zoë Ångström", "zoe@example.se"),
            ("Jo Doe", "Jo Doe", nil),
            ("@jo on Mastodon", "@jo on Mastodon", nil),
            ("Jo (the editor)", "Jo (the editor)", nil),
        ] as [(String, String?, String?)])
    func splitsNameAndAddress(raw: String, name: String?, email: String?) throws {
        let person = try #require(PersonText.parse(raw))
        #expect(person.name == name)
        #expect(person.email == email)
    }

    @Test func blankIsNobody() {
        #expect(PersonText.parse(" \n\t ") == nil)
    }
}
