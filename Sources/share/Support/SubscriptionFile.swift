import FeedReader
import Foundation

/// An OPML subscription list on disk (or `-`, standard input).
enum SubscriptionFile {
    /// Reads it, resolving relative `xmlUrl`s against the file's own location. Warnings are
    /// reported on stderr; what could be read is kept.
    static func read(_ path: String) throws -> SubscriptionList {
        let data: Data
        let location: String?
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
            location = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true).absoluteString
        } else {
            guard FileManager.default.fileExists(atPath: path) else { throw InputError(description: "cannot read: No such file or directory") }
            // FileHandle reads a pipe too (`share feeds import <(curl …)`), which
            // FileManager.contents(atPath:) refuses.
            guard let handle = FileHandle(forReadingAtPath: path),
                let contents = try? handle.readToEnd()
            else { throw InputError(description: "cannot read: permission denied or not a file") }
            try? handle.close()
            data = contents
            var status = stat()
            let isRegularFile = stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
            // A pipe has no folder of its own: relative addresses are read from where share runs.
            location =
                isRegularFile
                ? URL(fileURLWithPath: path).standardizedFileURL.absoluteString
                : URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true).absoluteString
        }
        let list = try OPMLReader.read(data, location: location)
        for warning in list.warnings { Terminal.problem("\(path): warning: \(warning)") }
        return list
    }
}
