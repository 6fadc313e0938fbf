import Foundation
import TestFeedServer
import Testing

/// The tests' own process runner: a hang becomes a failure that names the command, and a child
/// that ends at once is always seen to end (Foundation's `waitUntilExit` once missed one and
/// spun until CI's time ran out).
@Suite("ChildProcess")
struct ChildProcessTests {
    @Test func aChildThatOutlivesItsDeadlineIsKilledAndNamed() throws {
        let child = try ChildProcess("/bin/sh", ["-c", "sleep 30 & sleep 30"])
        let started = ContinuousClock.now
        #expect {
            try child.wait(timeout: .seconds(1))
        } throws: { error in
            String(describing: error).contains("/bin/sh -c sleep 30 & sleep 30 did not end within")
        }
        #expect(ContinuousClock.now - started < .seconds(10))
        #expect(!child.isRunning)
        // The background sleep was killed with its group; init reaps it a moment later.
        var groupIsGone = false
        for _ in 0..<200 where !groupIsGone {
            groupIsGone = kill(-child.pid, 0) == -1
            usleep(10_000)
        }
        #expect(groupIsGone, "the whole process group is gone, the background sleep too")
    }

    @Test func childrenThatEndAtOnceAreAlwaysSeenToEnd() throws {
        for _ in 0..<50 {
            let result = try ChildProcess("/bin/sh", ["-c", "exit 3"]).wait(timeout: .seconds(10))
            #expect(result.status == 3)
        }
    }

    @Test func inputGoesInAndBothOutputsComeBack() throws {
        let result = try ChildProcess("/bin/sh", ["-c", "tr a-z A-Z; echo oops >&2"], input: Data("hello".utf8)).wait()
        #expect(result.stdout == "HELLO")
        #expect(result.stderr == "oops\n")
        #expect(result.status == 0 && !result.wasSignaled)
    }
}
