import FeedReader
import Testing

/// Finding the feeds a page announces (RSS Autodiscovery), from tiny self-describing pages.
@Suite("Feed autodiscovery")
struct FeedAutodiscoveryTests {
    func links(_ html: String, page: String = "https://blog.example/posts/") -> [FeedAutodiscovery.Link] {
        FeedAutodiscovery.feedLinks(in: Array(html.utf8), pageURL: page)
    }

    @Test func alternateLinksOfFeedTypesInDocumentOrderResolvedAgainstThePage() {
        let found = links(
            """
            <html><head><link rel=stylesheet href=/s.css>
            <LINK REL="Alternate" TYPE="application/atom+xml" HREF="atom.xml" title=" Posts ">
            <link rel="alternate" type="application/rss+xml; charset=utf-8" href="/rss?x=1&amp;y=2">
            <link rel="alternate" type="application/feed+json" href="https://cdn.example/feed.json">
            </head><body></body></html>
            """)
        #expect(found.map(\.url) == ["https://blog.example/posts/atom.xml", "https://blog.example/rss?x=1&y=2", "https://cdn.example/feed.json"])
        #expect(found.map(\.type) == ["application/atom+xml", "application/rss+xml", "application/feed+json"])
        #expect(found.first?.title == "Posts")
    }

    @Test func otherAlternatesAndOtherRelsAreNotFeeds() {
        #expect(
            links(
                """
                <link rel="alternate" hreflang="fr" type="text/html" href="/fr/">
                <link rel="alternate" type="application/json" href="/wp-json/">
                <link rel="stylesheet" type="application/rss+xml" href="/odd.xml">
                <a rel="alternate" type="application/rss+xml" href="/in-a-link.xml">feed</a>
                """
            ).isEmpty)
    }

    @Test func relMayHoldSeveralTokens() {
        #expect(links(#"<link rel="home alternate" type="application/rss+xml" href="/feed">"#).map(\.url) == ["https://blog.example/feed"])
    }

    @Test func baseHrefIsTheBaseAndTheSameFeedIsGivenOnce() {
        let found = links(
            """
            <base href="https://other.example/dir/">
            <link rel="alternate" type="application/rss+xml" href="feed.xml">
            <link rel="alternate" type="application/rss+xml" href="https://other.example/dir/feed.xml">
            """)
        #expect(found.map(\.url) == ["https://other.example/dir/feed.xml"])
    }

    @Test func aLinkInsideAScriptOrCommentIsNotOne() {
        #expect(
            links(
                """
                <!-- <link rel="alternate" type="application/rss+xml" href="/old.xml"> -->
                <script>document.write('<link rel="alternate" type="application/rss+xml" href="/js.xml">')</script>
                """
            ).isEmpty)
    }
}
