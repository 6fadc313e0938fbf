import Foundation
import Matching
import Testing

@testable import Drafting

/// Who is due a note with no link, and in what order: the rules of ``Outreach``, tested without
/// the binary.
struct OutreachTests {
    let utc = TimeZone(identifier: "UTC")!
    /// 2026-11-28, noon UTC: the demo's day.
    let now = Date(timeIntervalSince1970: 1_795_867_200)

    func day(_ text: String) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        let parts = text.split(separator: "-").map { Int($0)! }
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))!
    }

    @Test func pastTheCadenceIsOverdueByTheDaysPastIt() {
        let wendy = Friend(name: "Wendy Park", cadence: Cadence(parsing: "1m"))
        let outreach = Outreach(friend: wendy, lastContact: day("2026-10-01"), now: now, timeZone: utc)
        #expect(outreach.daysOverdue == 58 - 30, "58 days since, a month counted as 30")
        #expect(outreach.isDue)
    }

    @Test func withoutACadenceNinetyDaysAndWithoutAContactNever() {
        let priya = Friend(name: "Priya")
        #expect(Outreach(friend: priya, lastContact: day("2026-08-30"), now: now, timeZone: utc).daysOverdue == nil, "90 days: not yet")
        #expect(Outreach(friend: priya, lastContact: day("2026-08-29"), now: now, timeZone: utc).daysOverdue == 1, "91 days")
        #expect(!Outreach(friend: priya, lastContact: nil, now: now, timeZone: utc).isOverdue, "no known contact: share cannot tell")
    }

    @Test func aBirthdayIsComingUpForAWeekUnlessTheyHaveHeardFromYouSince() {
        let zoe = Friend(name: "Zoë", birthday: Birthday(month: 12, day: 2))
        #expect(Outreach(friend: zoe, lastContact: nil, now: now, timeZone: utc).daysUntilBirthday == 4)
        #expect(Outreach(friend: zoe, lastContact: day("2026-11-27"), now: now, timeZone: utc).daysUntilBirthday == nil, "greeted already")
        let later = Friend(name: "Leo", birthday: Birthday(month: 12, day: 20))
        #expect(Outreach(friend: later, lastContact: nil, now: now, timeZone: utc).daysUntilBirthday == nil)
    }

    @Test func theLastContactIsTheLaterOfTheFileAndTheStore() {
        let wendy = Friend(name: "Wendy", lastContact: day("2026-10-01"))
        #expect(Outreach.lastContact(of: wendy, inStore: day("2026-11-20")) == day("2026-11-20"))
        #expect(Outreach.lastContact(of: wendy, inStore: day("2026-09-01")) == day("2026-10-01"))
        #expect(Outreach.lastContact(of: Friend(name: "New"), inStore: nil) == nil)
    }

    @Test func theCallListPutsTheMostOverdueFirstThenBirthdaysThenTheRestAsGiven() {
        let friends = [
            Friend(name: "Ann"),
            Friend(name: "Ben", lastContact: day("2026-10-01"), cadence: Cadence(parsing: "2w")),
            Friend(name: "Cal", birthday: Birthday(month: 11, day: 30)),
            Friend(name: "Dee"),
            Friend(name: "Eve", lastContact: day("2026-11-01"), cadence: Cadence(parsing: "1w")),
        ]
        // The store knows Eve was written to lately: she is not overdue after all.
        let list = Outreach.callList(friends, lastContacts: [friends[4].id: day("2026-11-27")], now: now, timeZone: utc)
        #expect(list.map(\.friend.name) == ["Ben", "Cal", "Ann", "Dee", "Eve"])
        #expect(list.filter(\.isDue).map(\.friend.name) == ["Ben", "Cal"])
    }
}
