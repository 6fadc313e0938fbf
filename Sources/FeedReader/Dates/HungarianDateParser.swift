/// Reads the Hungarian date that feedparser found in Hungarian blogs' feeds:
/// W3C-DTF with the month spelled out in Hungarian and the day and hour
/// allowed a single digit, "2004-július-13T9:15-05:00".
///
/// The date may stop after the day (midnight UTC). A time has hours and
/// minutes, and may have seconds; the zone is read as in ``W3CDateParser``,
/// and with no zone the time is UTC.
enum HungarianDateParser {
    static func fields(from start: ByteCursor) -> DateFields? {
        var cursor = unsafe start
        guard unsafe cursor.digitCount == 4, let year = unsafe cursor.readDigits(4), unsafe cursor.skip(UInt8(ascii: "-")) else { return nil }
        let monthName = unsafe cursor.readWord()
        guard !monthName.isEmpty,
            let month = unsafe CalendarNames.hungarianMonth(named: String(decoding: cursor.bytes(in: monthName), as: UTF8.self)),
            unsafe cursor.skip(UInt8(ascii: "-")),
            let day = unsafe cursor.readNumber(digits: 1...2)
        else { return nil }
        var fields = DateFields(year: year, month: month, day: day)
        if unsafe cursor.isAtEnd { return fields }
        guard unsafe cursor.skip(UInt8(ascii: "T")) || cursor.skip(UInt8(ascii: "t")),
            let hour = unsafe cursor.readNumber(digits: 1...2), unsafe cursor.skip(UInt8(ascii: ":")),
            unsafe cursor.digitCount == 2, let minute = unsafe cursor.readDigits(2)
        else { return nil }
        (fields.hour, fields.minute) = (hour, minute)
        if unsafe cursor.skip(UInt8(ascii: ":")) {
            guard unsafe cursor.digitCount == 2, let second = unsafe cursor.readDigits(2) else { return nil }
            fields.second = second
        }
        guard let offset = unsafe W3CDateParser.readZone(&cursor), unsafe cursor.isAtEnd else { return nil }
        fields.utcOffset = offset
        return fields
    }
}
