import Foundation
import TestFeedServer
import Testing

/// `share parse URL` against a real HTTP server on 127.0.0.1 (Python's http.server, serving the
/// test fixtures).
@Suite("share parse over HTTP", .serialized)
struct ParseURLTests {
    /// Starts `python3 -m http.server` on a free port and returns it with its process.
    static func startServer() throws -> (ChildProcess, Int) {
        let directory = ShareProcess.packageRoot.appendingPathComponent("Tests/FeedReaderTests/Fixtures").path
        for _ in 0..<20 {
            let port = Int.random(in: 20_000...60_000)
            let server = try ChildProcess(
                "python3", ["-m", "http.server", "--bind", "127.0.0.1", "--directory", directory, String(port)],
                stdout: .discard, stderr: .discard
            )
            // Wait until it answers (or has died because the port was taken).
            for _ in 0..<50 {
                usleep(100_000)
                if !server.isRunning { break }
                if isListening(port) { return (server, port) }
            }
            server.stop()
        }
        throw InputError(description: "could not start a test HTTP server")
    }

    struct InputError: Error { let description: String }

    static func isListening(_ port: Int) -> Bool {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }

    @Test func aFeedIsFetchedAndItsLinksResolveAgainstItsURL() throws {
        let (server, port) = try Self.startServer()
        defer { server.stop() }
        let result = try ShareProcess.run(["parse", "--format", "json", "http://127.0.0.1:\(port)/rss2-every-field.xml"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(json?["title"] as? String == "The Baker & the Runner")
        // The channel's own <link> is no base: the URL the feed came from is.
        #expect(json?["image"] as? String == "http://127.0.0.1:\(port)/logo.png")
    }

    @Test func aMissingFeedIsOneLineOnStderrAndExitOne() throws {
        let (server, port) = try Self.startServer()
        defer { server.stop() }
        let url = "http://127.0.0.1:\(port)/no-such-feed.xml"
        let result = try ShareProcess.run(["parse", url, "Tests/FeedReaderTests/Fixtures/rss1-rdf-dublin-core.rdf"])
        #expect(result.status == 1)
        #expect(result.stderr == "share: \(url): HTTP 404 Not Found\n")
        #expect(result.stdout.contains("Birders' Digest"), "one bad feed never stops the rest")
    }

    @Test func anUnreachableServerIsAClearError() throws {
        let result = try ShareProcess.run(["parse", "http://127.0.0.1:9/feed.xml"])
        #expect(result.status == 1)
        #expect(result.stderr == "share: http://127.0.0.1:9/feed.xml: could not connect: connection refused\n")
    }
}
