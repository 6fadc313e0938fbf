import Foundation

/// `smtp-sink.py` beside this file as a child process on 127.0.0.1: a real SMTP server that
/// keeps every message it accepts as a file, for delivery tests through msmtp.
public final class TestSMTPSink: @unchecked Sendable {
    // @unchecked: set once in init, then only read.
    let process: Process
    public let port: Int
    public let directory: URL

    public init(refusing address: String? = nil) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("share-smtp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("smtp-sink.py").path, "--directory", directory.path]
            + (address.map { ["--fail-rcpt", $0] } ?? [])
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let byte = output.fileHandleForReading.readData(ofLength: 1)
            guard !byte.isEmpty else { break }
            line.append(byte)
        }
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5)) else {
            process.terminate()
            throw TestFeedServer.ServerError(description: "the SMTP sink did not start: \(text)")
        }
        self.port = port
    }

    deinit {
        guard process.isRunning else { return }
        process.terminate()
        for _ in 0..<50 where process.isRunning { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
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
