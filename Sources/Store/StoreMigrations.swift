import GRDB

/// The store's schema, one migration per change, never edited once released: a store is
/// brought forward step by step, and `FeedStore` refuses one that knows later steps.
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: feeds and entries") { db in
            try db.create(table: "feed") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("url", .text).notNull().unique()
                t.column("title", .text)
                t.column("siteURL", .text)
                // Folders from the OPML, outermost first (a JSON array).
                t.column("folders", .jsonText)
                t.column("addedAt", .datetime).notNull()
                // HTTP validators (RFC 9110 section 8.8) for a conditional GET next time.
                t.column("etag", .text)
                t.column("lastModified", .text)
                // SHA-256 of the last body parsed: a 200 with the same bytes is not parsed again.
                t.column("bodyHash", .text)
                t.column("lastStatus", .text)
                t.column("lastAttemptAt", .datetime)
                t.column("lastSuccessAt", .datetime)
                t.column("consecutiveFailures", .integer).notNull().defaults(to: 0)
                // Not asked again before this (Retry-After, or backing off a failing feed).
                t.column("nextAttemptAt", .datetime)
                // 410 Gone: skipped from then on.
                t.column("isDead", .boolean).notNull().defaults(to: false)
            }
            try db.create(table: "entry") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("feed", onDelete: .cascade).notNull()
                t.column("stableID", .text).notNull()
                t.column("link", .text)
                t.column("canonicalLink", .text)
                t.column("title", .text)
                t.column("summary", .text)
                t.column("contentText", .text)
                t.column("categories", .jsonText)
                t.column("authors", .jsonText)
                t.column("published", .datetime)
                t.column("updated", .datetime)
                t.column("firstSeenAt", .datetime).notNull()
                t.uniqueKey(["feedId", "stableID"])
            }
            try db.create(index: "entry_on_published", on: "entry", columns: ["published"])
        }
        migrator.registerMigration("v2: what was sent, and when friends were last in touch") { db in
            try db.create(table: "sent") { t in
                t.autoIncrementedPrimaryKey("id")
                // The friend's id in Matching: their first e-mail address, lower-cased.
                t.column("friendKey", .text).notNull().indexed()
                t.column("friendName", .text).notNull()
                t.column("link", .text).notNull()
                t.column("subject", .text)
                t.column("messageID", .text)
                t.column("sentAt", .datetime).notNull()
                // "sent through <command>" or "recorded" (share suggest --record).
                t.column("how", .text).notNull()
            }
            try db.create(table: "contact") { t in
                t.primaryKey("friendKey", .text)
                t.column("lastContactAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("v3: when each entry was last seen in its feed") { db in
            // Pruning keys on it: an undated entry still in its feed must not be pruned, or it
            // would come back as new at the next fetch.
            try db.alter(table: "entry") { t in t.add(column: "lastSeenAt", .datetime) }
            try db.execute(sql: "UPDATE entry SET lastSeenAt = firstSeenAt")
        }
        migrator.registerMigration("v4: the outbox, drafts waiting to be reviewed and sent") { db in
            // One row per drafted message: the whole RFC 5322 text, so that what is sent is
            // exactly what was shown and edited, never drafted again.
            try db.create(table: "outbox") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("friendKey", .text).notNull().indexed()
                t.column("friendName", .text).notNull()
                t.column("recipient", .text).notNull()
                t.column("subject", .text)
                t.column("messageID", .text).notNull().unique()
                // JSON array of the links the note carries (empty for a birthday or check-in).
                t.column("links", .jsonText).notNull()
                t.column("message", .text).notNull()
                t.column("draftedAt", .datetime).notNull()
                // pending, approved (kept in a review), skipped, sent.
                t.column("state", .text).notNull()
                t.column("editedAt", .datetime)
                t.column("decidedAt", .datetime)
            }
            // "Not for them": a link skipped for a friend is never suggested to them again.
            try db.create(table: "skip") { t in
                t.column("friendKey", .text).notNull()
                t.column("link", .text).notNull()
                t.column("skippedAt", .datetime).notNull()
                t.primaryKey(["friendKey", "link"])
            }
            // A friend snoozed is left out of drafts until the day given.
            try db.create(table: "snooze") { t in
                t.primaryKey("friendKey", .text)
                t.column("until", .datetime).notNull()
            }
        }
        migrator.registerMigration("v5: friends' own feeds") { db in
            try db.alter(table: "feed") { t in
                // The friend whose own feed this is (their id: first e-mail address, lower-cased),
                // from the friends file's `feeds:`. Their entries are news to reply to and
                // evidence of what they care about, never a link to send anyone.
                t.add(column: "friendKey", .text)
                // Whether the user also subscribes to it (OPML, `feeds add`): a friend's feed
                // the friend no longer lists is then kept as a subscription, not deleted.
                t.add(column: "isSubscription", .boolean).notNull().defaults(to: true)
                // The URL as the friends file names it: the feed keeps being theirs when a fetch
                // moves it (a page's announced feed, a 301).
                t.add(column: "friendFeedURL", .text)
            }
        }
        return migrator
    }
}
