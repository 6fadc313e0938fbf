import Foundation
import Store
import Testing

@testable import FeedUpdater

@Suite("Scheduling")
struct SchedulingTests {
    @Test func backoffDoublesFromTheSecondFailureUpToAWeek() {
        let now = Date(timeIntervalSince1970: 0)
        #expect(RetryPolicy.nextAttempt(afterFailures: 1, retryAfter: nil, now: now) == nil)
        #expect(RetryPolicy.nextAttempt(afterFailures: 2, retryAfter: nil, now: now) == Date(timeIntervalSince1970: 3600))
        #expect(RetryPolicy.nextAttempt(afterFailures: 4, retryAfter: nil, now: now) == Date(timeIntervalSince1970: 4 * 3600))
        #expect(RetryPolicy.nextAttempt(afterFailures: 40, retryAfter: nil, now: now) == Date(timeIntervalSince1970: 7 * 86_400))
    }

    @Test func retryAfterWinsWhenLongerButNotBeyondAWeek() {
        let now = Date(timeIntervalSince1970: 0)
        #expect(RetryPolicy.nextAttempt(afterFailures: 1, retryAfter: Date(timeIntervalSince1970: 600), now: now) == Date(timeIntervalSince1970: 600))
        #expect(
            RetryPolicy.nextAttempt(afterFailures: 2, retryAfter: Date(timeIntervalSince1970: 600), now: now) == Date(timeIntervalSince1970: 3600))
        #expect(
            RetryPolicy.nextAttempt(afterFailures: 1, retryAfter: Date(timeIntervalSince1970: 86_400 * 365), now: now)
                == Date(timeIntervalSince1970: 7 * 86_400))
    }

    // Bounded: were the gate to let fewer in than its limit, the second enter below would wait forever.
    @Test(.timeLimit(.minutes(1))) func theGateNeverLetsMoreThanTheLimitIntoOneHost() async {
        let gate = HostGate(limit: 2)
        let counter = Counter()
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<12 {
                group.addTask {
                    let host = index.isMultiple(of: 3) ? "b.example" : "a.example"
                    await gate.enter(host)
                    await counter.enter(host)
                    try? await Task.sleep(for: .milliseconds(5))
                    await counter.leave(host)
                    await gate.leave(host)
                }
            }
        }
        // At most the limit at once; how many were in at once depends on how the tasks were
        // scheduled (a busy machine may run them one by one), so it is not asked for.
        #expect(await counter.highest["a.example"].map { (1...2).contains($0) } == true)
        #expect(await counter.highest["b.example"].map { (1...2).contains($0) } == true)
        // Up to the limit, nobody waits: two enter one host without either leaving.
        await gate.enter("c.example")
        await gate.enter("c.example")
        await gate.leave("c.example")
        await gate.leave("c.example")
    }

    actor Counter {
        var current: [String: Int] = [:]
        var highest: [String: Int] = [:]
        func enter(_ host: String) {
            current[host, default: 0] += 1
            highest[host] = max(highest[host] ?? 0, current[host]!)
        }
        func leave(_ host: String) { current[host, default: 0] -= 1 }
    }
}
