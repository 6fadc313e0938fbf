import ArgumentParser
import Foundation
import Store

/// `--store PATH`, which every command that keeps state takes.
///
/// Where the store is, in order: `--store PATH`, then `SHARE_STORE`, then
/// `$XDG_DATA_HOME/share/share.sqlite` (`~/.local/share/share/share.sqlite`).
struct StoreOption: ParsableArguments {
    @Option(name: .customLong("store"), help: ArgumentHelp("The store (SQLite) file.", valueName: "path"))
    var path: String?

    /// Whether the store is where share puts it by default (neither --store nor SHARE_STORE).
    var isDefaultLocation: Bool {
        (path ?? "").isEmpty && (ProcessInfo.processInfo.environment["SHARE_STORE"] ?? "").isEmpty
    }

    var resolvedPath: String {
        let environment = ProcessInfo.processInfo.environment
        if let path, !path.isEmpty { return path }
        if let variable = environment["SHARE_STORE"], !variable.isEmpty { return variable }
        return UserDirectories.data + "/share.sqlite"
    }

    /// Opens (creating when missing) the store.
    func open() throws -> FeedStore {
        let path = resolvedPath
        // share's own store, where the user never chose a mode: say when others can read it.
        if isDefaultLocation { Terminal.warnIfReadableByOthers(path) }
        return try FeedStore(path: path)
    }
}
