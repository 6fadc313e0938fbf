import Foundation
import GRDB

/// One entry of a feed as the store keeps it: the plain text matching needs, not the HTML.
public struct StoredEntry: Sendable, Hashable, Codable, FetchableRecord, TableRecord {
    public static let databaseTableName = "entry"

    public let id: Int64
    public let feedId: Int64
    /// Unique within its feed (the parser's stable id: guid, id, link, or a hash).
    public let stableID: String
    public let link: String?
    public let canonicalLink: String?
    public let title: String?
    public let summary: String?
    public let contentText: String?
    public let categories: [String]?
    public let authors: [String]?
    public let published: Date?
    public let updated: Date?
    /// When share first saw it; kept when the entry changes later.
    public let firstSeenAt: Date
    /// When a fetch last found it in its feed.
    public let lastSeenAt: Date?
}

extension StoredEntry {
    /// Reads the entry column by column; a value of the wrong kind is an error, not a crash.
    public init(row: Row) throws {
        try self.init(row: row, columns: EntryColumns(Array(row.columnNames)))
    }

    /// Reads the entry from the columns at `columns`. GRDB's Codable reading, which this replaces,
    /// took most of `entries(since:)`: a tenth of `share match` over 20,000 entries.
    init(row: Row, columns: EntryColumns) throws {
        id = try row.decode(atIndex: columns.id)
        feedId = try row.decode(atIndex: columns.feedId)
        stableID = try row.decode(atIndex: columns.stableID)
        link = try row.decode(atIndex: columns.link)
        canonicalLink = try row.decode(atIndex: columns.canonicalLink)
        title = try row.decode(atIndex: columns.title)
        summary = try row.decode(atIndex: columns.summary)
        contentText = try row.decode(atIndex: columns.contentText)
        categories = try JSONText.strings(row.decode(atIndex: columns.categories), column: "categories")
        authors = try JSONText.strings(row.decode(atIndex: columns.authors), column: "authors")
        published = try row.decode(atIndex: columns.published)
        updated = try row.decode(atIndex: columns.updated)
        firstSeenAt = try row.decode(atIndex: columns.firstSeenAt)
        lastSeenAt = try row.decode(atIndex: columns.lastSeenAt)
    }
}

/// Where each column of an entry is in the rows of a query: looked up once per query, since
/// GRDB's look-up by name lower-cases the name on every row.
struct EntryColumns {
    let id, feedId, stableID, link, canonicalLink, title, summary, contentText: Int
    let categories, authors, published, updated, firstSeenAt, lastSeenAt: Int

    /// From the query's column names; the first of a name counts, as in GRDB.
    init(_ names: [String]) throws {
        func at(_ name: String) throws -> Int {
            guard let index = names.firstIndex(of: name) else { throw DatabaseError(message: "no \(name) column in the entries read") }
            return index
        }
        id = try at("id")
        feedId = try at("feedId")
        stableID = try at("stableID")
        link = try at("link")
        canonicalLink = try at("canonicalLink")
        title = try at("title")
        summary = try at("summary")
        contentText = try at("contentText")
        categories = try at("categories")
        authors = try at("authors")
        published = try at("published")
        updated = try at("updated")
        firstSeenAt = try at("firstSeenAt")
        lastSeenAt = try at("lastSeenAt")
    }
}

/// An entry with the feed it came from, as `entries(since:)` returns it.
public struct EntryWithFeed: Sendable, Hashable {
    public let entry: StoredEntry
    public let feedURL: String
    public let feedTitle: String?
}

/// An entry as a fetch read it, to be kept.
public struct EntryContent: Sendable, Hashable {
    public let stableID: String
    public let link: String?
    public let canonicalLink: String?
    public let title: String?
    public let summary: String?
    public let contentText: String?
    public let categories: [String]
    public let authors: [String]
    public let published: Date?
    public let updated: Date?

    public init(
        stableID: String, link: String?, canonicalLink: String?, title: String?, summary: String?, contentText: String?,
        categories: [String], authors: [String], published: Date?, updated: Date?
    ) {
        self.stableID = stableID
        self.link = link
        self.canonicalLink = canonicalLink
        self.title = title
        self.summary = summary
        self.contentText = contentText
        self.categories = categories
        self.authors = authors
        self.published = published
        self.updated = updated
    }
}
