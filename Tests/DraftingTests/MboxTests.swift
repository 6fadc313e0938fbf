import Testing

@testable import Drafting

@Suite("mboxrd files")
struct MboxTests {
    private func message(from: MailAddress? = nil, body: String, day: Int = 28) throws -> MailMessage {
        MailMessage(
            from: from, to: try MailAddress("wendy@example.org"), subject: "Hi", date: utc(2026, 11, day, 10),
            messageID: MessageID(seed: body, sender: from), body: body)
    }

    @Test("a From_ line with MAILER-DAEMON, or the sender, and the date as asctime in UTC")
    func fromLines() throws {
        let mbox = Mbox.render([try message(body: "a"), try message(from: MailAddress("me@example.net"), body: "b", day: 1)])
        let fromLines = mbox.split(separator: "\n").filter { $0.hasPrefix("From ") }
        #expect(fromLines == ["From MAILER-DAEMON Sat Nov 28 10:00:00 2026", "From me@example.net Sun Nov  1 10:00:00 2026"])
    }

    @Test("every line matching ^>*From gets one more >")
    func quoting() throws {
        let mbox = Mbox.render([try message(body: "From the start\n>From quoted\n>>From twice\nFromage\n From indented\nFrom")])
        let body = mbox.split(separator: "\n\n", maxSplits: 1)[1]
        #expect(body == ">From the start\n>>From quoted\n>>>From twice\nFromage\n From indented\nFrom\n\n")
    }

    @Test("each message ends with an empty line, before the next From_ line")
    func separation() throws {
        let mbox = Mbox.render([try message(body: "one"), try message(body: "two")])
        #expect(mbox.hasSuffix("\n\ntwo\n\n"))
        #expect(mbox.contains("\n\none\n\nFrom MAILER-DAEMON "))
        #expect(Mbox.render([]) == "")
    }
}
