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

    /// The date entries are told apart by, newest first: published, else updated, else first seen.
    var sortDate: Date { published ?? updated ?? firstSeenAt }
}

extension StoredEntry {
    /// Reads the entry column by column; a value of the wrong kind is an error, not a crash.
    public init(row: Row) throws {
        try self.init(row: row, columns: EntryColumns(Array(row.columnNames)))
    }

    /// Reads the entry from the columns at `columns`. GRDB's Codable reading, which this replaces,
    /// took most of `entries(since:)`: a tenth of `share match` over 20,000 entries.
    init(row: Row, columns: EntryColumns) throws {
        let reader = ColumnReader(row: row, id: columns.id)
        id = try reader.value(at: columns.id, "id", as: "a number")
        feedId = try reader.value(at: columns.feedId, "feedId", as: "a number")
        stableID = try reader.value(at: columns.stableID, "stableID", as: "text")
        link = try reader.value(at: columns.link, "link", as: "text")
        canonicalLink = try reader.value(at: columns.canonicalLink, "canonicalLink", as: "text")
        title = try reader.value(at: columns.title, "title", as: "text")
        summary = try reader.value(at: columns.summary, "summary", as: "text")
        contentText = try reader.value(at: columns.contentText, "contentText", as: "text")
        categories = try reader.strings(at: columns.categories, "categories")
        authors = try reader.strings(at: columns.authors, "authors")
        published = try reader.value(at: columns.published, "published", as: "a date")
        updated = try reader.value(at: columns.updated, "updated", as: "a date")
        firstSeenAt = try reader.value(at: columns.firstSeenAt, "firstSeenAt", as: "a date")
        lastSeenAt = try reader.value(at: columns.lastSeenAt, "lastSeenAt", as: "a date")
    }
}

/// Reads one row's columns, and says in one line which entry and which column could not be
/// read: GRDB's own error prints the whole row and the query, a screenful for one bad date.
private struct ColumnReader {
    let row: Row
    /// The index of the entry's id, to name it.
    let id: Int

    func value<Value: DatabaseValueConvertible>(at index: Int, _ column: String, as kind: String) throws -> Value {
        do {
            return try row.decode(atIndex: index)
        } catch {
            throw unreadable(at: index, column, kind)
        }
    }

    /// A list kept as JSON text (``JSONText``).
    func strings(at index: Int, _ column: String) throws -> [String]? {
        guard let text: String = try value(at: index, column, as: "text") else { return nil }
        guard let strings = JSONText.strings(text) else { throw unreadable(at: index, column, "a JSON list of strings") }
        return strings
    }

    private func unreadable(at index: Int, _ column: String, _ kind: String) -> DatabaseError {
        let number: Int64? = (try? row.decode(atIndex: id)) ?? nil
        let entry = number.map { "entry \($0)" } ?? "an entry"
        let found = String(String(describing: row[index] as DatabaseValue).prefix(60))
        return DatabaseError(message: "\(entry) holds \(found) in its \(column) column, which is not \(kind)")
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
    /// The friend whose own feed it came from, or nil for a subscription.
    public let friendKey: String?
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
