import Foundation

@testable import FeedReader

/// The test fixtures: tiny documents named for the behaviour they pin down.
enum Fixture {
    static func url(_ name: String) -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            fatalError("no fixture named \(name)")
        }
        return url
    }

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: url(name))
    }

    static func feed(_ name: String, documentURL: String? = nil, contentType: String? = nil) throws -> Feed {
        try FeedParser.parse(data(name), options: FeedParserOptions(documentURL: documentURL, contentType: contentType))
    }

    /// The package's root folder, for files outside the test bundle (the contract, the Corpus).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }
}

extension Date {
    /// "2026-11-24T11:15:00Z": compact to compare in expectations.
    var utc: String { RFC3339.string(from: self) }
}
