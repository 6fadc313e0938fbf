import Testing

@testable import FeedReader

/// RFC 3986 section 5.2 reference resolution, with the contract's extras.
@Suite("URL resolution")
struct URLResolverTests {
    /// RFC 3986 section 5.4's base URI.
    static let base = "http://a/b/c/d;p?q"

    /// RFC 3986 section 5.4.1, "Normal Examples".
    static let normalExamples: [(String, String)] = [
        ("g:h", "g:h"), ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"),
        ("/g", "http://a/g"), ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"),
        ("#s", "http://a/b/c/d;p?q#s"), ("g#s", "http://a/b/c/g#s"), ("g?y#s", "http://a/b/c/g?y#s"),
        (";x", "http://a/b/c/;x"), ("g;x", "http://a/b/c/g;x"), ("g;x?y#s", "http://a/b/c/g;x?y#s"),
        ("", "http://a/b/c/d;p?q"), (".", "http://a/b/c/"), ("./", "http://a/b/c/"), ("..", "http://a/b/"),
        ("../", "http://a/b/"), ("../g", "http://a/b/g"), ("../..", "http://a/"), ("../../", "http://a/"),
        ("../../g", "http://a/g"),
    ]

    /// RFC 3986 section 5.4.2, "Abnormal Examples" (the strict reading of "http:g").
    static let abnormalExamples: [(String, String)] = [
        ("../../../g", "http://a/g"), ("../../../../g", "http://a/g"), ("/./g", "http://a/g"),
        ("/../g", "http://a/g"), ("g.", "http://a/b/c/g."), (".g", "http://a/b/c/.g"), ("g..", "http://a/b/c/g.."),
        ("..g", "http://a/b/c/..g"), ("./../g", "http://a/b/g"), ("./g/.", "http://a/b/c/g/"),
        ("g/./h", "http://a/b/c/g/h"), ("g/../h", "http://a/b/c/h"), ("g;x=1/./y", "http://a/b/c/g;x=1/y"),
        ("g;x=1/../y", "http://a/b/c/y"), ("g?y/./x", "http://a/b/c/g?y/./x"), ("g?y/../x", "http://a/b/c/g?y/../x"),
        ("g#s/./x", "http://a/b/c/g#s/./x"), ("g#s/../x", "http://a/b/c/g#s/../x"), ("http:g", "http:g"),
    ]

    @Test(arguments: normalExamples)
    func rfc3986NormalExample(reference: String, expected: String) {
        #expect(URLResolver.resolve(reference, against: Self.base) == expected)
    }

    @Test(arguments: abnormalExamples)
    func rfc3986AbnormalExample(reference: String, expected: String) {
        #expect(URLResolver.resolve(reference, against: Self.base) == expected)
    }

    @Test func dotSegmentsOfAnAbsoluteReferenceAreRemoved() {
        // RFC 3986 section 5.2.4's own example.
        #expect(URLResolver.resolve("http://x/a/b/c/./../../g", against: nil) == "http://x/a/g")
        #expect(URLResolver.resolve("http://x/mid/content=5/../6", against: nil) == "http://x/mid/6")
    }

    @Test func anAbsoluteReferenceIsReturnedAsWritten() {
        #expect(URLResolver.resolve("https://example.com/a?b#c", against: "http://other/") == "https://example.com/a?b#c")
        #expect(URLResolver.resolve("mailto:me@example.com", against: "http://other/") == "mailto:me@example.com")
    }

    @Test func whitespaceAroundIsTrimmed() {
        #expect(URLResolver.resolve(" /relative/uri ", against: "http://127.0.0.1:8097/feed.xml") == "http://127.0.0.1:8097/relative/uri")
        #expect(URLResolver.resolve("\n  http://example.com/ \t", against: nil) == "http://example.com/")
    }

    @Test func unsafeSchemesGiveNil() {
        #expect(URLResolver.resolve("javascript:alert(1)", against: nil) == nil)
        #expect(URLResolver.resolve(" JavaScript:alert(1)", against: "http://a/") == nil)
        #expect(URLResolver.resolve("data:text/html,<b>x</b>", against: nil) == nil)
        #expect(URLResolver.resolve("VBScript:x", against: nil) == nil)
    }

    @Test func tabsAndLineBreaksDoNotHideAnUnsafeScheme() {
        #expect(URLResolver.resolve("java\tscript:alert(1)", against: nil) == nil)
        #expect(URLResolver.resolve("java\nscript:alert(1)", against: "http://a/") == nil)
    }

    @Test func aRelativeReferenceAgainstAnUnsafeBaseGivesNil() {
        #expect(URLResolver.resolve("x", against: "javascript:void(0)") == nil)
    }

    @Test func schemeLikeWordsAreNotUnsafe() {
        #expect(URLResolver.resolve("data", against: "http://a/") == "http://a/data")
        #expect(URLResolver.resolve("javascript-tips.html", against: "http://a/b/") == "http://a/b/javascript-tips.html")
    }

    @Test func withoutABaseARelativeReferenceIsReturnedAsWritten() {
        #expect(URLResolver.resolve("rel/x", against: nil) == "rel/x")
        #expect(URLResolver.resolve("rel/x", against: "") == "rel/x")
        #expect(URLResolver.resolve("#f", against: nil) == "#f")
    }

    @Test func aBaseStartingWithASlashIsResolvedAgainst() {
        #expect(URLResolver.resolve("x/../y", against: "/feeds/a.xml") == "/feeds/y")
        #expect(URLResolver.resolve("y", against: "//host/p/q") == "//host/p/y")
    }

    @Test func aRelativePathBaseIsNotResolvedAgainst() {
        #expect(URLResolver.resolve("x", against: "feeds/") == "x")
    }

    @Test func aBaseWithAnAuthorityAndNoPathGetsASlash() {
        // RFC 3986 section 5.2.3.
        #expect(URLResolver.resolve("a", against: "http://host") == "http://host/a")
    }

    @Test func theBasesFragmentIsNeverKept() {
        #expect(URLResolver.resolve("", against: "http://a/b#frag") == "http://a/b")
    }

    @Test func isAbsoluteNeedsAScheme() {
        #expect(URLResolver.isAbsolute("http://example.com/"))
        #expect(URLResolver.isAbsolute(" urn:isbn:0451450523"))
        #expect(!URLResolver.isAbsolute("/relative"))
        #expect(!URLResolver.isAbsolute("//host/x"))
        #expect(!URLResolver.isAbsolute("1http://x"))
        #expect(!URLResolver.isAbsolute(""))
    }
}
