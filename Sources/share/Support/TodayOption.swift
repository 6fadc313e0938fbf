import ArgumentParser
import Contacts
import Foundation

/// `--today YYYY-MM-DD`: the day a command acts as if it were run on ("what would I send on
/// Friday?"), taken by every command whose answer depends on the date.
///
/// Which day, in order: `--today`, then `$SHARE_TODAY`, then the system clock. A pinned day
/// stands for its last second in the user's time zone (23:59:59), so every entry of that day
/// is in, and birthdays and cadences count from that calendar day.
///
/// Fetching (`fetch`, `feeds add`, and the fetch before `suggest`) takes it for one thing
/// only, the window of entries worth keeping; HTTP validators, `Retry-After` and back-off
/// keep the real clock the servers keep.
struct TodayOption: ParsableArguments {
    @Option(
        name: .customLong("today"),
        help: ArgumentHelp(
            "Act as if today were this day, YYYY-MM-DD (else $SHARE_TODAY, else the clock).",
            valueName: "date"
        )
    )
    var day: DayArgument?

    /// The moment the command acts at.
    var now: Date {
        get throws { try pinned ?? Date() }
    }

    /// The pinned day's last second, or nil when the day was not pinned (the clock's).
    var pinned: Date? {
        get throws {
            if let day { return day.endOfDay }
            if let variable = ProcessInfo.processInfo.environment["SHARE_TODAY"], !variable.isEmpty {
                guard let day = DayArgument(argument: variable) else {
                    throw InputError(description: "SHARE_TODAY is '\(variable)': it takes a date as YYYY-MM-DD")
                }
                return day.endOfDay
            }
            return nil
        }
    }
}

/// A day given on the command line, YYYY-MM-DD (read by `Contacts.CalendarDay`, the one rule
/// for written days), placed in the user's time zone.
struct DayArgument: ExpressibleByArgument, Comparable {
    /// The day's midnight UTC, as `CalendarDay` holds days: comparable, and the same everywhere.
    let utcMidnight: Date

    init?(argument: String) {
        guard let date = CalendarDay.date(parsing: argument.trimmingCharacters(in: .whitespaces)) else { return nil }
        utcMidnight = date
    }

    /// The day `date` falls on in the user's time zone.
    init(containing date: Date) {
        let local = Calendar.current.dateComponents([.year, .month, .day], from: date)
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        utcMidnight = utc.date(from: DateComponents(year: local.year, month: local.month, day: local.day)) ?? date
    }

    /// Noon of this day in the user's time zone: a contact "on" a day, away from either end.
    var noon: Date { local(hour: 12, minute: 0, second: 0) }

    /// The last second of this day in the user's time zone.
    var endOfDay: Date { local(hour: 23, minute: 59, second: 59) }

    private func local(hour: Int, minute: Int, second: Int) -> Date {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let day = utc.dateComponents([.year, .month, .day], from: utcMidnight)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let components = DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute, second: second)
        return calendar.date(from: components) ?? utcMidnight
    }

    static func < (left: DayArgument, right: DayArgument) -> Bool { left.utcMidnight < right.utcMidnight }

    var description: String { CalendarDay.string(from: utcMidnight) }
}
