import FeedFetcher
import Foundation

/// `feed-server.py` beside this file, as a child process on 127.0.0.1: a real HTTP server with every
/// behaviour a feed fetcher meets (validators, gzip, redirects, errors, hangs, pages).
public final class TestFeedServer: @unchecked Sendable {
    // @unchecked: set once in init, then only read.
    let process: ChildProcess
    public let port: Int

    public init(directory: String? = nil) throws {
        (process, port) = try ChildServer.start("feed-server.py", arguments: ["--port", "0"] + (directory.map { ["--directory", $0] } ?? []))
    }

    deinit {
        ChildServer.stop(process)
    }

    public struct ServerError: Error, CustomStringConvertible { public let description: String }

    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// GETs a control route (`/_bump/name`, `/_reset`) and returns the body.
    @discardableResult
    public func control(_ path: String) async throws -> [UInt8] {
        let client = HTTPFetcher(userAgent: "share-tests (control)")
        defer { Task { await client.shutdown() } }
        return try await client.fetch(url(path)).bytes
    }

    public struct LoggedRequest: Decodable, Sendable {
        public let method: String
        public let path: String
        public let if_none_match: String?
        public let if_modified_since: String?
        public let user_agent: String?
        public let accept_encoding: String?
    }

    /// Every request the server has seen (control routes excepted).
    public func requests() async throws -> [LoggedRequest] {
        try JSONDecoder().decode([LoggedRequest].self, from: Data(await control("/_requests")))
    }
}
