import Testing

@testable import FeedReader

/// The contract's plain-text rule (feed.schema.json, `$defs/plainText`).
@Suite("Plain text from HTML and literal text")
struct PlainTextTests {
    // MARK: The rule, one part at a time

    @Test func tagsAreRemoved() {
        #expect(PlainText.fromHTML("Example <b>Atom</b>") == "Example Atom")
    }

    @Test func inlineElementsDoNotSeparateWords() {
        #expect(PlainText.fromHTML("a<b>b</b>c") == "abc")
    }

    @Test func blockElementsSeparateWords() {
        #expect(PlainText.fromHTML("<p>One</p><p>Two</p>") == "One Two")
        #expect(PlainText.fromHTML("<li>one</li><li>two</li>") == "one two")
        #expect(PlainText.fromHTML("a<h1>T</h1>b") == "a T b")
    }

    @Test func lineBreaksAndRulesSeparateWords() {
        #expect(PlainText.fromHTML("a<br>b") == "a b")
        #expect(PlainText.fromHTML("a<br/>b") == "a b")
        #expect(PlainText.fromHTML("a<hr>b") == "a b")
    }

    @Test func scriptStyleTemplateAndNoscriptTextIsDropped() {
        #expect(PlainText.fromHTML("<script>var x = \"<p>\";</script>Text") == "Text")
        #expect(PlainText.fromHTML("<style>p { color: red }</style>Text") == "Text")
        #expect(PlainText.fromHTML("<template><p>hidden</p></template>shown") == "shown")
        #expect(PlainText.fromHTML("a<noscript>n</noscript>b") == "ab")
    }

    @Test func characterReferencesAreDecoded() {
        #expect(PlainText.fromHTML("&amp;&lt;&gt;&quot;&#39;") == "&<>\"'")
        #expect(PlainText.fromHTML("&eacute;t&eacute;") == "été")
    }

    @Test func asciiWhitespaceCollapsesAndIsTrimmed() {
        #expect(PlainText.fromHTML("  a \t\n b  ") == "a b")
    }

    @Test func noBreakSpacesAreKept() {
        #expect(PlainText.fromHTML("&nbsp;x&nbsp;") == "\u{A0}x\u{A0}")
        #expect(PlainText.fromHTML("a\u{A0}\u{A0}b") == "a\u{A0}\u{A0}b")
    }

    @Test func referencesToWhitespaceCollapseToo() {
        #expect(PlainText.fromHTML("x&NewLine;y") == "x y")
        #expect(PlainText.fromHTML("x&#9;y") == "x y")
    }

    @Test func emptyStaysEmpty() {
        #expect(PlainText.fromHTML("") == "")
        #expect(PlainText.fromHTML("<p> </p>") == "")
    }

    @Test func textWithoutMarkupIsOnlyCollapsed() {
        #expect(PlainText.fromHTML("Already plain") == "Already plain")
        #expect(PlainText.fromHTML(" two  spaces\n") == "two spaces")
    }

    // MARK: Malformed markup, as the contract's reference reads it

    // Expected values below come from the contract's reference, fpsuite.plain_text
    // (Python 3.11's html.parser), run on the same input.

    @Test func lessThanBeforeASpaceIsText() {
        #expect(PlainText.fromHTML("1 < 2") == "1 < 2")
        #expect(PlainText.fromHTML("x<") == "x<")
    }

    @Test func anUnclosedTagIsText() {
        #expect(PlainText.fromHTML("a <b") == "a <b")
        #expect(PlainText.fromHTML("<a href=\"never closed>text") == "<a href=\"never closed>text")
    }

    @Test func quotedAttributeValuesMayHoldGreaterThan() {
        #expect(PlainText.fromHTML("<a href=\"x>y\">link</a>") == "link")
        #expect(PlainText.fromHTML("<a title='a>b'>t</a>") == "t")
    }

    @Test func tagNamesAreCaseInsensitive() {
        #expect(PlainText.fromHTML("<P>a</P>b") == "a b")
        #expect(PlainText.fromHTML("<SCRIPT>x</SCRIPT>y") == "y")
    }

    @Test func commentsAreRemovedButAnUnclosedOneIsText() {
        #expect(PlainText.fromHTML("<!-- comment -->Text") == "Text")
        #expect(PlainText.fromHTML("<!-- never closed") == "<!-- never closed")
        #expect(PlainText.fromHTML("Text<!-- a > b") == "Text<!-- a > b")
    }

    @Test func cdataSectionTextIsKeptLiterally() {
        #expect(PlainText.fromHTML("<![CDATA[x &amp; <b>y</b>]]>") == "x &amp; <b>y</b>")
        #expect(PlainText.fromHTML("<![CDATA[unclosed") == "<![CDATA[unclosed")
    }

    @Test func declarationsAndProcessingInstructionsAreRemoved() {
        #expect(PlainText.fromHTML("<!DOCTYPE html>Text") == "Text")
        #expect(PlainText.fromHTML("<?php echo 1; ?>Text") == "Text")
        #expect(PlainText.fromHTML("<p>a<![if !IE]>b<![endif]>c</p>") == "abc")
    }

    @Test func strayEndTagsAreRemoved() {
        #expect(PlainText.fromHTML("</p>text") == "text")
        #expect(PlainText.fromHTML("</>text") == "text")
        #expect(PlainText.fromHTML("</ 3>text") == "text")
    }

    @Test func blockElementsSeparateWordsEvenInsideDroppedText() {
        #expect(PlainText.fromHTML("a<noscript><p>x</p></noscript>b") == "a b")
    }

    @Test func anUnclosedScriptDropsTheRest() {
        #expect(PlainText.fromHTML("<script>x") == "")
    }

    @Test func aTagWithABadEndIsText() {
        #expect(PlainText.fromHTML("<a\u{0}>x") == "<a\u{0}>x")
    }

    @Test func legacyReferencesWithoutSemicolon() {
        #expect(PlainText.fromHTML("&copy 2024") == "© 2024")
        #expect(PlainText.fromHTML("&copy2024") == "©2024")
        #expect(PlainText.fromHTML("&notit;") == "¬it;")
        #expect(PlainText.fromHTML("&lt3") == "<3")
    }

    @Test func unknownReferencesAndBareAmpersandsStay() {
        #expect(PlainText.fromHTML("AT&T") == "AT&T")
        #expect(PlainText.fromHTML("&unknown;") == "&unknown;")
    }

    @Test func numericReferencesFollowTheStandardsReplacements() {
        #expect(PlainText.fromHTML("&#128;&#x93;&#x94;") == "€“”")
        #expect(PlainText.fromHTML("&#0;") == "\u{FFFD}")
        #expect(PlainText.fromHTML("&#1;x") == "x")
    }

    // MARK: Literal text

    @Test func literalTextKeepsWhatLooksLikeMarkup() {
        #expect(PlainText.fromLiteral("<blink>") == "<blink>")
        #expect(PlainText.fromLiteral("AT&amp;T") == "AT&amp;T")
    }

    @Test func literalTextIsCollapsedAndTrimmed() {
        #expect(PlainText.fromLiteral("\t History of\n\n the tag \u{B} ") == "History of the tag")
        #expect(PlainText.fromLiteral("a\u{A0}b") == "a\u{A0}b")
    }

    // MARK: Looks like HTML (RSS titles and the like)

    @Test func anEndTagOfAnHTMLElementMakesHTML() {
        #expect(PlainText.looksLikeHTML("<b>bold</b>"))
        #expect(PlainText.fromHTML("<b>bold</b>") == "bold")
    }

    @Test func aCharacterReferenceMakesHTML() {
        #expect(PlainText.looksLikeHTML("Q&amp;A"))  // "&amp;amp;" in the XML
        #expect(PlainText.looksLikeHTML("caf&#233;"))
        #expect(PlainText.looksLikeHTML("caf&#xE9;"))
    }

    @Test func aStartTagAloneIsNotEnough() {
        #expect(!PlainText.looksLikeHTML("<br>"))
    }

    @Test func aTagThatIsNoHTMLElementMakesLiteralText() {
        #expect(!PlainText.looksLikeHTML("<blink>"))
        #expect(!PlainText.looksLikeHTML("History of the <blink> tag, </b>"))
        #expect(!PlainText.looksLikeHTML("List<String> &amp; more"))
    }

    @Test func textWithoutTagsOrReferencesIsLiteral() {
        #expect(!PlainText.looksLikeHTML("1 < 2"))
        #expect(!PlainText.looksLikeHTML("2 > 1"))
        #expect(!PlainText.looksLikeHTML("AT&T"))
        #expect(!PlainText.looksLikeHTML("&copy 2024"))
        #expect(!PlainText.looksLikeHTML("&unknown;"))
    }

    @Test func elementNamesAreCaseInsensitive() {
        #expect(PlainText.looksLikeHTML("<EM>x</EM>"))
    }
}
