import Foundation

/// Dates as the contract writes them: RFC 3339 in UTC, `2004-01-01T19:48:21Z`.
public enum RFC3339 {
    public static func string(from date: Date) -> String {
        FeedDateParser.rfc3339String(from: date)
    }
}
