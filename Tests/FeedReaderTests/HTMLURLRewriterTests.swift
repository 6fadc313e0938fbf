import Testing

@testable import FeedReader

/// Relative URLs in HTML attributes, made absolute.
@Suite("Relative URLs in HTML")
struct HTMLURLRewriterTests {
    static let base = "http://example.com/dir/feed.xml"

    func rewritten(_ html: String) -> String {
        HTMLURLRewriter.resolvingRelativeURLs(in: html, against: Self.base)
    }

    @Test func hrefIsResolvedAndTheRestKept() {
        // The conformance case wellformed/base/http_entry_content_base_content_location.xml.
        #expect(
            HTMLURLRewriter.resolvingRelativeURLs(in: "<div><a href=\"/relative/uri\">click here</a></div>", against: "http://example.com/")
                == "<div><a href=\"http://example.com/relative/uri\">click here</a></div>")
    }

    @Test func valuesAreTrimmedBeforeResolving() {
        // The conformance case wellformed/base/http_item_description_spaces.xml.
        #expect(rewritten("<a href=\" /relative/uri \">x</a>") == "<a href=\"http://example.com/relative/uri\">x</a>")
    }

    @Test func everyURLAttributeIsResolved() {
        for name in ["href", "src", "cite", "action", "background", "longdesc", "poster", "usemap", "codebase", "data", "profile"] {
            #expect(rewritten("<x \(name)=\"a\">") == "<x \(name)=\"http://example.com/dir/a\">")
        }
    }

    @Test func otherAttributesAreLeftAlone() {
        #expect(rewritten("<img src=a.png alt=\"b.png\" title='href=x'>") == "<img src=http://example.com/dir/a.png alt=\"b.png\" title='href=x'>")
    }

    @Test func attributeNamesAreCaseInsensitive() {
        #expect(rewritten("<A HREF='x'>") == "<A HREF='http://example.com/dir/x'>")
    }

    @Test func quotesAreKept() {
        #expect(rewritten("<a href='x'>") == "<a href='http://example.com/dir/x'>")
        #expect(rewritten("<a href=x>") == "<a href=http://example.com/dir/x>")
    }

    @Test func referencesInValuesAreDecodedAndReEscaped() {
        #expect(rewritten("<a href='x?a=1&amp;b=2'>") == "<a href='http://example.com/dir/x?a=1&amp;b=2'>")
        #expect(rewritten("<a href=\"a&quot;b\">") == "<a href=\"http://example.com/dir/a&quot;b\">")
    }

    @Test func anUnquotedValueStaysUnquoted() {
        // A quote added here could close one left open earlier in the tag.
        #expect(rewritten("<a href=a\"b>") == "<a href=http://example.com/dir/a\"b>")
    }

    @Test func absoluteAndUnsafeValuesAreLeftAlone() {
        #expect(rewritten("<a href=\"http://abs/\">") == "<a href=\"http://abs/\">")
        #expect(rewritten("<a href=\"javascript:alert(1)\">") == "<a href=\"javascript:alert(1)\">")
    }

    @Test func fragmentsResolveAgainstTheBaseDocument() {
        #expect(rewritten("<a href=\"#frag\">") == "<a href=\"http://example.com/dir/feed.xml#frag\">")
    }

    @Test func srcsetCandidatesAreEachResolved() {
        #expect(
            rewritten("<img srcset=\"a.png 1x, b.png 2x,c.png\">")
                == "<img srcset=\"http://example.com/dir/a.png 1x, http://example.com/dir/b.png 2x,http://example.com/dir/c.png\">")
    }

    @Test func commentsScriptsAndTextAreNotTouched() {
        let html = "<!-- <a href=\"c\"> --><script>var a = \"<a href=x>\"</script>text href=x"
        #expect(rewritten(html) == html)
    }

    @Test func anEmptyUnquotedValueIsLeftAlone() {
        #expect(rewritten("<a href=>x</a>") == "<a href=>x</a>")
    }

    @Test func htmlWithoutURLAttributesIsReturnedUntouched() {
        #expect(rewritten("<p>No links, 1 = 1</p>") == "<p>No links, 1 = 1</p>")
        #expect(rewritten("plain text") == "plain text")
    }
}
