import Foundation
import GRDB

/// What went to whom, and when each friend was last in touch.
///
/// Rules: a send is recorded only after it happened, in its own transaction, so a process killed
/// between two messages keeps the record of every message that went out. Recording a note also
/// moves that friend's last contact to its time.
extension FeedStore {
    /// Records one note (its rows, one per link) and the contact, in one transaction.
    public func recordSent(_ rows: [SentNote]) throws(StoreError) {
        guard !rows.isEmpty else { return }
        try write { db in try Self.insertSent(db, rows) }
    }

    /// The rows of one note, and the contact they make.
    static func insertSent(_ db: Database, _ rows: [SentNote]) throws {
        guard let first = rows.first else { return }
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO sent (friendKey, friendName, link, subject, messageID, sentAt, how) VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
        for row in rows {
            try insert.execute(arguments: [row.friendKey, row.friendName, row.link, row.subject, row.messageID, row.sentAt, row.how])
        }
        try touch(db, friendKey: first.friendKey, at: first.sentAt)
    }

    /// `share contacted NAME`: the friend was in touch at `date` (a call, a coffee). It replaces
    /// the contact noted before, so a mistyped day can be corrected; a note sent later still
    /// counts (see ``lastContacts()``).
    public func recordContact(friendKey: String, at date: Date) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO contact (friendKey, lastContactAt) VALUES (?, ?)
                    ON CONFLICT(friendKey) DO UPDATE SET lastContactAt = excluded.lastContactAt
                    """,
                arguments: [friendKey, date]
            )
        }
    }

    private static func touch(_ db: Database, friendKey: String, at date: Date) throws {
        try db.execute(
            sql: """
                INSERT INTO contact (friendKey, lastContactAt) VALUES (?, ?)
                ON CONFLICT(friendKey) DO UPDATE SET lastContactAt = max(lastContactAt, excluded.lastContactAt)
                """,
            arguments: [friendKey, date]
        )
    }

    /// When each friend (by key) was last in touch, as far as the store knows: the later of the
    /// contact noted and the last note sent.
    public func lastContacts() throws(StoreError) -> [String: Date] {
        try read { db in
            var contacts: [String: Date] = [:]
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT friendKey, lastContactAt AS at FROM contact
                    UNION ALL SELECT friendKey, max(sentAt) AS at FROM sent GROUP BY friendKey
                    """)
            for row in rows {
                let key: String = row["friendKey"]
                let date: Date = row["at"]
                contacts[key] = max(contacts[key] ?? date, date)
            }
            return contacts
        }
    }

    /// Every note sent (or recorded), newest first; only one friend's when `friendKey` is given.
    public func history(friendKey: String? = nil) throws(StoreError) -> [SentNote] {
        try read { db in
            try SentNote.fetchAll(
                db,
                sql: "SELECT * FROM sent WHERE ? IS NULL OR friendKey = ? ORDER BY sentAt DESC, id DESC",
                arguments: [friendKey, friendKey]
            )
        }
    }
}
