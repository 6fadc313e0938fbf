import Foundation
import Testing

@testable import Drafting

@Suite("Writing messages (RFC 5322, RFC 2045)")
struct MessageWriterTests {
    private func message(
        from: MailAddress? = nil, subject: String = "Sourdough in Omaha", body: String = "Hi Wendy,\nthis made me think of you.\n",
        extraHeaders: [MailHeader] = []
    ) throws -> MailMessage {
        MailMessage(
            from: from, to: try MailAddress("wendy@example.org", displayName: "Wendy Park"), subject: subject,
            date: utc(2026, 11, 28, 10), messageID: try MessageID("share.1@example.org"), body: body, extraHeaders: extraHeaders)
    }

    @Test("the whole message: header order, MIME fields, an empty line, the body")
    func golden() throws {
        let message = try message(
            from: MailAddress("me@example.net", displayName: "Sam Lee"),
            extraHeaders: [MailHeader(name: "X-Share-Link", value: "https://example.org/bread")])
        #expect(
            MessageWriter().render(message) == """
                From: Sam Lee <me@example.net>
                To: Wendy Park <wendy@example.org>
                Subject: Sourdough in Omaha
                Date: Sat, 28 Nov 2026 10:00:00 +0000
                Message-ID: <share.1@example.org>
                MIME-Version: 1.0
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: 7bit
                X-Share-Link: https://example.org/bread

                Hi Wendy,
                this made me think of you.

                """)
    }

    @Test("no sender: From is left out for the mail client to fill in")
    func noFrom() throws {
        #expect(MessageWriter().render(try message()).hasPrefix("To: Wendy Park <wendy@example.org>\nSubject: "))
    }

    @Test("CR LF: every line ends with CR LF, and no LF stands alone")
    func crlf() throws {
        let rendered = MessageWriter(lineEnding: .crlf).render(try message(body: "a\nb\rc\r\nd"))
        #expect(rendered.hasSuffix("\r\n\r\na\r\nb\r\nc\r\nd\r\n"))
        #expect(
            !rendered.utf8.enumerated().contains { index, byte in
                byte == UInt8(ascii: "\n") && Array(rendered.utf8)[index - 1] != UInt8(ascii: "\r")
            })
    }

    @Test(
        "the body's line breaks are normalised and it ends with one",
        arguments: [
            ("a\r\nb\rc", "a\nb\nc\n"),
            ("a\n", "a\n"),
            ("a\n\n", "a\n\n"),
            ("", ""),
        ])
    func bodyLines(body: String, expected: String) throws {
        let rendered = MessageWriter().render(try message(body: body))
        #expect(rendered.hasSuffix("7bit\n\n" + expected))
    }

    @Test(
        "7bit for short ASCII lines; quoted-printable otherwise",
        arguments: [
            ("Hi\tWendy\n" + String(repeating: "x", count: 78), "7bit"),
            (String(repeating: "x", count: 79), "quoted-printable"),
            ("Grüße", "quoted-printable"),
            ("bell\u{7}", "quoted-printable"),
        ])
    func transferEncoding(body: String, expected: String) throws {
        #expect(MessageWriter().render(try message(body: body)).contains("\nContent-Transfer-Encoding: \(expected)\n"))
    }

    @Test("a quoted-printable body: a 200-character line with trailing spaces")
    func quotedPrintableBody() throws {
        let line = String(repeating: "Grüße aus Omaha. ", count: 12).prefix(200) + "  "
        let rendered = MessageWriter().render(try message(body: String(line)))
        let body = try #require(rendered.split(separator: "\n\n", maxSplits: 1).last)
        #expect(body.split(separator: "\n").allSatisfy { $0.utf8.count <= 76 })
        #expect(body.hasSuffix("=20\n"))
        #expect(try #require(quotedPrintableBytes(body)) == Array((line + "\n").utf8))
    }

    @Test("hostile subject and name: everything stays in its field, no line starts a new one")
    func injection() throws {
        let hostile = "Hi\r\nBcc: victim@example.com\u{0}\u{2028}x"
        let message = MailMessage(
            to: try MailAddress("wendy@example.org", displayName: hostile), subject: hostile, date: utc(2026, 11, 28, 10),
            messageID: MessageID(seed: hostile, sender: nil), body: "Bcc: in the body is just text\n")
        let lines = headerLines(MessageWriter().render(message))
        #expect(
            lines.map { $0.prefix { $0 != ":" } } == [
                "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding",
            ])
        #expect(lines[0] == "To: \"Hi Bcc: victim@example.com x\" <wendy@example.org>")
        #expect(lines[1] == "Subject: Hi Bcc: victim@example.com x")
    }

    @Test("300-character subjects, ASCII and not: every header line at most 78", arguments: [longASCIISubject, longUnicodeSubject])
    func longSubjects(subject: String) throws {
        let rendered = MessageWriter().render(try message(subject: subject))
        #expect(headerLines(rendered).allSatisfy { $0.utf8.count <= ($0.contains("=?") ? 76 : 78) })
        #expect(encodedWords(in: rendered).allSatisfy { $0.utf8.count <= 75 })
        #expect(rendered.utf8.allSatisfy { $0 < 0x80 })
    }

    @Test("the date is RFC 5322's, in UTC, with a one-digit day as it is")
    func dates() {
        #expect(MailDate.rfc5322(utc(2026, 11, 28, 10)) == "Sat, 28 Nov 2026 10:00:00 +0000")
        #expect(MailDate.rfc5322(utc(2026, 3, 1, 9, 5, 3)) == "Sun, 1 Mar 2026 09:05:03 +0000")
    }
}
