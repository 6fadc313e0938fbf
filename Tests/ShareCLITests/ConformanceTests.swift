import Foundation
import TestFeedServer
import Testing

/// The outside conformance suite (part of feedparser's tests, in ../shared/conformance), run
/// against the built `share parse` exactly as its README says. The floor is 95% of the cases.
@Suite("Conformance with feedparser's suite")
struct ConformanceTests {
    /// The suite, beside the project in CI; a fresh clone has none, and the test says it is skipped.
    static let suite = ShareProcess.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/conformance")

    static let isSuiteBeside = FileManager.default.fileExists(atPath: suite.appendingPathComponent("fpsuite.py").path)

    @Test(.enabled(if: isSuiteBeside, "skipped: the outside conformance suite is not beside the project (../shared/conformance)"))
    func atLeastNinetyFivePercentOfTheCasesPass() async throws {
        let suite = Self.suite
        let run = try await ChildProcess(
            "python3",
            [
                suite.appendingPathComponent("fpsuite.py").path, suite.appendingPathComponent("cases").path,
                "--with-http", "--list-failures",
                "--cmd", "\(ShareProcess.executable.path) parse --format json --base-url {base_url} --content-type {content_type} {file}",
            ]
        ).waitWithoutBlocking(timeout: .seconds(900))
        let text = run.stdout + run.stderr
        let last = run.stdout.split(separator: "\n").last.map(String.init) ?? ""
        let numbers = last.split(separator: " ").compactMap { Int($0) }
        try #require(numbers.count == 2, "the runner's last line is 'N passed, M failed': \(last)")
        let (passed, failed) = (numbers[0], numbers[1])
        // The figures, for the CI log: not the runner's "N passed, M failed" form, which a log
        // reader could take for the suite's closing line.
        print("Conformance with feedparser's suite: \(passed) of \(passed + failed) cases pass")
        #expect(passed + failed >= 400, "the suite ran")
        #expect(Double(passed) >= 0.95 * Double(passed + failed), "\(passed) passed, \(failed) failed:\n\(text)")
    }
}
