import Foundation
import GRDB

/// What share remembers between runs, in one SQLite file: the feeds a user follows, the
/// entries they held, and how fetching them went.
///
/// Rules:
/// - The schema is versioned by migrations, from the first table on (`StoreMigrations`). A store
///   that a newer `share` has migrated further is refused, never written to.
/// - WAL mode (`DatabasePool`): readers never block the writer. Two processes writing at once
///   wait for each other up to `busyTimeout` (10 s by default), then fail with `StoreError.busy`;
///   SQLite's locking keeps the file whole either way.
/// - Every change that belongs together (a feed's fetch result and its entries) is one
///   transaction: a run killed half-way leaves each feed as it was before or after, never between.
/// - `synchronous = NORMAL`, SQLite's recommendation for WAL: a crash of the process loses
///   nothing committed; a power cut may lose the last transactions, never corrupt the file.
public final class FeedStore: Sendable {
    /// The file, as opened.
    public let path: String
    let pool: DatabasePool

    /// Opens the store at `path`, creating the file and its directory when missing, and brings
    /// its schema up to date.
    public init(path: String, busyTimeout: TimeInterval = 10) throws(StoreError) {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw StoreError.unusable(path: path, reason: "cannot create the directory \(directory): \(error.localizedDescription)")
            }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError(error, path: path)
        }
        let migrator = StoreMigrations.migrator
        do {
            // On the writer, not a reader: a reader connection that read the schema before the
            // migration would go on with the old columns ("column not found" on the first read
            // after an upgrade).
            if try pool.writeWithoutTransaction({ try migrator.hasBeenSuperseded($0) }) {
                throw StoreError.newerVersion(path: path)
            }
            try migrator.migrate(pool)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(error, path: path)
        }
    }

    /// Runs `body` in one write transaction, turning GRDB's errors into `StoreError`s that name
    /// the file.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(error, path: path)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(error, path: path)
        }
    }
}
