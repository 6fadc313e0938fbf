/// Reads the dates written with a month name: RFC 822 section 5 as updated by
/// RFC 1123 section 5.2.14, which is the date of RSS 2.0's pubDate
/// ("Thu, 01 Jan 2004 19:48:21 GMT"), and its relatives in the wild:
/// - RFC 850's USENET date, "Thursday, 01-Jan-04 19:48:21 GMT";
/// - C's asctime, "Sun Jan  4 16:29:06 2004";
/// - Twitter's, with the zone before the year, "Sun Jul 15 01:16:00 +0000 2012";
/// - JavaScript's `Date.toString`, "Thu Aug 30 2012 17:26:16 GMT+0200 (CEST)";
/// - RFC 822 with Greek names, "Κυρ, 11 Ιούλ 2004 12:00:00 EST".
///
/// Rather than one fixed layout, the text is read as a row of pieces, each
/// known by its shape, and each allowed once:
/// - A weekday may come first, and is then ignored, even when it is the
///   wrong day for the date: the day of the month is what feeds mean.
/// - The month is a name, in full or cut short ("Jan", "Sept", "January"),
///   in any letter case; see ``CalendarNames``.
/// - The day is a number of one or two digits. The year is a number of two
///   to four digits that comes after both; a two- or three-digit year is
///   completed by RFC 5322 section 4.3 (see ``DateFields/fullYear(_:digitCount:)``).
/// - The time is "hh:mm" or "hh:mm:ss" with minutes and seconds of two digits;
///   RFC 822 makes seconds optional. "AM" or "PM" may follow it.
/// - The zone comes after the time, or after the year in a date without one:
///   "+hhmm", a name from ``UTCOffsets`` including the military letters, or
///   "GMT" followed by an offset. With no zone, the time is UTC.
/// - Spaces, tabs and commas separate the pieces, in any number. Until the
///   year or time is read, "-" separates them too, as in "01-Jan-04"; after,
///   it starts an offset. A "." may end a name ("Jan."), and a comment in
///   parentheses is skipped, as RFC 822 section 3.4.3 allows.
/// - Anything else, such as a second time or a word that is no name, makes
///   the text no date at all.
enum RFC822DateParser {
    static func fields(from start: ByteCursor) -> DateFields? {
        var cursor = unsafe start
        var pieces = Pieces()
        while true {
            unsafe skipSeparators(&cursor, hyphensToo: pieces.year == nil && pieces.hour == nil)
            guard let byte = unsafe cursor.current else { break }
            let understood =
                switch byte {
                case _ where DateByte.isDigit(byte): unsafe pieces.readNumberOrTime(&cursor)
                case UInt8(ascii: "+"), UInt8(ascii: "-"): unsafe pieces.readOffset(&cursor)
                case UInt8(ascii: "("): unsafe skipComment(&cursor)
                case _ where DateByte.isWordPart(byte): unsafe pieces.readWord(&cursor)
                default: false
                }
            guard understood else { return nil }
        }
        return pieces.fields
    }

    private static func skipSeparators(_ cursor: inout ByteCursor, hyphensToo: Bool) {
        while let byte = unsafe cursor.current {
            if DateByte.isWhitespace(byte) || byte == UInt8(ascii: ",") {
                unsafe cursor.advance()
            } else if hyphensToo, byte == UInt8(ascii: "-"), let previous = unsafe cursor.byte(at: -1),
                DateByte.isDigit(previous) || DateByte.isWordPart(previous)
            {
                unsafe cursor.advance()
            } else {
                return
            }
        }
    }

    /// Steps over a comment such as "(CEST)", which may hold comments of its own.
    private static func skipComment(_ cursor: inout ByteCursor) -> Bool {
        var depth = 0
        while let byte = unsafe cursor.current {
            unsafe cursor.advance()
            if byte == UInt8(ascii: "(") { depth += 1 }
            if byte == UInt8(ascii: ")") { depth -= 1 }
            if depth == 0 { return true }
        }
        return false
    }
}

/// The pieces of a worded date read so far.
private struct Pieces {
    var hasWeekday = false
    var day: Int?
    var month: Int?
    var year: Int?
    var hour: Int?
    var minute = 0
    var second = 0
    var hasMeridiem = false
    var utcOffset: Int?
    /// After "GMT" or "UTC", an offset may still follow: "GMT+0200".
    var offsetMayFollow = false

    var fields: DateFields? {
        guard let day, let month, let year else { return nil }
        return DateFields(
            year: year, month: month, day: day,
            hour: hour ?? 0, minute: minute, second: second,
            utcOffset: utcOffset ?? 0)
    }

    private var isEmpty: Bool {
        !hasWeekday && day == nil && month == nil && year == nil && hour == nil && utcOffset == nil
    }

    /// A day, a year or a time, told apart by their digits and what has come before.
    mutating func readNumberOrTime(_ cursor: inout ByteCursor) -> Bool {
        let digitCount = unsafe cursor.digitCount
        if unsafe cursor.byte(at: digitCount) == UInt8(ascii: ":") {
            return unsafe readTime(&cursor)
        }
        guard let number = unsafe cursor.readNumber(digits: 1...4) else { return false }
        if digitCount <= 2, day == nil {
            day = number
        } else if digitCount >= 2, year == nil, day != nil, month != nil {
            year = DateFields.fullYear(number, digitCount: digitCount)
        } else {
            return false
        }
        return true
    }

    private mutating func readTime(_ cursor: inout ByteCursor) -> Bool {
        guard hour == nil,
            let hour = unsafe cursor.readNumber(digits: 1...2),
            unsafe cursor.skip(UInt8(ascii: ":")),
            unsafe cursor.digitCount == 2, let minute = unsafe cursor.readDigits(2)
        else { return false }
        (self.hour, self.minute) = (hour, minute)
        if unsafe cursor.skip(UInt8(ascii: ":")) {
            guard unsafe cursor.digitCount == 2, let second = unsafe cursor.readDigits(2) else { return false }
            self.second = second
        }
        return true
    }

    mutating func readOffset(_ cursor: inout ByteCursor) -> Bool {
        guard hour != nil || year != nil,
            utcOffset == nil || offsetMayFollow,
            let offset = unsafe UTCOffsets.readNumericOffset(&cursor)
        else { return false }
        utcOffset = offset
        offsetMayFollow = false
        return true
    }

    /// A weekday, a month, "AM" or "PM", or a zone.
    mutating func readWord(_ cursor: inout ByteCursor) -> Bool {
        let word = unsafe cursor.bytes(in: cursor.readWord())
        _ = unsafe cursor.skip(UInt8(ascii: "."))
        if isEmpty, unsafe CalendarNames.isWeekday(word) {
            hasWeekday = true
        } else if month == nil, let month = unsafe CalendarNames.month(named: word) {
            self.month = month
        } else if let hour, !hasMeridiem, utcOffset == nil, let isAfternoon = unsafe Self.meridiem(word) {
            // The 12-hour clock: 12 AM is midnight, 12 PM is noon.
            guard (1...12).contains(hour) else { return false }
            self.hour = hour % 12 + (isAfternoon ? 12 : 0)
            hasMeridiem = true
        } else if hour != nil || year != nil, utcOffset == nil,
            let offset = unsafe UTCOffsets.offset(named: word, militaryLetters: true)
        {
            utcOffset = offset
            offsetMayFollow = unsafe UTCOffsets.isUniversalName(word)
        } else {
            return false
        }
        return true
    }

    /// Whether `word` is "PM" (true) or "AM" (false), in any case; nil for other words.
    private static func meridiem(_ word: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard word.count == 2, unsafe DateByte.lowercased(word[1]) == UInt8(ascii: "m") else { return nil }
        switch unsafe DateByte.lowercased(word[0]) {
        case UInt8(ascii: "a"): return false
        case UInt8(ascii: "p"): return true
        default: return nil
        }
    }
}
