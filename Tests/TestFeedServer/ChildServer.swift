import Foundation

/// A Python server script beside this file, run as a child process: it prints "PORT <n>" once
/// it listens, so the tests learn the port without polling or racing.
enum ChildServer {
    static func start(_ script: String, arguments: [String]) throws -> (process: ChildProcess, port: Int) {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(script).path
        // Its error output is the test run's: a server bug shows in the log.
        let process = try ChildProcess("python3", [path] + arguments, stderr: .inherit)
        let deadline = ContinuousClock.now + .seconds(30)
        var text = ""
        while ContinuousClock.now < deadline {
            let output = process.output()
            if let newline = output.firstIndex(of: UInt8(ascii: "\n")) {
                text = String(decoding: output[..<newline], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                break
            }
            guard process.isRunning else { break }
            usleep(5_000)
        }
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5)) else {
            process.stop()
            throw TestFeedServer.ServerError(description: "\(script) did not start: \(text)")
        }
        return (process, port)
    }

    /// SIGTERM, which normally ends it at once; SIGKILL after a second, so a stuck server never
    /// holds up the tests.
    static func stop(_ process: ChildProcess) {
        process.stop()
    }
}
