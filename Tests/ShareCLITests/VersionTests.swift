import XCTest

/// `share --version`, in XCTest (the rest of the suite is Swift Testing): the version people
/// report in bugs, and the one the fetcher's User-Agent names.
final class VersionTests: XCTestCase {
    func testVersionFlagPrintsTheVersionAndExitsZero() throws {
        let result = try ShareProcess.run(["--version"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "0.1.0\n")
    }

    func testAnUnknownCommandIsAUsageError() throws {
        let result = try ShareProcess.run(["no-such-command"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("no-such-command"), result.stderr)
    }
}
