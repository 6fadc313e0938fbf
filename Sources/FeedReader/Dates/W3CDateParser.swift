/// Reads the ISO 8601 family of dates: RFC 3339, the date of Atom
/// ("2003-12-31T10:14:55Z"), W3C-DTF, the date of Dublin Core's dc:date in
/// RSS 1.0 ("2003-12-31"), and the older ISO 8601 forms some feeds still write.
///
/// The rules, beyond RFC 3339 itself:
/// - The date may stop at the month ("2003-12") or the year ("2003"), as
///   W3C-DTF allows; the missing parts are the first month and day. A date
///   without a time is midnight UTC.
/// - ISO 8601's compact forms are read too: "20031231", "20031231T101455Z",
///   and ordinal dates, day-of-year, such as "2003-335" and "2003335".
/// - So are ISO 8601:1988's two-digit years, "031231", "03335", "03-12-31",
///   and "-0312" for December 2003. Their century is that of RFC 5322
///   section 4.3 (see ``DateFields/fullYear(_:digitCount:)``).
/// - Forms that leave out the year ("--12-31", "---31") are not read: their
///   year would have to be guessed from today's date.
/// - The time may follow a "T", a "t" or spaces ("2004-07-08 23:56:58", as
///   MySQL writes it). It has hours and minutes, and may have seconds with a
///   fraction after "." or ",", in extended ("10:14:55") or compact ("101455")
///   form. The fraction is kept, to the nanosecond.
/// - The zone may be "Z" or "z", "+hh:mm", "+hhmm" or "+hh", or one of the
///   names in ``UTCOffsets``, and may stand after a space. With no zone, the
///   time is UTC.
/// - Anything else after the date, such as "2013-01-28T11:30:00-06:00Textra",
///   makes it no date at all.
enum W3CDateParser {
    static func fields(from start: ByteCursor) -> DateFields? {
        var cursor = unsafe start
        guard let (date, hasDay) = unsafe readDate(&cursor) else { return nil }
        var fields = date
        if unsafe cursor.isAtEnd { return fields }
        guard hasDay,
            unsafe readTimeDesignator(&cursor),
            unsafe readTime(&cursor, into: &fields),
            let offset = unsafe readZone(&cursor),
            unsafe cursor.isAtEnd
        else { return nil }
        fields.utcOffset = offset
        return fields
    }

    /// Reads the zone after a time, if any, as seconds ahead of UTC: zero when
    /// the text ends first. Nil for a zone that can't be read.
    static func readZone(_ cursor: inout ByteCursor) -> Int? {
        _ = unsafe cursor.skipWhitespace()
        switch unsafe cursor.current {
        case nil:
            return 0
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            unsafe cursor.advance()
            return 0
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            return unsafe UTCOffsets.readNumericOffset(&cursor)
        default:
            let word = unsafe cursor.readWord()
            guard !word.isEmpty else { return nil }
            return unsafe UTCOffsets.offset(named: cursor.bytes(in: word), militaryLetters: false)
        }
    }

    // MARK: - The date

    /// Reads a date in any of the forms above, and says whether it went as far
    /// as the day, which a time needs before it.
    private static func readDate(_ cursor: inout ByteCursor) -> (DateFields, hasDay: Bool)? {
        if unsafe cursor.skip(UInt8(ascii: "-")) {
            return unsafe readTruncatedYearAndMonth(&cursor)
        }
        switch unsafe cursor.digitCount {
        case 4: return unsafe readExtendedDate(&cursor)
        case 8: return unsafe readCompactDate(&cursor, yearDigits: 4)
        case 6: return unsafe readCompactDate(&cursor, yearDigits: 2)
        case 7: return unsafe readCompactOrdinalDate(&cursor, yearDigits: 4)
        case 5: return unsafe readCompactOrdinalDate(&cursor, yearDigits: 2)
        case 2: return unsafe readTwoDigitYearDate(&cursor)
        default: return nil
        }
    }

    /// "2003", "2003-12", "2003-12-31", "2003-335", and "2003-012-31": a month
    /// written with a third, leading zero, which feedparser met in the wild and
    /// reads as the month.
    private static func readExtendedDate(_ cursor: inout ByteCursor) -> (DateFields, hasDay: Bool)? {
        guard let year = unsafe cursor.readDigits(4) else { return nil }
        guard unsafe cursor.skip(UInt8(ascii: "-")) else {
            return (DateFields(year: year, month: 1, day: 1), false)
        }
        switch unsafe cursor.digitCount {
        case 2:
            guard let month = unsafe cursor.readDigits(2) else { return nil }
            return unsafe readDay(&cursor, year: year, month: month)
        case 3 where unsafe cursor.current == UInt8(ascii: "0") && cursor.byte(at: 3) == UInt8(ascii: "-"):
            unsafe cursor.advance()
            guard let month = unsafe cursor.readDigits(2) else { return nil }
            return unsafe readDay(&cursor, year: year, month: month)
        case 3:
            return unsafe readOrdinalDay(&cursor, year: year)
        default:
            return nil
        }
    }

    /// The "-31" that may end a date after its month.
    private static func readDay(_ cursor: inout ByteCursor, year: Int, month: Int) -> (DateFields, hasDay: Bool)? {
        guard unsafe cursor.skip(UInt8(ascii: "-")) else {
            return (DateFields(year: year, month: month, day: 1), false)
        }
        guard unsafe cursor.digitCount == 2, let day = unsafe cursor.readDigits(2) else { return nil }
        return (DateFields(year: year, month: month, day: day), true)
    }

    /// "031231" and "20031231".
    private static func readCompactDate(_ cursor: inout ByteCursor, yearDigits: Int) -> (DateFields, hasDay: Bool)? {
        guard let year = unsafe cursor.readDigits(yearDigits),
            let month = unsafe cursor.readDigits(2),
            let day = unsafe cursor.readDigits(2)
        else { return nil }
        let fields = DateFields(year: DateFields.fullYear(year, digitCount: yearDigits), month: month, day: day)
        return (fields, true)
    }

    /// "03335" and "2003335": the 335th day of 2003.
    private static func readCompactOrdinalDate(_ cursor: inout ByteCursor, yearDigits: Int) -> (DateFields, hasDay: Bool)? {
        guard let year = unsafe cursor.readDigits(yearDigits) else { return nil }
        return unsafe readOrdinalDay(&cursor, year: DateFields.fullYear(year, digitCount: yearDigits))
    }

    /// "03-12-31" and "03-335".
    private static func readTwoDigitYearDate(_ cursor: inout ByteCursor) -> (DateFields, hasDay: Bool)? {
        guard let shortYear = unsafe cursor.readDigits(2), unsafe cursor.skip(UInt8(ascii: "-")) else { return nil }
        let year = DateFields.fullYear(shortYear, digitCount: 2)
        switch unsafe cursor.digitCount {
        case 2:
            guard let month = unsafe cursor.readDigits(2), unsafe cursor.current == UInt8(ascii: "-") else { return nil }
            return unsafe readDay(&cursor, year: year, month: month)
        case 3:
            return unsafe readOrdinalDay(&cursor, year: year)
        default:
            return nil
        }
    }

    /// "-0312" and "-03-12": December 2003, in ISO 8601:1988's truncated form.
    private static func readTruncatedYearAndMonth(_ cursor: inout ByteCursor) -> (DateFields, hasDay: Bool)? {
        guard unsafe cursor.digitCount >= 2, let shortYear = unsafe cursor.readDigits(2) else { return nil }
        _ = unsafe cursor.skip(UInt8(ascii: "-"))
        guard unsafe cursor.digitCount == 2, let month = unsafe cursor.readDigits(2) else { return nil }
        return (DateFields(year: DateFields.fullYear(shortYear, digitCount: 2), month: month, day: 1), false)
    }

    /// Three digits of day-of-year; nil past the year's last day.
    private static func readOrdinalDay(_ cursor: inout ByteCursor, year: Int) -> (DateFields, hasDay: Bool)? {
        guard unsafe cursor.digitCount == 3,
            let ordinal = unsafe cursor.readDigits(3),
            let (month, day) = CivilCalendar.monthAndDay(ordinal: ordinal, year: year)
        else { return nil }
        return (DateFields(year: year, month: month, day: day), true)
    }

    // MARK: - The time

    /// The "T", "t" or spaces between the date and the time.
    private static func readTimeDesignator(_ cursor: inout ByteCursor) -> Bool {
        unsafe cursor.skip(UInt8(ascii: "T")) || cursor.skip(UInt8(ascii: "t")) || cursor.skipWhitespace()
    }

    /// "10:14", "10:14:55", "10:14:55.1234", or compact "1014", "101455" and "101455.1234".
    private static func readTime(_ cursor: inout ByteCursor, into fields: inout DateFields) -> Bool {
        switch unsafe cursor.digitCount {
        case 2:
            guard let hour = unsafe cursor.readDigits(2),
                unsafe cursor.skip(UInt8(ascii: ":")),
                unsafe cursor.digitCount == 2, let minute = unsafe cursor.readDigits(2)
            else { return false }
            (fields.hour, fields.minute) = (hour, minute)
            guard unsafe cursor.skip(UInt8(ascii: ":")) else { return true }
            guard unsafe cursor.digitCount == 2, let second = unsafe cursor.readDigits(2) else { return false }
            fields.second = second
        case 4:
            guard let hour = unsafe cursor.readDigits(2), let minute = unsafe cursor.readDigits(2) else { return false }
            (fields.hour, fields.minute) = (hour, minute)
            return true
        case 6:
            guard let hour = unsafe cursor.readDigits(2), let minute = unsafe cursor.readDigits(2),
                let second = unsafe cursor.readDigits(2)
            else { return false }
            (fields.hour, fields.minute, fields.second) = (hour, minute, second)
        default:
            return false
        }
        return unsafe readFraction(&cursor, into: &fields)
    }

    /// The fraction of a second after "." or "," (ISO 8601 allows both), if
    /// any. Digits past the ninth, the nanosecond, are read and dropped.
    private static func readFraction(_ cursor: inout ByteCursor, into fields: inout DateFields) -> Bool {
        guard unsafe cursor.skip(UInt8(ascii: ".")) || cursor.skip(UInt8(ascii: ",")) else { return true }
        guard unsafe cursor.digitCount > 0 else { return false }
        var nanosecond = 0
        var placeValue = 100_000_000
        while let byte = unsafe cursor.current, DateByte.isDigit(byte) {
            nanosecond += Int(byte &- UInt8(ascii: "0")) * placeValue
            placeValue /= 10
            unsafe cursor.advance()
        }
        fields.nanosecond = nanosecond
        return true
    }
}
