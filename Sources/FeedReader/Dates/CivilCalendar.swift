/// Arithmetic on the proleptic Gregorian calendar, the calendar of RFC 3339 and ISO 8601.
///
/// "Proleptic" means the Gregorian leap-year rule is carried back before its
/// adoption in 1582, so every year, even year 99, has the same kind of months.
/// Feed dates are worked out here with whole numbers only; no `Calendar` is
/// involved, which keeps a date a few dozen nanoseconds of work.
///
/// The day counts follow the well-known "days from civil" method described by
/// Howard Hinnant in *chrono-Compatible Low-Level Date Algorithms*: start the
/// year on 1 March, so that the leap day falls at its very end, and count in
/// 400-year eras of exactly 146,097 days.
enum CivilCalendar {
    /// Days in a 400-year Gregorian era: 400 × 365 plus 97 leap days.
    static let daysPerEra = 146_097

    /// Days from 0000-03-01, the first day of era 0, to 1970-01-01, the Unix epoch.
    static let daysFromEraStartToUnixEpoch = 719_468

    /// Whether `year` has a 29 February: every fourth year, except century
    /// years, except every fourth century (2000 is a leap year, 1900 is not).
    static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// The number of days in `month` (1–12) of `year`.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The number of days in `year`: 366 in a leap year, 365 otherwise.
    static func daysIn(year: Int) -> Int {
        isLeapYear(year) ? 366 : 365
    }

    /// The days from 1970-01-01 to the given date; negative before it.
    ///
    /// The fields must already be a real date.
    static func daysSinceUnixEpoch(year: Int, month: Int, day: Int) -> Int {
        // Count years from 1 March, so January and February belong to the year before.
        let marchYear = month <= 2 ? year - 1 : year
        let era = (marchYear >= 0 ? marchYear : marchYear - 399) / 400
        let yearOfEra = marchYear - era * 400  // 0...399
        let monthFromMarch = (month + 9) % 12  // March is 0, February 11
        let dayOfMarchYear = (153 * monthFromMarch + 2) / 5 + day - 1  // 0...365
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfMarchYear
        return era * daysPerEra + dayOfEra - daysFromEraStartToUnixEpoch
    }

    /// The calendar date `days` days after 1970-01-01: the inverse of
    /// ``daysSinceUnixEpoch(year:month:day:)``.
    static func date(daysSinceUnixEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let daysFromEraZero = days + daysFromEraStartToUnixEpoch
        let era = (daysFromEraZero >= 0 ? daysFromEraZero : daysFromEraZero - (daysPerEra - 1)) / daysPerEra
        let dayOfEra = daysFromEraZero - era * daysPerEra  // 0...146096
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfMarchYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfMarchYear + 2) / 153
        let day = dayOfMarchYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// The month and day of the `ordinal`-th day of `year` (1 is 1 January),
    /// or nil when the year has no such day: ISO 8601 ordinal dates such as
    /// "2003-335" for 1 December 2003.
    static func monthAndDay(ordinal: Int, year: Int) -> (month: Int, day: Int)? {
        guard ordinal >= 1, ordinal <= daysIn(year: year) else { return nil }
        var remaining = ordinal
        var month = 1
        while remaining > daysIn(month: month, year: year) {
            remaining -= daysIn(month: month, year: year)
            month += 1
        }
        return (month, remaining)
    }
}
