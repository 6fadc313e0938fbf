import Foundation
import Testing

/// `--today` and `SHARE_TODAY`: every date-dependent command acts as if it were that day.
@Suite("share --today")
struct TodayOptionTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("share-today-\(UUID().uuidString)")
    var store: [String] { ["--store", directory.appendingPathComponent("share.sqlite").path] }
    let friends = ["--friends", "Corpus/friends.yaml"]

    @Test func theDayMovesCadencesAndBirthdays() throws {
        // Wendy: every 1m, last in touch 2026-10-01. Zoë: birthday December 2.
        let october = try ShareProcess.run(["due", "--today", "2026-10-15"] + friends + store)
        #expect(october.status == 0, "\(october.stderr)")
        #expect(!october.stdout.contains("Wendy"), "two weeks after a contact, a monthly friend is not due")
        #expect(!october.stdout.contains("Zoë"), "December's birthday is not near in October")
        let demoDay = try ShareProcess.run(["due", "--today", "2026-11-28"] + friends + store)
        #expect(demoDay.stdout.hasPrefix("Wendy Park, Omaha: 28 days overdue"), "\(demoDay.stdout)")
        #expect(demoDay.stdout.contains("Zoë Müller, Lincoln: birthday in 4 days"), "\(demoDay.stdout)")
    }

    @Test func theOptionWinsOverTheVariableWhichWinsOverTheClock() throws {
        let fromVariable = try ShareProcess.run(["due"] + friends + store, environment: ["SHARE_TODAY": "2026-10-15"])
        #expect(!fromVariable.stdout.contains("Wendy"), "SHARE_TODAY is read: \(fromVariable.stdout)")
        let fromOption = try ShareProcess.run(["due", "--today", "2026-11-28"] + friends + store, environment: ["SHARE_TODAY": "2026-10-15"])
        #expect(fromOption.stdout.contains("Wendy"), "--today wins: \(fromOption.stdout)")
    }

    @Test func theWindowCountsBackFromTheDay() throws {
        // The demo feeds are from November 2026: a week back from December 31 holds none of
        // their dated entries (an undated one is always in the window: it may be today's).
        let late = try ShareProcess.run(["match", "--opml", "Corpus/demo.opml", "--today", "2026-12-31", "--top", "5", "--format", "json"] + friends)
        #expect(late.status == 0)
        let lateLines = late.stdout.split(separator: "\n")
        #expect(lateLines.allSatisfy { $0.contains(#""published":null"#) }, "\(late.stdout)")
        let onTheDay = try ShareProcess.run(
            ["match", "--opml", "Corpus/demo.opml", "--today", "2026-11-28", "--top", "5", "--format", "json"] + friends)
        let dayLines = onTheDay.stdout.split(separator: "\n")
        #expect(dayLines.contains { $0.contains(#""published":"2026-11-"#) }, "\(onTheDay.stdout)")
        #expect(dayLines.count > lateLines.count)
    }

    @Test func aBadDayIsAClearMessage() throws {
        let option = try ShareProcess.run(["due", "--today", "2026-02-30"] + friends + store)
        #expect(option.status == 2, "a usage error")
        #expect(option.stderr.contains("--today"), "\(option.stderr)")
        let variable = try ShareProcess.run(["due"] + friends + store, environment: ["SHARE_TODAY": "next friday"])
        #expect(variable.status == 1)
        #expect(variable.stderr == "share: SHARE_TODAY is 'next friday': it takes a date as YYYY-MM-DD\n", "\(variable.stderr)")
    }

    @Test func aContactCannotBeInTheFuture() throws {
        let future = try ShareProcess.run(["contacted", "Wendy", "--on", "2026-11-29"] + friends + store)
        #expect(future.status == 1, "\(future.stderr)")
        #expect(future.stderr.contains("2026-11-29 is in the future"), "\(future.stderr)")
        let today = try ShareProcess.run(["contacted", "Wendy", "--on", "2026-11-28"] + friends + store)
        #expect(today.status == 0, "\(today.stderr)")
        #expect(today.stdout == "Noted: in touch with Wendy Park on 2026-11-28\n")
    }
}
