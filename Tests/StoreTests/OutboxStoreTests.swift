import Foundation
import Store
import Testing

/// The outbox on a real SQLite file.
@Suite("Store: the outbox")
struct OutboxStoreTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("share-outbox-\(UUID().uuidString)")
    var path: String { directory.appendingPathComponent("share.sqlite").path }
    let day = Date(timeIntervalSince1970: 1_795_000_000)

    func draft(_ friend: String, _ id: String, links: [String] = []) -> NewOutboxDraft {
        NewOutboxDraft(
            friendKey: "\(friend)@example.org", friendName: friend.capitalized, recipient: "\(friend.capitalized) <\(friend)@example.org>",
            subject: "For \(friend)", messageID: "<\(id)@example.org>", links: links, message: "To: \(friend)@example.org\n\nHi \(friend)\n"
        )
    }

    @Test func aNewBatchReplacesUneditedDraftsAndKeepsEditedOnes() throws {
        let store = try FeedStore(path: path)
        try store.replaceWaitingDrafts(with: [draft("wendy", "w1"), draft("zoe", "z1")], at: day)
        let wendy = try #require(try store.waitingDrafts().first)
        try store.editDraft(id: wendy.id, message: "To: wendy@example.org\n\nDear Wendy\n", subject: "Edited", at: day)
        let batch = try store.replaceWaitingDrafts(with: [draft("wendy", "w2"), draft("zoe", "z2")], at: day)
        #expect(batch.keptEdited.map(\.friendName) == ["Wendy"])
        #expect(batch.queued.map(\.messageID) == ["<z2@example.org>"], "nothing new beside an edited draft")
        let waiting = try store.waitingDrafts()
        #expect(waiting.map(\.messageID) == ["<w1@example.org>", "<z2@example.org>"])
        #expect(waiting[0].message == "To: wendy@example.org\n\nDear Wendy\n")
        #expect(waiting[0].isEdited && !waiting[1].isEdited)
    }

    @Test func whatWasSentOrSkippedIsNeverQueuedAgain() throws {
        let store = try FeedStore(path: path)
        try store.replaceWaitingDrafts(
            with: [draft("wendy", "w1", links: ["https://a.example/1"]), draft("zoe", "z1", links: ["https://a.example/2"])], at: day)
        let waiting = try store.waitingDrafts()
        let row = SentNote(
            friendKey: "wendy@example.org", friendName: "Wendy", link: "https://a.example/1", subject: "For wendy",
            messageID: "<w1@example.org>", sentAt: day, how: "sent through cat")
        try store.recordSent(waiting[0], rows: [row])
        try store.decide(id: waiting[1].id, .skipped, at: day)
        #expect(try store.waitingDrafts().isEmpty)
        #expect(try store.history().map(\.messageID) == ["<w1@example.org>"], "recorded with its outbox row")
        #expect(try store.skippedLinks() == ["zoe@example.org": ["https://a.example/2"]], "a skipped draft's link is not for them")
        let batch = try store.replaceWaitingDrafts(with: [draft("wendy", "w1"), draft("zoe", "z1")], at: day)
        #expect(batch.queued.isEmpty)
        #expect(batch.alreadyDecided.count == 2)
    }

    @Test func aSnoozeWithdrawsTheFriendsDraftsAndIsRemembered() throws {
        let store = try FeedStore(path: path)
        try store.replaceWaitingDrafts(with: [draft("wendy", "w1"), draft("zoe", "z1")], at: day)
        try store.snooze(friendKey: "zoe@example.org", until: day.addingTimeInterval(14 * 86_400))
        try store.withdraw(friendKey: "zoe@example.org")
        #expect(try store.waitingDrafts().map(\.friendName) == ["Wendy"])
        #expect(try store.snoozes() == ["zoe@example.org": day.addingTimeInterval(14 * 86_400)])
    }

    @Test func aCorrectedContactReplacesTheOldOneButALaterSendStillCounts() throws {
        let store = try FeedStore(path: path)
        try store.recordContact(friendKey: "wendy@example.org", at: day)
        try store.recordContact(friendKey: "wendy@example.org", at: day.addingTimeInterval(-86_400 * 5))
        #expect(try store.lastContacts()["wendy@example.org"] == day.addingTimeInterval(-86_400 * 5), "a correction replaces")
        try store.recordSent([
            SentNote(
                friendKey: "wendy@example.org", friendName: "Wendy", link: "", subject: nil, messageID: nil,
                sentAt: day, how: "recorded")
        ])
        try store.recordContact(friendKey: "wendy@example.org", at: day.addingTimeInterval(-86_400 * 9))
        #expect(try store.lastContacts()["wendy@example.org"] == day, "the note sent later still counts")
    }
}
