import Foundation
import Testing

@testable import FeedFetcher

/// `Retry-After` in both of RFC 9110's forms (section 10.2.3), and what is not one.
@Suite("Retry-After")
struct RetryAfterTests {
    let now = Date(timeIntervalSince1970: 1_795_860_000)

    @Test func secondsCountFromNow() {
        #expect(RetryAfter.date(from: "120", now: now) == now.addingTimeInterval(120))
        #expect(RetryAfter.date(from: " 0 ", now: now) == now)
    }

    @Test(arguments: ["Sat, 28 Nov 2026 12:00:00 GMT", "Saturday, 28-Nov-26 12:00:00 GMT", "Sat Nov 28 12:00:00 2026"])
    func everyHTTPDateFormIsRead(value: String) {
        #expect(RetryAfter.date(from: value, now: now) == Date(timeIntervalSince1970: 1_795_867_200))
    }

    @Test(arguments: ["soon", "-5", "1.5", "", "٣"])
    func anythingElseIsIgnored(value: String) {
        #expect(RetryAfter.date(from: value, now: now) == nil)
    }
}
