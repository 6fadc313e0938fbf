import Foundation

/// A feed address as typed: a URL stays as it is; a file path becomes an absolute `file://` URL,
/// so the store means the same file whatever directory `share` runs in next time.
enum FeedAddress {
    static func normalized(_ argument: String) -> String {
        let lowered = argument.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("file:") { return argument }
        if argument.contains("://") { return argument }
        return URL(fileURLWithPath: argument).standardizedFileURL.absoluteString
    }
}
