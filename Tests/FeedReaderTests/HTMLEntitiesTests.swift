import Testing

@testable import FeedReader

/// Named character references and Python's `html.unescape` rules.
@Suite("HTML character references")
struct HTMLEntitiesTests {
    @Test func namesGiveTheirCharacters() {
        #expect(HTMLEntities.character(named: "eacute") == "é")
        #expect(HTMLEntities.character(named: "nbsp") == "\u{A0}")
        #expect(HTMLEntities.character(named: "amp") == "&")
    }

    @Test func namesAreCaseSensitive() {
        #expect(HTMLEntities.character(named: "Eacute") == "É")
        #expect(HTMLEntities.character(named: "EACUTE") == nil)
    }

    @Test func someNamesStandForTwoCharacters() {
        #expect(HTMLEntities.character(named: "NotEqualTilde") == "\u{2242}\u{338}")
    }

    @Test func theLongestNameIsKnown() {
        #expect(HTMLEntities.character(named: "CounterClockwiseContourIntegral") == "\u{2233}")
    }

    @Test func unknownNamesGiveNothing() {
        #expect(HTMLEntities.character(named: "unknown") == nil)
        #expect(HTMLEntities.character(named: "") == nil)
    }

    @Test func theWholeTableIsThere() {
        // 2,231 keys in Python's html.entities.html5: every name with ";", and 106 also without.
        #expect(HTMLEntities.tableSource.split(separator: "\n").count == 2_231)
    }

    @Test func textWithoutAmpersandIsReturnedAsItIs() {
        #expect(HTMLEntities.decodingCharacterReferences("plain text") == "plain text")
    }

    @Test func decimalAndHexadecimalReferences() {
        #expect(HTMLEntities.decodingCharacterReferences("&#65;&#x42;&#X43;") == "ABC")
    }

    @Test func numericReferencesWithoutSemicolon() {
        #expect(HTMLEntities.decodingCharacterReferences("&#65B") == "AB")
    }

    @Test func windows1252RangeIsRemapped() {
        #expect(HTMLEntities.decodingCharacterReferences("&#128;&#x92;&#x9F;") == "€’Ÿ")
        #expect(HTMLEntities.decodingCharacterReferences("&#x81;") == "\u{81}")
    }

    @Test func nullSurrogatesAndTooLargeNumbersGiveReplacementCharacter() {
        #expect(HTMLEntities.decodingCharacterReferences("&#0;&#xD800;&#x110000;&#99999999999;") == "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}")
    }

    @Test func controlsAndNoncharactersAreDropped() {
        #expect(HTMLEntities.decodingCharacterReferences("a&#1;&#x0B;&#x7F;&#xFDD0;&#xFFFE;&#x10FFFF;b") == "ab")
    }

    @Test func carriageReturnReferenceIsKept() {
        #expect(HTMLEntities.decodingCharacterReferences("&#13;") == "\r")
    }

    @Test func legacyNamesWorkWithoutSemicolon() {
        #expect(HTMLEntities.decodingCharacterReferences("&amp &copy &lt") == "& © <")
    }

    @Test func legacyNamesMatchTheLongestPrefix() {
        // From Python's html.unescape: "&notit;" is "¬" and "it;", "&copy2024" is "©2024".
        #expect(HTMLEntities.decodingCharacterReferences("&notit; &copy2024 &ampx") == "¬it; ©2024 &x")
    }

    @Test func namesValidOnlyWithSemicolonNeedIt() {
        #expect(HTMLEntities.decodingCharacterReferences("&hellip; &hellip") == "… &hellip")
    }

    @Test func unknownNamesAndBareAmpersandsStay() {
        #expect(HTMLEntities.decodingCharacterReferences("AT&T & &unknown; &#; &#x;") == "AT&T & &unknown; &#; &#x;")
    }
}
