import Foundation
import GRDB

/// The outbox: drafts waiting to be reviewed and sent, and the user's decisions about them.
///
/// Rules:
/// - A new batch (`share suggest`) replaces the waiting drafts, except those the user edited:
///   an edited draft is never thrown away, and its friend gets nothing new beside it.
/// - A draft whose Message-ID was already sent or skipped is not queued again: what went out
///   once never goes out twice.
/// - A send is recorded in the history and marked in the outbox in one transaction, so the two
///   never disagree, even when the process is killed right after.
/// - A skipped link is remembered for that friend ("not for them") and never suggested to them
///   again; a snoozed friend is left out of drafts until the day given.
extension FeedStore {
    /// What replacing the waiting drafts did.
    public struct OutboxBatch: Sendable {
        /// The drafts now waiting, in the order given.
        public var queued: [NewOutboxDraft] = []
        /// Edited drafts kept in place of a new one for the same friend.
        public var keptEdited: [OutboxDraft] = []
        /// New drafts left out: the same message was already sent or skipped.
        public var alreadyDecided: [NewOutboxDraft] = []
    }

    /// Puts `drafts` in the outbox as pending, in place of the unedited waiting drafts.
    @discardableResult
    public func replaceWaitingDrafts(with drafts: [NewOutboxDraft], at date: Date) throws(StoreError) -> OutboxBatch {
        try write { db in
            try db.execute(sql: "DELETE FROM outbox WHERE state IN ('pending', 'approved') AND editedAt IS NULL")
            let edited = try Row.fetchAll(db, sql: "SELECT * FROM outbox WHERE state IN ('pending', 'approved') ORDER BY id").map(
                OutboxDraft.init(row:))
            var batch = OutboxBatch(keptEdited: edited)
            let editedFriends = Set(edited.map(\.friendKey))
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO outbox (friendKey, friendName, recipient, subject, messageID, links, message, draftedAt, state)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending')
                    """)
            for draft in drafts where !editedFriends.contains(draft.friendKey) {
                if try Bool.fetchOne(db, sql: "SELECT 1 FROM outbox WHERE messageID = ?", arguments: [draft.messageID]) == true {
                    batch.alreadyDecided.append(draft)
                    continue
                }
                try insert.execute(arguments: [
                    draft.friendKey, draft.friendName, draft.recipient, draft.subject, draft.messageID,
                    Self.jsonArray(draft.links), draft.message, date,
                ])
                batch.queued.append(draft)
            }
            return batch
        }
    }

    /// The drafts waiting to go (pending or approved), oldest first.
    public func waitingDrafts() throws(StoreError) -> [OutboxDraft] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM outbox WHERE state IN ('pending', 'approved') ORDER BY id").map(OutboxDraft.init(row:))
        }
    }

    /// The user changed the text of a waiting draft.
    public func editDraft(id: Int64, message: String, subject: String?, at date: Date) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "UPDATE outbox SET message = ?, subject = ?, editedAt = ? WHERE id = ? AND state IN ('pending', 'approved')",
                arguments: [message, subject, date, id]
            )
        }
    }

    /// The user kept (approved) or skipped a waiting draft. Skipping also remembers each of its
    /// links as not for that friend.
    public func decide(id: Int64, _ state: OutboxDraft.State, at date: Date) throws(StoreError) {
        try write { db in
            try db.execute(sql: "UPDATE outbox SET state = ?, decidedAt = ? WHERE id = ?", arguments: [state.rawValue, date, id])
            guard state == .skipped, let row = try Row.fetchOne(db, sql: "SELECT * FROM outbox WHERE id = ?", arguments: [id]) else { return }
            let draft = OutboxDraft(row: row)
            for link in draft.links { try Self.skip(db, friendKey: draft.friendKey, link: link, at: date) }
        }
    }

    /// One draft went out: its history rows and its state, in one transaction.
    public func recordSent(_ draft: OutboxDraft, rows: [SentNote]) throws(StoreError) {
        try write { db in
            try Self.insertSent(db, rows)
            try db.execute(sql: "UPDATE outbox SET state = 'sent', decidedAt = ? WHERE id = ?", arguments: [rows.first?.sentAt, draft.id])
        }
    }

    /// Takes a friend's waiting drafts out of the outbox (a snooze): not sent, not skipped,
    /// drafted again once the snooze ends.
    public func withdraw(friendKey: String) throws(StoreError) {
        try write { db in
            try db.execute(sql: "DELETE FROM outbox WHERE friendKey = ? AND state IN ('pending', 'approved')", arguments: [friendKey])
        }
    }

    /// `share skip FRIEND LINK`, or a draft skipped in review: never suggest `link` to them again.
    public func recordSkip(friendKey: String, link: String, at date: Date) throws(StoreError) {
        try write { db in try Self.skip(db, friendKey: friendKey, link: link, at: date) }
    }

    /// The links each friend (by key) should never be sent.
    public func skippedLinks() throws(StoreError) -> [String: Set<String>] {
        try read { db in
            var skipped: [String: Set<String>] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT friendKey, link FROM skip") {
                skipped[row["friendKey"], default: []].insert(row["link"])
            }
            return skipped
        }
    }

    /// Leaves a friend out of drafts until `date`.
    public func snooze(friendKey: String, until date: Date) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "INSERT INTO snooze (friendKey, until) VALUES (?, ?) ON CONFLICT(friendKey) DO UPDATE SET until = excluded.until",
                arguments: [friendKey, date]
            )
        }
    }

    /// Each snoozed friend (by key) and the day their snooze ends.
    public func snoozes() throws(StoreError) -> [String: Date] {
        try read { db in
            var snoozes: [String: Date] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT friendKey, until FROM snooze") { snoozes[row["friendKey"]] = row["until"] }
            return snoozes
        }
    }

    private static func skip(_ db: Database, friendKey: String, link: String, at date: Date) throws {
        try db.execute(
            sql: "INSERT INTO skip (friendKey, link, skippedAt) VALUES (?, ?, ?) ON CONFLICT(friendKey, link) DO NOTHING",
            arguments: [friendKey, link, date]
        )
    }

    private static func jsonArray(_ strings: [String]) -> String {
        JSONText.array(strings) ?? "[]"
    }
}
