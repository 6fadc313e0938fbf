import Testing

@testable import FeedReader

@Suite("Canonical links")
struct CanonicalLinkTests {
    @Test(arguments: [
        ("https://example.org/post?utm_source=rss&utm_medium=feed", "https://example.org/post"),
        ("https://example.org/post?id=7&utm_campaign=x&fbclid=abc", "https://example.org/post?id=7"),
        ("HTTPS://Example.ORG:443/Post#comments", "https://example.org/Post"),
        ("http://example.org:80/a?gclid=1&b=2&mc_eid=3", "http://example.org/a?b=2"),
        ("  https://example.org/a?ref=home  ", "https://example.org/a?ref=home"),
        ("mailto:someone@example.org", "mailto:someone@example.org"),
        ("https://example.org/?", "https://example.org/"),
    ])
    func trackingParametersFragmentsAndDefaultPortsGo(link: String, canonical: String) {
        #expect(CanonicalLink.canonical(link) == canonical)
    }
}
