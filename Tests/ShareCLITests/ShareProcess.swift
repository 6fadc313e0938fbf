import Foundation
import TestFeedServer

/// Runs the built `share` executable as a user would, and collects what it printed.
struct ShareProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The demo's day: the demo feeds and friends (`Corpus/`) are written around it, so every
    /// run is pinned to it (`SHARE_TODAY`) and the suite passes on any date. A test that is
    /// about another day says so with `--today`.
    static let demoDay = "2026-11-28"

    /// The environment each run gets: this process's, with "today" pinned to the demo's day.
    static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["SHARE_TODAY"] = demoDay
        return environment
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The executable next to the test bundle (SwiftPM builds it first: the tests depend on it).
    static var executable: URL {
        if let path = ProcessInfo.processInfo.environment["SHARE_BIN"] { return URL(fileURLWithPath: path) }
        var directory = Bundle.main.bundleURL
        if directory.pathExtension == "xctest" { directory.deleteLastPathComponent() }
        let beside = directory.appendingPathComponent("share")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("share"),
            packageRoot.appendingPathComponent(".build/debug/share"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? beside
    }

    /// Runs `share` with `arguments`; with `prefix`, runs `/bin/sh arguments… share prefix…`
    /// instead (to set variables such as EDITOR for that run alone).
    /// `environment` replaces variables of `ShareProcess.environment` for this run alone.
    static func run(
        _ arguments: [String], prefix: [String]? = nil, stdin: Data? = nil, in directory: URL = packageRoot,
        environment changes: [String: String] = [:], timeout: Duration = .seconds(120)
    ) throws -> Result {
        let child = try start(arguments, prefix: prefix, stdin: stdin, in: directory, environment: changes)
        return Result(try child.wait(timeout: timeout))
    }

    /// `run`, waiting on a thread of its own: for a long run (seconds), which would otherwise
    /// hold one of the few threads every test shares, and make the tests that race a timer late.
    static func runWithoutBlocking(
        _ arguments: [String], environment changes: [String: String] = [:], timeout: Duration = .seconds(120)
    ) async throws -> Result {
        let child = try start(arguments, prefix: nil, stdin: nil, in: packageRoot, environment: changes)
        return Result(try await child.waitWithoutBlocking(timeout: timeout))
    }

    private static func start(
        _ arguments: [String], prefix: [String]?, stdin: Data?, in directory: URL, environment changes: [String: String]
    ) throws -> ChildProcess {
        try ChildProcess(
            prefix == nil ? executable.path : "/bin/sh",
            prefix.map { arguments + [executable.path] + $0 } ?? arguments,
            environment: environment.merging(changes) { _, changed in changed }, directory: directory.path,
            input: stdin ?? Data()
        )
    }
}

extension ShareProcess.Result {
    init(_ result: ChildProcess.Result) {
        self.init(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }
}
