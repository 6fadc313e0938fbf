import Foundation

/// A calendar day written `YYYY-MM-DD` (ISO 8601's extended date, as YAML 1.2 users write it),
/// held as a `Date` at midnight UTC so that the same day is the same `Date` wherever it is read.
public enum CalendarDay {
    /// The day `text` names, or `nil` unless it is exactly `YYYY-MM-DD` and a real date
    /// (so `2026-02-30` is refused rather than rolled into March).
    public static func date(parsing text: String) -> Date? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.map(\.count) == [4, 2, 2],
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = utcCalendar.date(from: components) else { return nil }
        let check = utcCalendar.dateComponents([.year, .month, .day], from: date)
        guard check.year == year, check.month == month, check.day == day else { return nil }
        return date
    }

    /// `YYYY-MM-DD` for the UTC day `date` falls on.
    public static func string(from date: Date) -> String {
        let components = utcCalendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", components.year ?? 0, components.month ?? 0, components.day ?? 0)
    }

    private static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}

extension Character {
    /// `0`–`9` only: `isNumber` also takes other scripts' digits and fractions.
    var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
