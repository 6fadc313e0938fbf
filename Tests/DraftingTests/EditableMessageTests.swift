import Foundation
import Testing

@testable import Drafting

@Suite("Editing a drafted message: subject and body, the rest kept")
struct EditableMessageTests {
    func drafted(subject: String = "Saw this: Zoë's birds", body: String = "Hi Zoë,\n\nCranes over the Platte, 600,000 of them.\n") throws -> String {
        MessageWriter().render(
            MailMessage(
                from: try MailAddress("ann@example.org", displayName: "Ann Lee"),
                to: try MailAddress("zoe.mueller@example.org", displayName: "Zoë Müller"), subject: subject,
                date: Date(timeIntervalSince1970: 1_795_000_000), messageID: try MessageID("share.1@example.org"), body: body,
                extraHeaders: [try MailHeader(name: "X-Share-Link", value: "https://birders.example/cranes")]
            ))
    }

    @Test func theReadableFormDecodesTheSubjectAndAQuotedPrintableBody() throws {
        let readable = EditableMessage(message: try drafted())
        #expect(readable.to == "Zoë Müller <zoe.mueller@example.org>")
        #expect(readable.subject == "Saw this: Zoë's birds")
        #expect(readable.body == "Hi Zoë,\n\nCranes over the Platte, 600,000 of them.\n")
        #expect(readable.text.hasPrefix("To: Zoë Müller <zoe.mueller@example.org>\nSubject: Saw this: Zoë's birds\n\nHi Zoë,"))
    }

    @Test func anEditChangesSubjectAndBodyOnlyAndReadsBackAsWritten() throws {
        let original = try drafted()
        let edited = "To: someone else <x@example.com>\nSubject: Cranes, Zoë!\n\nDear Zoë,\n\nShall we drive out on Saturday? It's 2½ hours.\n"
        let edit = try #require(EditableMessage.edit(from: edited))
        let message = EditableMessage.replacing(subject: edit.subject, body: edit.body, in: original)
        let again = EditableMessage(message: message)
        #expect(again.subject == "Cranes, Zoë!")
        #expect(again.body == "Dear Zoë,\n\nShall we drive out on Saturday? It's 2½ hours.\n")
        #expect(again.to == "Zoë Müller <zoe.mueller@example.org>", "the recipient is the reviewed one, whatever the edit says")
        let keptFields = ["From", "To", "Date", "Message-ID", "X-Share-Link", "MIME-Version", "Content-Type"]
        for name in keptFields {
            #expect(MessageHeaders(message: message).values(name) == MessageHeaders(message: original).values(name), "\(name)")
        }
        #expect(message.contains("Content-Transfer-Encoding: quoted-printable"), "non-ASCII body: quoted-printable")
        #expect(!message.contains("Zoë!"), "the subject is an encoded word, never raw UTF-8 in a header")
        #expect(message.split(separator: "\n").allSatisfy { $0.utf8.count <= 78 })
    }

    @Test func aPlainASCIIEditIsSevenBit() throws {
        let message = EditableMessage.replacing(subject: "Cranes", body: "Hi,\nsee you Saturday.\n", in: try drafted())
        #expect(message.contains("Content-Transfer-Encoding: 7bit"))
        #expect(message.hasSuffix("\n\nHi,\nsee you Saturday.\n"))
        #expect(message.components(separatedBy: "Content-Transfer-Encoding").count == 2, "one such field")
    }

    @Test func anEditWithoutASubjectOrABlankLineIsRefused() {
        #expect(EditableMessage.edit(from: "To: x\n\nHello\n") == nil)
        #expect(EditableMessage.edit(from: "Subject: hi\nHello\n") == nil)
    }

    @Test(arguments: ["plain", "Zoë = 2½ × π\n", "a long line " + String(repeating: "é", count: 90), "trailing space \nend"])
    func quotedPrintableDecodesWhatItEncodes(text: String) {
        #expect(QuotedPrintable.decode(QuotedPrintable.encode(text)) == text)
    }
}
