import Foundation
import TestFeedServer
import Testing

@testable import Drafting

/// The rendered mail read back by a real parser (Python's `email` and `mailbox`), which must
/// find no defect and decode exactly what went in: control characters as spaces, no Bcc.
@Suite("Read back by Python's email parser")
struct RealParserTests {
    static let hostile = "Hello\r\nBcc: victim@example.com\u{0}and\u{2028}more"

    /// Three messages with everything awkward: a hostile subject and name, long subjects
    /// with and without non-ASCII, quoted names, CJK, long lines, From lines, trailing spaces.
    static func messages() throws -> [MailMessage] {
        let zoe = try MailAddress("zoe@example.net", displayName: "Zoë Müller")
        return [
            MailMessage(
                from: zoe, to: try MailAddress("wendy@example.org", displayName: "Wendy\r\nBcc: victim@example.com\u{0}\u{2028}Park"),
                subject: hostile, date: utc(2026, 11, 28, 10), messageID: MessageID(seed: "1", sender: zoe),
                body: "Hi Wendy,\r\n" + String(repeating: "a long line of plain words, ", count: 8).prefix(200)
                    + "\nFrom the start\n>From quoted\nspaces at the end   \nBcc: victim@example.com\n"),
            MailMessage(
                to: try MailAddress("pat@example.org", displayName: "O'Brien, Pat"), subject: longASCIISubject,
                date: utc(2026, 11, 1, 9, 5, 3), messageID: MessageID(seed: "2", sender: nil),
                body: "From here on, plain ASCII.\n>>From twice\n",
                extraHeaders: [try MailHeader(name: "X-Share-Link", value: "https://example.org/" + String(repeating: "long/", count: 20))]),
            MailMessage(
                from: zoe, to: try MailAddress("taro@example.jp", displayName: "山田 太郎"), subject: longUnicodeSubject,
                date: utc(2026, 12, 31, 23, 59, 59), messageID: MessageID(seed: "3", sender: zoe),
                body: "山田さん、\n" + String(repeating: "ラーメン🍜とジャズ。", count: 20) + "\nGrüße \t\n"),
        ]
    }

    private func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("drafting-mail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(directory)
    }

    /// What Python read equals what went in, and nothing is a defect.
    private func check(_ parsed: PythonMail.Message, against message: MailMessage) {
        #expect(parsed.defects.isEmpty)
        #expect(parsed.headerDefects.isEmpty)
        #expect(!parsed.headerNames.contains { $0.lowercased() == "bcc" })
        #expect(parsed.to == [PythonMail.Message.Mailbox(name: message.to.displayName ?? "", address: message.to.address)])
        #expect(parsed.from == (message.from.map { [PythonMail.Message.Mailbox(name: $0.displayName ?? "", address: $0.address)] } ?? []))
        #expect(parsed.subject == message.subject)
        #expect(parsed.messageID == message.messageID.rendered)
        #expect(parsed.date == ISO8601DateFormatter().string(from: message.date).replacing("Z", with: "+00:00"))
        var body = message.body.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
        if !body.isEmpty && !body.hasSuffix("\n") { body += "\n" }
        #expect(parsed.body.replacing("\r\n", with: "\n") == body)
        for header in message.extraHeaders { #expect(parsed.headers[header.name] == header.value) }
    }

    @Test("the decoded values are the sanitised originals")
    func sanitisedOriginals() throws {
        let first = try Self.messages()[0]
        #expect(first.subject == "Hello Bcc: victim@example.com and more")
        #expect(first.to.displayName == "Wendy Bcc: victim@example.com Park")
    }

    @Test("each message as an .eml file", arguments: [LineEnding.lf, .crlf])
    func eml(lineEnding: LineEnding) throws {
        try withTemporaryDirectory { directory in
            for (index, message) in try Self.messages().enumerated() {
                let file = directory.appendingPathComponent("\(index).eml")
                try Data(MessageWriter(lineEnding: lineEnding).render(message).utf8).write(to: file)
                let parsed = try PythonMail.messages(inEML: file)
                try #require(parsed.count == 1)
                check(parsed[0], against: message)
            }
        }
    }

    @Test("three messages in one mbox file")
    func mbox() throws {
        let messages = try Self.messages()
        let parsed = try withTemporaryDirectory { directory in
            let file = directory.appendingPathComponent("notes.mbox")
            try Data(Mbox.render(messages).utf8).write(to: file)
            return try PythonMail.messages(inMbox: file)
        }
        try #require(parsed.count == 3)
        for (parsed, message) in zip(parsed, messages) { check(parsed, against: message) }
        #expect(
            parsed.map(\.fromLine) == [
                "zoe@example.net Sat Nov 28 10:00:00 2026", "MAILER-DAEMON Sun Nov  1 09:05:03 2026", "zoe@example.net Thu Dec 31 23:59:59 2026",
            ])
    }

    @Test("the mailto: URI, read by urllib.parse")
    func mailto() throws {
        for message in try Self.messages() {
            let parsed = try PythonMail.mailto(MailtoURI.string(for: message))
            #expect(parsed.scheme == "mailto")
            #expect(parsed.to == message.to.address)
            #expect(parsed.subject == [message.subject])
            #expect(parsed.body == [message.body.replacing("\r\n", with: "\n").replacing("\n", with: "\r\n")])
        }
    }
}
