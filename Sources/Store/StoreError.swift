import GRDB

/// Why the store could not do what was asked. Each names the file.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A newer `share` has migrated this store further than this one knows how to read.
    case newerVersion(path: String)
    /// Another process held the store for longer than the busy timeout.
    case busy(path: String)
    /// The file is not a SQLite database, is damaged, or cannot be opened or written.
    case unusable(path: String, reason: String)
    /// No feed has that URL or title.
    case noSuchFeed(String)
    /// More than one feed has that title.
    case ambiguousFeed(String, candidates: [String])

    public var description: String {
        switch self {
        case .newerVersion(let path):
            "\(path): this store was written by a newer version of share; upgrade share to use it (nothing was changed)"
        case .busy(let path):
            "\(path): the store is busy (another share is using it); try again when it has finished"
        case .unusable(let path, let reason):
            "\(path): cannot use the store: \(reason)"
        case .noSuchFeed(let name):
            "no feed with the URL or title '\(name)' (see: share feeds list)"
        case .ambiguousFeed(let name, let candidates):
            "more than one feed is titled '\(name)'; name one by its URL: \(candidates.joined(separator: ", "))"
        }
    }

    init(_ error: any Error, path: String) {
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                self = .busy(path: path)
            case .SQLITE_NOTADB:
                self = .unusable(path: path, reason: "not a share store (not a SQLite database)")
            case .SQLITE_CORRUPT:
                self = .unusable(path: path, reason: "the database is damaged")
            case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY:
                self = .unusable(path: path, reason: error.message ?? "cannot open it")
            default:
                self = .unusable(path: path, reason: error.message ?? "\(error.resultCode)")
            }
        } else {
            self = .unusable(path: path, reason: String(describing: error))
        }
    }
}
