import Testing

@testable import Drafting

@Suite("Quoted-printable bodies (RFC 2045 6.7)")
struct QuotedPrintableTests {
    @Test(
        "= is escaped, non-ASCII is =XX per UTF-8 byte, printable ASCII stays",
        arguments: [
            ("a=b", "a=3Db"),
            ("Zoë", "Zo=C3=AB"),
            ("山", "=E5=B1=B1"),
            ("tab\tinside", "tab\tinside"),
            ("nul\u{0}", "nul=00"),
        ])
    func bytes(text: String, expected: String) {
        #expect(QuotedPrintable.encode(text) == expected)
    }

    @Test("a space or tab ending a line is encoded; others are not")
    func trailingWhitespace() {
        #expect(QuotedPrintable.encode("end  \nnext\t\nok") == "end =20\nnext=09\nok")
    }

    @Test(
        "line breaks stay hard breaks, in the chosen ending; a final one stays",
        arguments: [
            (LineEnding.lf, "a\nb\nc\nd\n"),
            (LineEnding.crlf, "a\r\nb\r\nc\r\nd\r\n"),
        ])
    func lineBreaks(ending: LineEnding, expected: String) {
        #expect(QuotedPrintable.encode("a\r\nb\rc\nd\n", lineEnding: ending) == expected)
    }

    @Test("a 200-character line gets soft breaks: lines at most 76, and it decodes back")
    func softBreaks() throws {
        let line = String(repeating: "Trail running near Omaha = joy. ", count: 7).prefix(200).description
        let encoded = QuotedPrintable.encode(line)
        let lines = encoded.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.utf8.count <= 76 })
        #expect(lines.dropLast().allSatisfy { $0.hasSuffix("=") })
        #expect(try #require(quotedPrintableBytes(encoded)) == Array(line.utf8))
    }

    @Test("a soft break never cuts an =XX escape")
    func escapesWhole() throws {
        let line = "x" + String(repeating: "é", count: 60)
        let encoded = QuotedPrintable.encode(line)
        for encodedLine in encoded.split(separator: "\n") {
            #expect(encodedLine.utf8.count <= 76)
            #expect(encodedLine.wholeMatch(of: /(?:[^=]|=[0-9A-F]{2})*=?/) != nil, "\(encodedLine)")
        }
        #expect(try #require(quotedPrintableBytes(encoded)) == Array(line.utf8))
    }

    @Test("76 characters fit one line; 77 do not")
    func limit() {
        #expect(QuotedPrintable.encode(String(repeating: "a", count: 76)) == String(repeating: "a", count: 76))
        #expect(QuotedPrintable.encode(String(repeating: "a", count: 77)) == String(repeating: "a", count: 75) + "=\naa")
    }
}
