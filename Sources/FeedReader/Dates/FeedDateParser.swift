import Foundation

/// Turns the dates feeds carry into instants, and instants into RFC 3339 text.
///
/// Feeds date their entries in two great families and a few local dialects:
/// - the ISO 8601 family, RFC 3339 and W3C-DTF, used by Atom and by Dublin
///   Core in RSS 1.0 (``W3CDateParser``);
/// - the RFC 822 family, used by RSS 2.0, with asctime, RFC 850 and the
///   forms of Twitter and JavaScript (``RFC822DateParser``);
/// - Korean (``KoreanDateParser``) and Hungarian (``HungarianDateParser``)
///   dates from the blog hosts that feedparser met, and Greek names in RFC 822.
///
/// Each reader refuses any text whose shape it does not recognise, so they
/// are simply tried in turn, the most common first, and the first that
/// recognises the text decides. Whatever the text, the answer is the UTC
/// instant it names or nil, never a guess: an impossible date or time
/// (30 February, 25:00), or a zone name not known for certain, gives nil.
///
/// The work is done over the UTF-8 bytes, with whole-number date arithmetic
/// (``CivilCalendar``): no `DateFormatter`, regular expression or `Calendar`,
/// so a date costs well under a microsecond.
enum FeedDateParser {
    /// Parses any date a feed may carry; nil when it can't be parsed or names
    /// an impossible time. Never a guess.
    static func parse(_ text: String) -> Date? {
        let utf8 = text.utf8
        if let date = unsafe utf8.withContiguousStorageIfAvailable(unsafe parse(bytes:)) {
            return date
        }
        return unsafe Array(utf8).withUnsafeBufferPointer(unsafe parse(bytes:))
    }

    /// RFC 3339 in UTC with "Z" and no fraction: "2004-01-01T19:48:21Z".
    ///
    /// A fraction of a second is dropped, not rounded, so the text never
    /// names a later second than the date. RFC 3339 writes years 0000 to
    /// 9999 only; a date outside them is written as the nearest it can, and
    /// a date that is not a number at all (NaN) as the Unix epoch.
    static func rfc3339String(from date: Date) -> String {
        let earliest = -62_167_219_200.0  // 0000-01-01T00:00:00Z
        let latest = 253_402_300_799.0  // 9999-12-31T23:59:59Z
        let interval = date.timeIntervalSince1970
        let seconds = Int(interval.isNaN ? 0 : min(max(interval.rounded(.down), earliest), latest))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = CivilCalendar.date(daysSinceUnixEpoch: days)

        return unsafe String(unsafeUninitializedCapacity: 20) { buffer in
            var index = 0
            func write(_ value: Int, digits: Int) {
                var remainder = value
                for place in stride(from: digits - 1, through: 0, by: -1) {
                    unsafe buffer[index + place] = UInt8(ascii: "0") + UInt8(remainder % 10)
                    remainder /= 10
                }
                index += digits
            }
            func write(_ character: Unicode.Scalar) {
                unsafe buffer[index] = UInt8(ascii: character)
                index += 1
            }
            write(year, digits: 4); write("-"); write(month, digits: 2); write("-"); write(day, digits: 2)
            write("T")
            write(secondOfDay / 3600, digits: 2); write(":")
            write(secondOfDay / 60 % 60, digits: 2); write(":")
            write(secondOfDay % 60, digits: 2)
            write("Z")
            return index
        }
    }

    /// `parse(_:)` over UTF-8 bytes.
    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        let cursor = unsafe ByteCursor(trimming: bytes)
        guard unsafe !cursor.isAtEnd else { return nil }
        let fields =
            unsafe W3CDateParser.fields(from: cursor)
            ?? RFC822DateParser.fields(from: cursor)
            ?? KoreanDateParser.fields(from: cursor)
            ?? HungarianDateParser.fields(from: cursor)
        return fields?.instant
    }
}
