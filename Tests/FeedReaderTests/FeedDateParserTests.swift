import Foundation
import Testing

@testable import FeedReader

/// A date as text, and the UTC instant it must parse to, or nil for text that names no time.
struct FeedDateCase: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: Date?
    var testDescription: String { text }

    /// `text` must parse to the UTC time given.
    init(
        _ text: String, _ year: Int, _ month: Int, _ day: Int,
        _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0
    ) {
        self.text = text
        self.expected = utc(year, month, day, hour, minute, second)
    }

    /// `text` must give nil.
    init(rejecting text: String) {
        self.text = text
        self.expected = nil
    }
}

/// The instant of a UTC calendar time, found by counting whole years and
/// months one by one: on purpose, not the arithmetic under test.
private func utc(
    _ year: Int, _ month: Int, _ day: Int,
    _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0
) -> Date {
    func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }
    let monthLengths = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    var days = 0
    for earlier in min(year, 1970)..<max(year, 1970) {
        days += (isLeap(earlier) ? 366 : 365) * (year >= 1970 ? 1 : -1)
    }
    days += monthLengths[..<(month - 1)].reduce(0, +) + day - 1
    return Date(timeIntervalSince1970: TimeInterval(((days * 24 + hour) * 60 + minute) * 60 + second))
}

// MARK: - The outside conformance suite

/// The 37 date cases of the conformance suite (cases/dates/*.xml), each the
/// text of a feed's date and the UTC time feedparser reads from it, or nil
/// where the suite expects no date. The file each comes from is named.
private let conformanceCases: [FeedDateCase] = [
    FeedDateCase("Κυρ, 11 Ιούλ 2004 12:00:00 EST", 2004, 7, 11, 17, 0, 0),  // 002_greek
    FeedDateCase("2004-július-13T9:15-05:00", 2004, 7, 13, 14, 15, 0),  // 004_hungarian
    FeedDateCase("-0312", 2003, 12, 1),  // 006_iso8601
    FeedDateCase("031231", 2003, 12, 31),  // 007_iso8601
    FeedDateCase("03335", 2003, 12, 1),  // 010_iso8601
    FeedDateCase("2003-12-31T10:14:55.1234Z", 2003, 12, 31, 10, 14, 55),  // 011_iso8601 (to the second)
    FeedDateCase("2003-012-31T10:14:55+00:00", 2003, 12, 31, 10, 14, 55),  // 012_iso8601
    FeedDateCase("2004-05-25 오후 11:23:17", 2004, 5, 25, 14, 23, 17),  // 014_nate
    FeedDateCase("2004년 05월 28일  01:31:15", 2004, 5, 27, 16, 31, 15),  // 016_onblog
    FeedDateCase("Thu, 30 Apr 2015 08:57:00 MEST", 2015, 4, 30, 6, 57, 0),  // 021_rfc822
    FeedDateCase("Thu, 01 Jan 0100 00:00:01 +0100", 99, 12, 31, 23, 0, 1),  // 022_rfc822: the year 99 AD
    FeedDateCase("Thu, 01 Jan 04 19:48:21 GMT", 2004, 1, 1, 19, 48, 21),  // 023_rfc822
    FeedDateCase("Wed, 19 Aug 2009 18:28:00 Etc/GMT", 2009, 8, 19, 18, 28, 0),  // 026_rfc822
    FeedDateCase("Mon, 13 Feb, 2012 06:28:00 UTC", 2012, 2, 13, 6, 28, 0),  // 029_rfc822
    FeedDateCase("Thu, 01 Jan 2004 00:00 GMT", 2004, 1, 1, 0, 0, 0),  // 030_rfc822
    FeedDateCase("Mon, 26 January 2004 16:31:00 AT", 2004, 1, 26, 20, 31, 0),  // 032_rfc822
    FeedDateCase("Mon, 26 January 2004 16:31:00 CT", 2004, 1, 26, 22, 31, 0),  // 034_rfc822
    FeedDateCase("Thu Aug 30 2012 17:26:16 +0200", 2012, 8, 30, 15, 26, 16),  // 037_rfc822
    FeedDateCase("Fri,24 Nov 2023 18:28:36 -0000", 2023, 11, 24, 18, 28, 36),  // 038_rfc822
    FeedDateCase(rejecting: "Sun, 16 Dec 2012 1:2:3:4 GMT"),  // 039_rfc822
    FeedDateCase(rejecting: "Sun, Dec x 2012 11:47:32 GMT"),  // 041_rfc822
    FeedDateCase(rejecting: "Sun, 16 Dec zz 11:47:32 GMT"),  // 042_rfc822
    FeedDateCase(rejecting: "Sun, 16 Dec 2012 11:47:32 +zz:00"),  // 043_rfc822
    FeedDateCase("Sun Jul 15 01:16:00 +0000 2012", 2012, 7, 15, 1, 16, 0),  // 047_asctime
    FeedDateCase("2007-04-23T23:25:47.538+10:00", 2007, 4, 23, 13, 25, 47),  // 052_w3dtf (to the second)
    FeedDateCase("2003-12-31", 2003, 12, 31),  // 053_w3dtf
    FeedDateCase("2003-12", 2003, 12, 1),  // 054_w3dtf
    FeedDateCase("2004-02-28T18:14:55-08:00", 2004, 2, 29, 2, 14, 55),  // 056_w3dtf
    FeedDateCase("2003-02-28T18:14:55-08:00", 2003, 3, 1, 2, 14, 55),  // 057_w3dtf
    FeedDateCase("2000-02-28T18:14:55-08:00", 2000, 2, 29, 2, 14, 55),  // 058_w3dtf
    FeedDateCase(rejecting: "9999-12-31T23:59:59-99:99"),  // 059_w3dtf
    FeedDateCase(rejecting: "2003-12-31T10:61:55Z"),  // 061_w3dtf
    FeedDateCase(rejecting: "2003-12-31T10:14:61Z"),  // 062_w3dtf
    FeedDateCase(rejecting: "013"),  // 064_w3dtf
    FeedDateCase(rejecting: "2013-01-28T11:30:00-06:00Textra"),  // 066_w3dtf
    FeedDateCase("2004-07-08 23:56:58", 2004, 7, 8, 23, 56, 58),  // 071_w3dtf
    FeedDateCase("2004-07-08 23:56:58.0", 2004, 7, 8, 23, 56, 58),  // 072_w3dtf
]

@Suite("The conformance suite's dates")
struct ConformanceDateTests {
    /// feedparser's parsed dates are whole seconds, so fractions are dropped before comparing.
    @Test(arguments: conformanceCases)
    func parsesLikeFeedparser(_ date: FeedDateCase) {
        let parsed = FeedDateParser.parse(date.text)
        #expect(parsed.map { Date(timeIntervalSince1970: $0.timeIntervalSince1970.rounded(.down)) } == date.expected)
    }

    @Test func coversAllThirtySevenCases() {
        #expect(conformanceCases.count == 37)
    }

    /// The suite also gives each date's weekday (Monday is 0), which checks
    /// this file's own `utc` arithmetic, year 99 AD included.
    @Test(arguments: [
        (utc(2004, 7, 11), 6), (utc(99, 12, 31), 3), (utc(2003, 3, 1), 5),
        (utc(2000, 2, 29), 1), (utc(2012, 7, 15), 6), (utc(2023, 11, 24), 4),
    ])
    func testArithmeticAgreesWithTheSuitesWeekdays(_ date: Date, _ weekday: Int) {
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        #expect(((days + 3) % 7 + 7) % 7 == weekday)  // 1970-01-01 was a Thursday, 3
    }
}

// MARK: - RFC 822 and its relatives

@Suite("RFC 822 dates")
struct RFC822DateTests {
    @Test(
        "Every zone form of RFC 822 section 5, and those feeds add",
        arguments: [
            FeedDateCase("Thu, 01 Jan 2004 19:48:21 GMT", 2004, 1, 1, 19, 48, 21),
            FeedDateCase("Thu, 01 Jan 2004 19:48:21 UT", 2004, 1, 1, 19, 48, 21),
            FeedDateCase("Thu, 01 Jan 2004 19:48:21 UTC", 2004, 1, 1, 19, 48, 21),
            FeedDateCase("Thu, 01 Jan 2004 19:48:21 Z", 2004, 1, 1, 19, 48, 21),
            FeedDateCase("Thu, 01 Jan 2004 19:48:21 EST", 2004, 1, 2, 0, 48, 21),
            FeedDateCase("Thu, 01 Jan 2004 19:48:21 EDT", 2004, 1, 1, 23, 48, 21),
            FeedDateCase("Thu, 01 Jan 2004 19:48:21 CST", 2004, 1, 2, 1, 48, 21),
            FeedDateCase("Thu, 01 Jan 2004 19:48:21 CDT", 2004, 1, 2, 0, 48, 21),
            FeedDateCase("Thu, 01 Jan 2004 19:48:21 MST", 2004, 1, 2, 2, 48, 21),
            FeedDateCase("Thu, 01 Jan 2004 19:48:21 MDT", 2004, 1, 2, 1, 48, 21),
            FeedDateCase("Thu, 01 Jan 2004 19:48:21 PST", 2004, 1, 2, 3, 48, 21),
            FeedDateCase("Thu, 01 Jan 2004 19:48:21 PDT", 2004, 1, 2, 2, 48, 21),
            FeedDateCase("Thu, 01 Jan 2004 19:48:21 +0000", 2004, 1, 1, 19, 48, 21),
            FeedDateCase("Thu, 01 Jan 2004 19:48:21 -0500", 2004, 1, 2, 0, 48, 21),
            FeedDateCase("Thu, 01 Jan 2004 19:48:21 +0530", 2004, 1, 1, 14, 18, 21),
            FeedDateCase("Thu, 01 Jan 2004 19:48:21 +05:30", 2004, 1, 1, 14, 18, 21),
            FeedDateCase("Thu, 01 Jan 2004 19:48:21 A", 2004, 1, 1, 20, 48, 21),  // military: A is -1
            FeedDateCase("Thu, 01 Jan 2004 19:48:21 M", 2004, 1, 2, 7, 48, 21),  // M is -12
            FeedDateCase("Thu, 01 Jan 2004 19:48:21 N", 2004, 1, 1, 18, 48, 21),  // N is +1
            FeedDateCase("Thu, 01 Jan 2004 19:48:21 Y", 2004, 1, 1, 7, 48, 21),  // Y is +12
            FeedDateCase("Thu, 01 Jan 2004 19:48:21 CET", 2004, 1, 1, 18, 48, 21),
            FeedDateCase("Thu, 01 Jan 2004 19:48:21 Etc/UTC", 2004, 1, 1, 19, 48, 21),
            FeedDateCase("Thu, 01 Jan 2004 19:48:21 GMT+0200", 2004, 1, 1, 17, 48, 21),
            FeedDateCase("Thu, 01 Jan 2004 19:48:21 +0200 (CEST)", 2004, 1, 1, 17, 48, 21),
        ])
    func zones(_ date: FeedDateCase) {
        #expect(FeedDateParser.parse(date.text) == date.expected)
    }

    @Test(
        "The usual breakage",
        arguments: [
            FeedDateCase("01 Jan 2004 19:48:21 GMT", 2004, 1, 1, 19, 48, 21),  // no weekday
            FeedDateCase("Mon, 01 Jan 2004 19:48:21 GMT", 2004, 1, 1, 19, 48, 21),  // wrong weekday
            FeedDateCase("Thursday, 01 Jan 2004 19:48:21 GMT", 2004, 1, 1, 19, 48, 21),
            FeedDateCase("Thu, 01 Jan 99 19:48:21 GMT", 1999, 1, 1, 19, 48, 21),  // two-digit years, RFC 5322 4.3
            FeedDateCase("Thu, 01 Jan 49 19:48:21 GMT", 2049, 1, 1, 19, 48, 21),
            FeedDateCase("Thu, 01 Jan 50 19:48:21 GMT", 1950, 1, 1, 19, 48, 21),
            FeedDateCase("Thu, 01 Jan 104 19:48:21 GMT", 2004, 1, 1, 19, 48, 21),  // three-digit year
            FeedDateCase("Thu, 01 Jan 2004 19:48 GMT", 2004, 1, 1, 19, 48, 0),  // no seconds
            FeedDateCase("Thu, 01 Jan 2004 19:48:21", 2004, 1, 1, 19, 48, 21),  // no zone is UTC
            FeedDateCase("Thu, 1 Jan 2004 9:48:21 GMT", 2004, 1, 1, 9, 48, 21),  // single digits
            FeedDateCase("thu, 01 JAN 2004 19:48:21 gmt", 2004, 1, 1, 19, 48, 21),  // odd case
            FeedDateCase("THU, 01 jAn 2004 19:48:21 Est", 2004, 1, 2, 0, 48, 21),
            FeedDateCase("Thu, 01 January 2004 19:48:21 GMT", 2004, 1, 1, 19, 48, 21),  // long month
            FeedDateCase("Tue, 07 Sept 2004 10:00:00 GMT", 2004, 9, 7, 10, 0, 0),
            FeedDateCase("Thu, 01 Jan. 2004 19:48:21 GMT", 2004, 1, 1, 19, 48, 21),
            FeedDateCase("  Thu,  01   Jan\t2004 19:48:21  GMT \n", 2004, 1, 1, 19, 48, 21),  // extra whitespace
            FeedDateCase("Thu,, 01 Jan, 2004, 19:48:21, GMT", 2004, 1, 1, 19, 48, 21),  // extra commas
            FeedDateCase("Thu,01 Jan 2004 19:48:21 GMT", 2004, 1, 1, 19, 48, 21),
            FeedDateCase("Thu, 01 Jan 2004", 2004, 1, 1),  // date only
            FeedDateCase("Thu, 01 Jan 2004 07:48:21 PM GMT", 2004, 1, 1, 19, 48, 21),
            FeedDateCase("Thu, 01 Jan 2004 12:05 AM", 2004, 1, 1, 0, 5, 0),
            FeedDateCase("Thu, 01 Jan 2004 12:05 pm", 2004, 1, 1, 12, 5, 0),
            FeedDateCase("Thursday, 01-Jan-04 19:48:21 GMT", 2004, 1, 1, 19, 48, 21),  // RFC 850
            FeedDateCase("Sat, 28 Sep 2002 21:00:02 GMT", 2002, 9, 28, 21, 0, 2),  // from the wellformed suite
            FeedDateCase("Fri, 25 Dec 2009 03:30:22 +0000", 2009, 12, 25, 3, 30, 22),
        ])
    func breakage(_ date: FeedDateCase) {
        #expect(FeedDateParser.parse(date.text) == date.expected)
    }

    @Test(
        "asctime, Twitter and JavaScript",
        arguments: [
            FeedDateCase("Sun Jan  4 16:29:06 2004", 2004, 1, 4, 16, 29, 6),
            FeedDateCase("Sun Jan 4 16:29:06 2004", 2004, 1, 4, 16, 29, 6),
            FeedDateCase("Sun Jul 15 01:16:00 +0000 2012", 2012, 7, 15, 1, 16, 0),
            FeedDateCase("Thu Aug 30 2012 17:26:16 GMT+0200 (CEST)", 2012, 8, 30, 15, 26, 16),
        ])
    func otherWordedLayouts(_ date: FeedDateCase) {
        #expect(FeedDateParser.parse(date.text) == date.expected)
    }

    @Test(
        "Impossible or unreadable: nil, never a guess",
        arguments: [
            FeedDateCase(rejecting: "Thu, 01 Jan 2004 25:00:00 GMT"),
            FeedDateCase(rejecting: "Thu, 01 Jan 2004 24:00:00 GMT"),
            FeedDateCase(rejecting: "Thu, 99 Jan 2004 19:48:21 GMT"),
            FeedDateCase(rejecting: "Mon, 30 Feb 2004 19:48:21 GMT"),
            FeedDateCase(rejecting: "Thu, 29 Feb 2003 19:48:21 GMT"),
            FeedDateCase(rejecting: "Thu, 01 Jan 2004 19:60:00 GMT"),
            FeedDateCase(rejecting: "Thu, 01 Jan 2004 19:48:21 XYZ"),  // unknown zone
            FeedDateCase(rejecting: "Thu, 01 Jan 2004 19:48:21 Europe/Paris"),
            FeedDateCase(rejecting: "Thu, 01 Jan 2004 19:48:21 Etc/GMT+5"),  // IANA's reversed sign
            FeedDateCase(rejecting: "Thu, 01 Jan 4 19:48:21 GMT"),  // a one-digit year
            FeedDateCase(rejecting: "Thu, 01 Jan 2004 19:48:21 +2500"),
            FeedDateCase(rejecting: "Thu, 01 Jan 2004 19:48:21 GMT EST"),  // two zones
            FeedDateCase(rejecting: "Thu, 01 Jan 2004 19:48:21 19:48:21 GMT"),  // two times
            FeedDateCase(rejecting: "Thu, 01 Foo 2004 19:48:21 GMT"),
            FeedDateCase(rejecting: "Thu, 01 2004 19:48:21 GMT"),  // no month
            FeedDateCase(rejecting: "Thu, 01 Jan 19:48:21 GMT"),  // no year
            FeedDateCase(rejecting: "Thu, 01 Jan 2004 13:48:21 PM"),
            FeedDateCase(rejecting: "Thu, 01 Jan 2004 19:48:21 GMT (open comment"),
            FeedDateCase(rejecting: "Thu, 01 Ju 2004 19:48:21 GMT"),
            FeedDateCase(rejecting: ""),
            FeedDateCase(rejecting: "   "),
            FeedDateCase(rejecting: "yesterday"),
        ])
    func impossible(_ date: FeedDateCase) {
        #expect(FeedDateParser.parse(date.text) == nil)
    }
}

// MARK: - RFC 3339, ISO 8601 and W3C-DTF

@Suite("ISO 8601 dates")
struct ISO8601DateTests {
    @Test(
        "RFC 3339, W3C-DTF and ISO 8601 forms",
        arguments: [
            FeedDateCase("2003-12-31T10:14:55Z", 2003, 12, 31, 10, 14, 55),
            FeedDateCase("2003-12-31T10:14:55+01:00", 2003, 12, 31, 9, 14, 55),
            FeedDateCase("2003-12-31T10:14:55-0800", 2003, 12, 31, 18, 14, 55),  // offset without a colon
            FeedDateCase("2003-12-31T10:14:55+01", 2003, 12, 31, 9, 14, 55),  // hours only
            FeedDateCase("2003-12-31T10:14:55-00:00", 2003, 12, 31, 10, 14, 55),  // RFC 3339 4.3: UTC, local zone unknown
            FeedDateCase("2003-12-31T10:14Z", 2003, 12, 31, 10, 14, 0),  // W3C-DTF: no seconds
            FeedDateCase("2003-12-31T10:14:55", 2003, 12, 31, 10, 14, 55),  // no zone is UTC
            FeedDateCase("2003-12-31", 2003, 12, 31),  // date only: midnight UTC
            FeedDateCase("2003-12", 2003, 12, 1),
            FeedDateCase("2003", 2003, 1, 1),
            FeedDateCase("2003-12-31 10:14:55Z", 2003, 12, 31, 10, 14, 55),  // space instead of T
            FeedDateCase("2003-12-31t10:14:55z", 2003, 12, 31, 10, 14, 55),  // lower-case t and z
            FeedDateCase("2003-12-31T10:14:55 +0100", 2003, 12, 31, 9, 14, 55),
            FeedDateCase("2003-12-31 10:14:55 GMT", 2003, 12, 31, 10, 14, 55),
            FeedDateCase("20031231T101455Z", 2003, 12, 31, 10, 14, 55),  // compact
            FeedDateCase("20031231T1014-0100", 2003, 12, 31, 11, 14, 0),
            FeedDateCase("20031231", 2003, 12, 31),
            FeedDateCase("2003335", 2003, 12, 1),  // ordinal
            FeedDateCase("2004-366", 2004, 12, 31),
            FeedDateCase("03-12-31", 2003, 12, 31),
            FeedDateCase("-03-12", 2003, 12, 1),
            FeedDateCase("2003-12-31T23:59:60Z", 2004, 1, 1, 0, 0, 0),  // leap second, RFC 3339 5.7
            FeedDateCase("\n  2003-12-31T10:14:55Z  \n", 2003, 12, 31, 10, 14, 55),
            FeedDateCase("2002-09-28T20:01:19Z", 2002, 9, 28, 20, 1, 19),  // from the wellformed suite
        ])
    func forms(_ date: FeedDateCase) {
        #expect(FeedDateParser.parse(date.text) == date.expected)
    }

    @Test func keepsTheFractionOfASecond() throws {
        let parsed = try #require(FeedDateParser.parse("2003-12-31T10:14:55.25Z"))
        #expect(parsed == utc(2003, 12, 31, 10, 14, 55).addingTimeInterval(0.25))
        let comma = try #require(FeedDateParser.parse("20031231T101455,5Z"))
        #expect(comma == utc(2003, 12, 31, 10, 14, 55).addingTimeInterval(0.5))
    }

    @Test(
        "Impossible or unreadable: nil, never a guess",
        arguments: [
            FeedDateCase(rejecting: "2003-13-01"),
            FeedDateCase(rejecting: "2003-00-01"),
            FeedDateCase(rejecting: "2003-12-00"),
            FeedDateCase(rejecting: "2003-12-99"),
            FeedDateCase(rejecting: "2003-02-29"),
            FeedDateCase(rejecting: "1900-02-29"),
            FeedDateCase(rejecting: "2003-02-30T10:00:00Z"),
            FeedDateCase(rejecting: "2003-12-31T25:00:00Z"),
            FeedDateCase(rejecting: "2003-12-31T24:00:00Z"),
            FeedDateCase(rejecting: "2003-12-31T10:14:60Z"),  // a leap second only ends a minute's 59th
            FeedDateCase(rejecting: "2003-366"),
            FeedDateCase(rejecting: "2003-12-31T"),
            FeedDateCase(rejecting: "2003-12-31T10"),
            FeedDateCase(rejecting: "2003-12-31T10:14:55."),
            FeedDateCase(rejecting: "2003-12-31T10:14:55+24:00"),
            FeedDateCase(rejecting: "2003-12-31T10:14:55 XYZ"),
            FeedDateCase(rejecting: "2003-12T10:14:55Z"),  // a time needs a day
            FeedDateCase(rejecting: "2003-12-31Z"),
            FeedDateCase(rejecting: "--12-31"),  // no year: would be a guess
            FeedDateCase(rejecting: "12/31/2003"),
            FeedDateCase(rejecting: "10:14:55"),
        ])
    func impossible(_ date: FeedDateCase) {
        #expect(FeedDateParser.parse(date.text) == nil)
    }
}

// MARK: - Greek, Hungarian and Korean

@Suite("Dates in other languages")
struct ForeignDateTests {
    @Test(arguments: [
        FeedDateCase("Κυρ, 11 Ιούλ 2004 12:00:00 EST", 2004, 7, 11, 17, 0, 0),
        FeedDateCase("Τρι, 13 Ιαν 2004 12:00:00 GMT", 2004, 1, 13, 12, 0, 0),
        FeedDateCase("ΣΑΒ, 02 ΜΑΪ 2004 12:00:00 GMT", 2004, 5, 2, 12, 0, 0),
        FeedDateCase("11 Ιουλίου 2004 12:00:00 GMT", 2004, 7, 11, 12, 0, 0),  // genitive, in full
        FeedDateCase("Πεμ, 01 Δεκ 2005 08:30 +0200", 2005, 12, 1, 6, 30, 0),
        FeedDateCase("2004-július-13T9:15-05:00", 2004, 7, 13, 14, 15, 0),
        FeedDateCase("2004-December-3T19:15:20Z", 2004, 12, 3, 19, 15, 20),
        FeedDateCase("2004-május-13", 2004, 5, 13),
        FeedDateCase("2004-05-25 오후 11:23:17", 2004, 5, 25, 14, 23, 17),
        FeedDateCase("2004-05-25 오전 11:23:17", 2004, 5, 25, 2, 23, 17),
        FeedDateCase("2004-05-25 오후 12:00:00", 2004, 5, 25, 3, 0, 0),  // noon KST
        FeedDateCase("2004-05-25 오전 12:00:00", 2004, 5, 24, 15, 0, 0),  // midnight KST
        FeedDateCase("2004년 05월 28일  01:31:15", 2004, 5, 27, 16, 31, 15),
        FeedDateCase("2004년 5월 8일 13:31:15", 2004, 5, 8, 4, 31, 15),
        FeedDateCase(rejecting: "11 Ιου 2004 12:00:00 GMT"),  // June or July?
        FeedDateCase(rejecting: "2004-05-25 오후 13:23:17"),
        FeedDateCase(rejecting: "2004-juli-13T9:15-05:00"),
        FeedDateCase(rejecting: "2004년 13월 28일 01:31:15"),
    ])
    func parses(_ date: FeedDateCase) {
        #expect(FeedDateParser.parse(date.text) == date.expected)
    }
}

// MARK: - Arithmetic and output

@Suite("Calendar arithmetic and RFC 3339 output")
struct CalendarAndOutputTests {
    @Test func leapYears() {
        #expect(CivilCalendar.isLeapYear(2000))
        #expect(CivilCalendar.isLeapYear(2004))
        #expect(!CivilCalendar.isLeapYear(1900))
        #expect(!CivilCalendar.isLeapYear(2003))
    }

    /// Every day from 1600 to 2400, through the epoch, turns into a day count
    /// and back, one day apart from the day before.
    @Test func dayCountsRoundTripOverEightCenturies() {
        var expected = CivilCalendar.daysSinceUnixEpoch(year: 1600, month: 1, day: 1)
        for year in 1600...2400 {
            for month in 1...12 {
                for day in 1...CivilCalendar.daysIn(month: month, year: year) {
                    let days = CivilCalendar.daysSinceUnixEpoch(year: year, month: month, day: day)
                    #expect(days == expected)
                    let back = CivilCalendar.date(daysSinceUnixEpoch: days)
                    #expect(back.year == year && back.month == month && back.day == day)
                    expected += 1
                }
            }
        }
        #expect(CivilCalendar.daysSinceUnixEpoch(year: 1970, month: 1, day: 1) == 0)
    }

    @Test(arguments: [
        (utc(2004, 1, 1, 19, 48, 21), "2004-01-01T19:48:21Z"),
        (utc(1970, 1, 1), "1970-01-01T00:00:00Z"),
        (utc(1969, 12, 31, 23, 59, 59), "1969-12-31T23:59:59Z"),
        (utc(99, 12, 31, 23, 0, 1), "0099-12-31T23:00:01Z"),
        (utc(2000, 2, 29, 12, 0, 0).addingTimeInterval(0.999), "2000-02-29T12:00:00Z"),
        (Date(timeIntervalSince1970: -0.5), "1969-12-31T23:59:59Z"),
        (utc(9999, 12, 31, 23, 59, 59), "9999-12-31T23:59:59Z"),
        (Date.distantFuture, "4001-01-01T00:00:00Z"),
        (Date(timeIntervalSince1970: 1e12), "9999-12-31T23:59:59Z"),  // past RFC 3339's years
        (Date(timeIntervalSince1970: -1e12), "0000-01-01T00:00:00Z"),
    ])
    func rfc3339Output(_ date: Date, _ text: String) {
        #expect(FeedDateParser.rfc3339String(from: date) == text)
    }

    @Test(arguments: [
        "Thu, 01 Jan 2004 19:48:21 -0500", "2003-12-31T10:14:55+10:00",
        "Sun Jan  4 16:29:06 2004", "2004-05-25 오후 11:23:17",
    ])
    func outputParsesBackToTheSameInstant(_ text: String) throws {
        let date = try #require(FeedDateParser.parse(text))
        #expect(FeedDateParser.parse(FeedDateParser.rfc3339String(from: date)) == date)
    }
}
