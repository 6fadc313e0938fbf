import Foundation

/// When a feed may be asked again.
///
/// Rules:
/// - After a success: at once (the next run).
/// - After failures in a row: the first is forgiven (the next run tries again: most failures are
///   a moment's outage); from the second on, wait 1 h, 2 h, 4 h… doubling, at most 7 days.
/// - A `Retry-After` (429, 503) is respected when it asks for longer, up to 7 days (a server
///   asking for a year is not taken at its word).
/// - 410 Gone is not retried at all: the store marks the feed dead.
public enum RetryPolicy {
    public static let longestWait: TimeInterval = 7 * 86_400

    /// When to try again after `failures` consecutive failures (this one included).
    public static func nextAttempt(afterFailures failures: Int, retryAfter: Date?, now: Date) -> Date? {
        var next: Date?
        if failures >= 2 {
            let hours = pow(2, Double(min(failures - 2, 20)))
            next = now.addingTimeInterval(min(hours * 3600, longestWait))
        }
        if let retryAfter, retryAfter > now {
            let capped = min(retryAfter, now.addingTimeInterval(longestWait))
            next = max(next ?? capped, capped)
        }
        return next
    }
}
