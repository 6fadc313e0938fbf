import Foundation

/// `smtp-sink.py` beside this file as a child process on 127.0.0.1: a real SMTP server that
/// keeps every message it accepts as a file, for delivery tests through msmtp.
public final class TestSMTPSink: @unchecked Sendable {
    // @unchecked: set once in init, then only read.
    let process: ChildProcess
    public let port: Int
    public let directory: URL

    public init(refusing address: String? = nil) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("share-smtp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        (process, port) = try ChildServer.start(
            "smtp-sink.py", arguments: ["--directory", directory.path] + (address.map { ["--fail-rcpt", $0] } ?? []))
    }

    deinit {
        ChildServer.stop(process)
    }

    /// The messages received so far, in order, as files.
    public func messages() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "eml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The envelope recipients of message `number` (1-based).
    public func recipients(ofMessage number: Int) throws -> [String] {
        let data = try Data(contentsOf: directory.appendingPathComponent(String(format: "%04d.json", number)))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return object?["rcpt_to"] as? [String] ?? []
    }

    /// The msmtp command that delivers here.
    public func msmtp(from: String) -> String {
        "msmtp --host=127.0.0.1 --port=\(port) --auth=off --tls=off --from=\(from) -t"
    }
}
