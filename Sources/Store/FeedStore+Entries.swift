import Foundation
import GRDB

/// Entries: keeping what a fetch found, reading them back for matching, and pruning old ones.
extension FeedStore {
    /// Keeps one fetch's result in one transaction: the feed's state, and its entries upserted
    /// by stable id (an entry keeps its `firstSeenAt`; its text follows the feed's latest).
    ///
    /// A new entry published before `retentionCutoff` is not kept: it would only be pruned.
    /// A permanent move to a URL another stored feed already has merges into that feed: the
    /// moved feed's entries go across (those the other already has stay as they are), its folders
    /// and title fill in what the other lacks, then the moved feed's row is deleted.
    @discardableResult
    public func record(_ record: FetchRecord, retentionCutoff: Date? = nil) throws(StoreError) -> RecordedChange {
        try write { db in
            var feedID = record.feedID
            if let newURL = record.movedTo {
                if let other = try Int64.fetchOne(db, sql: "SELECT id FROM feed WHERE url = ? AND id != ?", arguments: [newURL, feedID]) {
                    try db.execute(sql: "UPDATE OR IGNORE entry SET feedId = ? WHERE feedId = ?", arguments: [other, feedID])
                    try db.execute(
                        sql: """
                            UPDATE feed SET folders = coalesce(folders, (SELECT folders FROM feed WHERE id = ?)),
                                title = coalesce(title, (SELECT title FROM feed WHERE id = ?))
                            WHERE id = ?
                            """,
                        arguments: [feedID, feedID, other]
                    )
                    try db.execute(sql: "DELETE FROM feed WHERE id = ?", arguments: [feedID])
                    feedID = other
                } else {
                    try db.execute(sql: "UPDATE feed SET url = ? WHERE id = ?", arguments: [newURL, feedID])
                }
            }
            switch record.outcome {
            case .updated(let title, let siteURL, let entries):
                let change = try upsert(entries, feedID: feedID, at: record.at, retentionCutoff: retentionCutoff, db: db)
                let status =
                    change.newEntries == 0
                    ? "updated, no new entries" : "updated, \(change.newEntries) new \(change.newEntries == 1 ? "entry" : "entries")"
                try db.execute(
                    sql: """
                        UPDATE feed SET title = coalesce(title, ?), siteURL = coalesce(siteURL, ?),
                            etag = ?, lastModified = ?, bodyHash = ?, lastStatus = ?,
                            lastAttemptAt = ?, lastSuccessAt = ?, consecutiveFailures = 0, nextAttemptAt = ?
                        WHERE id = ?
                        """,
                    arguments: [
                        title, siteURL, record.etag, record.lastModified, record.bodyHash, status, record.at, record.at, record.nextAttemptAt, feedID,
                    ]
                )
                return change
            case .unchanged(let status):
                try db.execute(
                    sql: """
                        UPDATE feed SET etag = coalesce(?, etag), lastModified = coalesce(?, lastModified),
                            bodyHash = coalesce(?, bodyHash), lastStatus = ?,
                            lastAttemptAt = ?, lastSuccessAt = ?, consecutiveFailures = 0, nextAttemptAt = ?
                        WHERE id = ?
                        """,
                    arguments: [record.etag, record.lastModified, record.bodyHash, status, record.at, record.at, record.nextAttemptAt, feedID]
                )
                return RecordedChange(newEntries: 0, updatedEntries: 0)
            case .failed(let reason, let isGone):
                try db.execute(
                    sql: """
                        UPDATE feed SET lastStatus = ?, lastAttemptAt = ?, consecutiveFailures = consecutiveFailures + 1,
                            nextAttemptAt = ?, isDead = (isDead OR ?)
                        WHERE id = ?
                        """,
                    arguments: [reason, record.at, record.nextAttemptAt, isGone, feedID]
                )
                return RecordedChange(newEntries: 0, updatedEntries: 0)
            }
        }
    }

    private func upsert(_ entries: [EntryContent], feedID: Int64, at now: Date, retentionCutoff: Date?, db: Database) throws -> RecordedChange {
        let known = Set(try String.fetchAll(db, sql: "SELECT stableID FROM entry WHERE feedId = ?", arguments: [feedID]))
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO entry (feedId, stableID, link, canonicalLink, title, summary, contentText, categories, authors, published, updated, firstSeenAt, lastSeenAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(feedId, stableID) DO UPDATE SET
                    link = excluded.link, canonicalLink = excluded.canonicalLink, title = excluded.title,
                    summary = excluded.summary, contentText = excluded.contentText, categories = excluded.categories,
                    authors = excluded.authors, published = excluded.published, updated = excluded.updated
                WHERE entry.title IS NOT excluded.title OR entry.summary IS NOT excluded.summary
                    OR entry.contentText IS NOT excluded.contentText OR entry.link IS NOT excluded.link
                    OR entry.categories IS NOT excluded.categories OR entry.updated IS NOT excluded.updated
                """)
        let seen = try db.cachedStatement(sql: "UPDATE entry SET lastSeenAt = ? WHERE feedId = ? AND stableID = ?")
        var newEntries = 0
        var updatedEntries = 0
        var done = Set<String>()
        for entry in entries where done.insert(entry.stableID).inserted {
            let isNew = !known.contains(entry.stableID)
            if isNew, let retentionCutoff, let date = entry.published ?? entry.updated, date < retentionCutoff { continue }
            try statement.execute(arguments: [
                feedID, entry.stableID, entry.link, entry.canonicalLink, entry.title, entry.summary, entry.contentText,
                JSONText.array(entry.categories), JSONText.array(entry.authors), entry.published, entry.updated, now, now,
            ])
            if isNew {
                newEntries += 1
            } else {
                if db.changesCount > 0 { updatedEntries += 1 }
                try seen.execute(arguments: [now, feedID, entry.stableID])
            }
        }
        return RecordedChange(newEntries: newEntries, updatedEntries: updatedEntries)
    }

    /// Which of `links` (canonical links, else links) name entries that have gone from their
    /// feeds: the store has the entry, but the feed's last full read did not list it (its
    /// `lastSeenAt` is older than the newest of its feed's). A link the store does not have (a
    /// local file read on the spot, an entry pruned) is not counted gone: nothing says so. A link
    /// one feed still lists is not gone, whatever another feed did.
    public func linksGoneFromTheirFeeds(_ links: [String]) throws(StoreError) -> Set<String> {
        guard !links.isEmpty else { return [] }
        return try read { db in
            var gone: Set<String> = []
            for link in Set(links) {
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT e.lastSeenAt < (SELECT max(lastSeenAt) FROM entry WHERE feedId = e.feedId) AS isGone
                        FROM entry e WHERE e.canonicalLink = ? OR (e.canonicalLink IS NULL AND e.link = ?)
                        """,
                    arguments: [link, link])
                if !rows.isEmpty && rows.allSatisfy({ ($0["isGone"] as Bool?) == true }) { gone.insert(link) }
            }
            return gone
        }
    }

    /// Entries published (or, without a date, first seen) at or after `since`, with their
    /// feed (and whose own feed it is, for a friend's), newest first. Entries of dead feeds are still returned: what was read stays true.
    public func entries(since: Date?) throws(StoreError) -> [EntryWithFeed] {
        try entries(since: since, onlyFriendsFeeds: false)
    }

    /// The `limit` newest entries, of every feed: a sample of what everyone writes.
    public func newestEntries(limit: Int) throws(StoreError) -> [EntryWithFeed] {
        try entries(since: nil, onlyFriendsFeeds: false, limit: limit)
    }

    /// Every entry of friends' own feeds (see `keepFriendFeeds`), newest first: what they posted.
    public func friendsPosts() throws(StoreError) -> [EntryWithFeed] {
        try entries(since: nil, onlyFriendsFeeds: true)
    }

    private func entries(since: Date?, onlyFriendsFeeds: Bool, limit: Int = -1) throws(StoreError) -> [EntryWithFeed] {
        try read { db in
            let statement = try db.makeStatement(
                sql: """
                    SELECT entry.*, feed.url AS feedURL, feed.title AS feedTitle, feed.friendKey AS feedFriendKey
                    FROM entry JOIN feed ON feed.id = entry.feedId
                    WHERE (? IS NULL OR coalesce(entry.published, entry.updated, entry.firstSeenAt) >= ?)
                        AND (NOT ? OR feed.friendKey IS NOT NULL)
                    \(limit >= 0 ? "ORDER BY coalesce(entry.published, entry.updated, entry.firstSeenAt) DESC, entry.id LIMIT ?" : "")
                    """)
            statement.arguments = limit >= 0 ? [since, since, onlyFriendsFeeds, limit] : [since, since, onlyFriendsFeeds]
            let columns = try EntryColumns(statement.columnNames)
            guard let feedURL = statement.index(ofColumn: "feedURL"), let feedTitle = statement.index(ofColumn: "feedTitle"),
                let friendKey = statement.index(ofColumn: "feedFriendKey")
            else {
                throw DatabaseError(message: "no feed columns in the entries read")
            }
            // A cursor, not fetchAll: one row at a time, not every row copied before it is read.
            var entries: [EntryWithFeed] = []
            let rows = try Row.fetchCursor(statement)
            while let row = try rows.next() {
                entries.append(
                    EntryWithFeed(
                        entry: try StoredEntry(row: row, columns: columns), feedURL: try row.decode(atIndex: feedURL),
                        feedTitle: try row.decode(atIndex: feedTitle), friendKey: try row.decode(atIndex: friendKey)))
            }
            guard limit < 0 else { return entries }
            // Every row is sorted here rather than by SQLite, whose sorter spilled the rows, content
            // and all, to a temporary file once past its cache: 55,000 writes and as many reads for
            // the benchmark corpus's 20,000 entries, a tenth of `share match`.
            entries.sort {
                let (left, right) = ($0.entry.sortDate, $1.entry.sortDate)
                return left != right ? left > right : $0.entry.id < $1.entry.id
            }
            return entries
        }
    }

    /// Deletes entries whose feed last listed them before `cutoff` and whose date, if any, is
    /// also before it. An entry still in its feed stays (pruned, it would come back as new).
    /// Returns how many went.
    @discardableResult
    public func pruneEntries(before cutoff: Date) throws(StoreError) -> Int {
        try write { db in
            try db.execute(
                sql: "DELETE FROM entry WHERE coalesce(lastSeenAt, firstSeenAt) < ? AND coalesce(published, updated, firstSeenAt) < ?",
                arguments: [cutoff, cutoff]
            )
            return db.changesCount
        }
    }
}
