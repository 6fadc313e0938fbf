import Foundation

/// Dates as mail writes them: always UTC, English names whatever the locale, built from
/// calendar fields (a shared DateFormatter is neither Sendable nor needed).
enum MailDate {
    static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// RFC 5322 3.3, `Sat, 28 Nov 2026 10:00:00 +0000`.
    static func rfc5322(_ date: Date) -> String {
        let c = fields(date)
        return "\(weekdays[c.weekday! - 1]), \(c.day!) \(months[c.month! - 1]) \(c.year!) \(time(c)) +0000"
    }

    /// C's asctime, as an mbox From_ line ends: `Sat Nov 28 10:00:00 2026`, the day padded
    /// with a space to two places (`Nov  1`).
    static func asctime(_ date: Date) -> String {
        let c = fields(date)
        let day = c.day! < 10 ? " \(c.day!)" : "\(c.day!)"
        return "\(weekdays[c.weekday! - 1]) \(months[c.month! - 1]) \(day) \(time(c)) \(c.year!)"
    }

    private static func fields(_ date: Date) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        return calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
    }

    private static func time(_ c: DateComponents) -> String {
        [c.hour!, c.minute!, c.second!].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
    }
}
