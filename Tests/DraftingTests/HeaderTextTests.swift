import Testing

@testable import Drafting

@Suite("Unstructured header text (RFC 5322 3.2.5, RFC 2047)")
struct HeaderTextTests {
    @Test(
        "control characters become a space, spaces collapse, the ends are trimmed",
        arguments: [
            ("Hello\r\nBcc: victim@example.com", "Hello Bcc: victim@example.com"),
            ("a\u{0}b", "a b"),
            ("line\u{2028}separator\u{2029}paragraph", "line separator paragraph"),
            ("\t tabs   and\u{85}NEL\u{7F}DEL\u{1B}[31m ", "tabs and NEL DEL [31m"),
            ("\r\n", ""),
        ])
    func sanitized(text: String, expected: String) {
        #expect(HeaderText.sanitized(text) == expected)
    }

    @Test("ASCII words stay readable")
    func ascii() {
        #expect(HeaderText.field(name: "Subject", value: "Sourdough in Omaha (and jazz!)") == "Subject: Sourdough in Omaha (and jazz!)")
    }

    @Test("an injected Bcc stays inside the Subject, on one line")
    func injection() {
        let field = HeaderText.field(name: "Subject", value: "Hi\r\nBcc: victim@example.com\u{0}\u{2028}x", lineEnding: .crlf)
        #expect(field == "Subject: Hi Bcc: victim@example.com x")
    }

    @Test("only the words that need it are encoded; neighbours share a run")
    func encodedWordsOnlyWhereNeeded() {
        #expect(HeaderText.field(name: "Subject", value: "Café au lait") == "Subject: =?utf-8?B?Q2Fmw6k=?= au lait")
        // The space between Zoë and Müller is inside the encoding, so it survives decoding.
        #expect(HeaderText.field(name: "Subject", value: "for Zoë Müller") == "Subject: for =?utf-8?B?Wm/DqyBNw7xsbGVy?=")
    }

    @Test("Q when it is shorter than B, writing what unstructured text allows as itself")
    func qWhenShorter() {
        #expect(HeaderText.field(name: "Subject", value: "Überraschungsparty!") == "Subject: =?utf-8?Q?=C3=9Cberraschungsparty!?=")
    }

    @Test("ASCII that looks like an encoded-word is encoded, so no reader decodes it")
    func looksEncoded() {
        let field = HeaderText.field(name: "Subject", value: "see =?utf-8?q?x?= now")
        #expect(field.hasPrefix("Subject: see =?utf-8?"))
        #expect(!field.contains("=?utf-8?q?x?="))
        #expect(field.hasSuffix(" now"))
    }

    @Test("300 ASCII characters fold at spaces, unencoded, every line at most 78")
    func longASCII() {
        let field = HeaderText.field(name: "Subject", value: longASCIISubject)
        let lines = field.split(separator: "\n")
        #expect(lines.count > 3)
        #expect(lines.allSatisfy { $0.utf8.count <= 78 })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") && !$0.hasPrefix("  ") })
        #expect(encodedWords(in: field).isEmpty)
        #expect(field.replacing("\n", with: "") == "Subject: " + HeaderText.sanitized(longASCIISubject))
    }

    @Test("300 characters with non-ASCII: lines at most 76, encoded-words at most 75, each whole UTF-8")
    func longUnicode() throws {
        let field = HeaderText.field(name: "Subject", value: longUnicodeSubject, lineEnding: .crlf)
        let lines = field.split(separator: "\r\n")
        #expect(lines.count > 5)
        #expect(lines.allSatisfy { $0.utf8.count <= 76 })
        let words = encodedWords(in: field)
        #expect(!words.isEmpty)
        for word in words {
            #expect(word.utf8.count <= 75)
            let bytes = try #require(decodedBytes(ofEncodedWord: word))
            #expect(String(validating: bytes, as: UTF8.self) != nil, "\(word) ends inside a UTF-8 sequence")
        }
    }

    @Test("a word too long for any line (a long URL) is encoded so it can be folded")
    func longWord() {
        let url = "https://example.org/" + String(repeating: "path/", count: 24)
        let field = HeaderText.field(name: "X-Share-Link", value: url)
        #expect(field.split(separator: "\n").allSatisfy { $0.utf8.count <= 76 })
        #expect(encodedWords(in: field).count >= 2)
        let decoded = encodedWords(in: field).flatMap { decodedBytes(ofEncodedWord: $0) ?? [] }
        #expect(String(decoding: decoded, as: UTF8.self) == url)
    }

    @Test("an empty value is just the name")
    func empty() {
        #expect(HeaderText.field(name: "Subject", value: " \r\n ") == "Subject:")
    }
}
