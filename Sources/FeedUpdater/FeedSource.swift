import Foundation

/// Where a stored feed URL points: the web, or a local file.
enum FeedSource {
    case web(url: String, host: String)
    case file(path: String)
    case unsupported(scheme: String)

    init(_ url: String) {
        let lowered = url.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
            self = .web(url: url, host: URLComponents(string: url)?.host?.lowercased() ?? url)
        } else if lowered.hasPrefix("file:"), let parsed = URL(string: url), parsed.isFileURL {
            self = .file(path: parsed.path)
        } else if url.hasPrefix("/") {
            self = .file(path: url)
        } else {
            self = .unsupported(scheme: String(url.prefix { $0 != ":" }))
        }
    }

    var isRemote: Bool { if case .web = self { true } else { false } }

    /// What the per-host limit counts by.
    var hostKey: String {
        switch self {
        case .web(_, let host): host
        case .file: "(local files)"
        case .unsupported: "(unsupported)"
        }
    }
}
