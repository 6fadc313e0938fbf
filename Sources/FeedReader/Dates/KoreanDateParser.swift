/// Reads the two Korean date forms that feedparser found in the feeds of
/// Korean blog hosts, both in Korea Standard Time, UTC+9 (Korea has kept no
/// daylight saving time since 1988):
/// - Nate: "2004-05-25 오후 11:23:17", a 12-hour time after 오전 (morning, AM)
///   or 오후 (afternoon, PM). As on any 12-hour clock, 오전 12 is midnight and
///   오후 12 is noon; an hour outside 1–12 is no time.
/// - OnBlog: "2004년 05월 28일 01:31:15", with the year, month and day marked
///   년, 월 and 일, then a 24-hour time. The time may be left out (midnight).
///
/// Hours have one or two digits; minutes and seconds have two.
enum KoreanDateParser {
    static func fields(from start: ByteCursor) -> DateFields? {
        unsafe nateFields(from: start) ?? onBlogFields(from: start)
    }

    /// Korea Standard Time is nine hours ahead of UTC.
    private static let koreaStandardTime = 9 * 3600

    private static let morning = Array("오전".utf8)
    private static let afternoon = Array("오후".utf8)
    private static let yearMark = Array("년".utf8)
    private static let monthMark = Array("월".utf8)
    private static let dayMark = Array("일".utf8)

    private static func nateFields(from start: ByteCursor) -> DateFields? {
        var cursor = unsafe start
        guard unsafe cursor.digitCount == 4, let year = unsafe cursor.readDigits(4),
            unsafe cursor.skip(UInt8(ascii: "-")), unsafe cursor.digitCount == 2, let month = unsafe cursor.readDigits(2),
            unsafe cursor.skip(UInt8(ascii: "-")), unsafe cursor.digitCount == 2, let day = unsafe cursor.readDigits(2),
            unsafe cursor.skipWhitespace()
        else { return nil }
        let isAfternoon: Bool
        if unsafe cursor.skip(morning) {
            isAfternoon = false
        } else if unsafe cursor.skip(afternoon) {
            isAfternoon = true
        } else {
            return nil
        }
        var fields = DateFields(year: year, month: month, day: day, utcOffset: koreaStandardTime)
        guard unsafe cursor.skipWhitespace(),
            unsafe readTime(&cursor, into: &fields), unsafe cursor.isAtEnd,
            (1...12).contains(fields.hour)
        else { return nil }
        fields.hour = fields.hour % 12 + (isAfternoon ? 12 : 0)
        return fields
    }

    private static func onBlogFields(from start: ByteCursor) -> DateFields? {
        var cursor = unsafe start
        guard let year = unsafe readNumber(&cursor, digits: 4...4, mark: yearMark),
            let month = unsafe readNumber(&cursor, digits: 1...2, mark: monthMark),
            let day = unsafe readNumber(&cursor, digits: 1...2, mark: dayMark)
        else { return nil }
        var fields = DateFields(year: year, month: month, day: day, utcOffset: koreaStandardTime)
        if unsafe cursor.isAtEnd { return fields }
        guard unsafe readTime(&cursor, into: &fields), unsafe cursor.isAtEnd else { return nil }
        return fields
    }

    /// A number followed by its mark, such as "05월", with white space allowed
    /// around the mark.
    private static func readNumber(_ cursor: inout ByteCursor, digits: ClosedRange<Int>, mark: [UInt8]) -> Int? {
        guard let number = unsafe cursor.readNumber(digits: digits) else { return nil }
        _ = unsafe cursor.skipWhitespace()
        guard unsafe cursor.skip(mark) else { return nil }
        _ = unsafe cursor.skipWhitespace()
        return number
    }

    /// "11:23:17", the hour of one or two digits.
    private static func readTime(_ cursor: inout ByteCursor, into fields: inout DateFields) -> Bool {
        guard let hour = unsafe cursor.readNumber(digits: 1...2), unsafe cursor.skip(UInt8(ascii: ":")),
            unsafe cursor.digitCount == 2, let minute = unsafe cursor.readDigits(2), unsafe cursor.skip(UInt8(ascii: ":")),
            unsafe cursor.digitCount == 2, let second = unsafe cursor.readDigits(2)
        else { return false }
        (fields.hour, fields.minute, fields.second) = (hour, minute, second)
        return true
    }
}
