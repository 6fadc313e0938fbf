import Foundation

/// A calendar date and time of day as a feed wrote them, with the offset
/// from UTC that the text named.
///
/// The parsers only read fields; they do not judge them. Whether the fields
/// name a real moment is decided once, here, by ``instant``.
struct DateFields {
    var year: Int
    /// 1 is January.
    var month: Int
    var day: Int
    var hour = 0
    var minute = 0
    var second = 0
    /// Billionths of a second past `second`, from a fraction such as ".538".
    var nanosecond = 0
    /// How far the written local time is ahead of UTC, in seconds:
    /// "+10:00" is 36,000, "EST" is -18,000. Zero when no zone was written.
    var utcOffset = 0

    /// The instant these fields name, or nil when they name no real time.
    ///
    /// Nothing is ever corrected or rolled over: 30 February, month 13,
    /// 25:00 and 10:61 are all nil, never a guess at what was meant. The one
    /// second-60 allowed is the leap second of RFC 3339 section 5.7, and only
    /// as the last second of a minute; like every clock that counts in Unix
    /// time, it comes out as the first second of the next minute.
    var instant: Date? {
        guard (1...12).contains(month),
            day >= 1, day <= CivilCalendar.daysIn(month: month, year: year),
            (0...23).contains(hour),
            (0...59).contains(minute),
            (0...59).contains(second) || (second == 60 && minute == 59),
            (0..<1_000_000_000).contains(nanosecond),
            abs(utcOffset) < 24 * 3600
        else { return nil }
        let days = CivilCalendar.daysSinceUnixEpoch(year: year, month: month, day: day)
        let localSeconds = days * 86_400 + hour * 3600 + minute * 60 + second
        let seconds = localSeconds - utcOffset
        return Date(timeIntervalSince1970: Double(seconds) + Double(nanosecond) / 1e9)
    }

    /// The full year meant by a year written with fewer than four digits,
    /// by the rule of RFC 5322 section 4.3: 00–49 are 2000–2049, 50–99 are
    /// 1950–1999, and a three-digit year has 1900 added ("104", the classic
    /// output of C's `tm_year` written as is, is 2004). Four digits are taken
    /// as written, so "0100" is the year 100.
    static func fullYear(_ year: Int, digitCount: Int) -> Int {
        switch digitCount {
        case ...2: year < 50 ? 2000 + year : 1900 + year
        case 3: 1900 + year
        default: year
        }
    }
}
