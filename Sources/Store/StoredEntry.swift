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
    /// GRDB's Codable reading, which this replaces, took most of `entries(since:)`: a tenth of
    /// `share match` over 20,000 entries.
    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        feedId = try row.decode(forColumn: "feedId")
        stableID = try row.decode(forColumn: "stableID")
        link = try row.decode(forColumn: "link")
        canonicalLink = try row.decode(forColumn: "canonicalLink")
        title = try row.decode(forColumn: "title")
        summary = try row.decode(forColumn: "summary")
        contentText = try row.decode(forColumn: "contentText")
        categories = try JSONText.strings(row.decode(forColumn: "categories"), column: "categories")
        authors = try JSONText.strings(row.decode(forColumn: "authors"), column: "authors")
        published = try row.decode(forColumn: "published")
        updated = try row.decode(forColumn: "updated")
        firstSeenAt = try row.decode(forColumn: "firstSeenAt")
        lastSeenAt = try row.decode(forColumn: "lastSeenAt")
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
