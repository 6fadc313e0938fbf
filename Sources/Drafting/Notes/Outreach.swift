import Foundation
import Matching

/// Whether a friend is due a note regardless of any link: past their cadence, long without
/// contact, or with a birthday coming up.
///
/// Rules:
/// - With a cadence (`every: 1m`): overdue when the last contact is longer ago than the cadence.
/// - Without one: overdue after `longWithoutContactDays` (90) without contact.
/// - No known last contact: not overdue (share cannot tell, and guessing would nag).
/// - A birthday is "coming up" from the day itself to `birthdayWindowDays` (7) ahead; 29 February
///   is kept on 28 February in other years. Days are counted in the user's time zone (the
///   machine's), so "happy birthday" goes out on the day where the user is.
/// - Once the friend has been in touch inside that window (a note sent, `share contacted`), the
///   birthday is no longer "coming up": a daily run must not wish them happy birthday every day.
public struct Outreach: Sendable, Hashable {
    public let friend: Friend
    public let lastContact: Date?
    /// How many days past due; nil when not overdue.
    public let daysOverdue: Int?
    /// Days until the next birthday, when it is within the window.
    public let daysUntilBirthday: Int?
    /// The next birthday's date, when within the window.
    public let nextBirthday: DateComponents?

    public var isOverdue: Bool { daysOverdue != nil }

    public static let longWithoutContactDays = 90
    public static let birthdayWindowDays = 7

    public init(friend: Friend, lastContact: Date?, now: Date, timeZone: TimeZone = .current) {
        self.friend = friend
        self.lastContact = lastContact
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let today = calendar.startOfDay(for: now)
        if let lastContact {
            let allowed = friend.cadence?.approximateDays ?? Self.longWithoutContactDays
            let days = calendar.dateComponents([.day], from: calendar.startOfDay(for: lastContact), to: today).day ?? 0
            daysOverdue = days > allowed ? days - allowed : nil
        } else {
            daysOverdue = nil
        }
        if let birthday = friend.birthday {
            let year = calendar.component(.year, from: today)
            var found: (days: Int, date: DateComponents)?
            for candidateYear in [year, year + 1] {
                let isLeap = candidateYear % 4 == 0 && (candidateYear % 100 != 0 || candidateYear % 400 == 0)
                let day = birthday.month == 2 && birthday.day == 29 && !isLeap ? 28 : birthday.day
                let components = DateComponents(year: candidateYear, month: birthday.month, day: day)
                guard let date = calendar.date(from: components), date >= today else { continue }
                let days = calendar.dateComponents([.day], from: today, to: date).day ?? 0
                found = (days, components)
                break
            }
            let windowOpens = found.flatMap {
                calendar.date(byAdding: .day, value: -Self.birthdayWindowDays, to: calendar.date(from: $0.date) ?? today)
            }
            let isGreetedAlready = lastContact.map { contact in windowOpens.map { contact >= $0 } ?? false } ?? false
            if let found, found.days <= Self.birthdayWindowDays, !isGreetedAlready {
                daysUntilBirthday = found.days
                nextBirthday = found.date
            } else {
                daysUntilBirthday = nil
                nextBirthday = nil
            }
        } else {
            daysUntilBirthday = nil
            nextBirthday = nil
        }
    }

    /// The last contact share knows of: the later of the friends file's `last_contact:` and the
    /// store's (a note sent, `share contacted`), nil when neither knows.
    public static func lastContact(of friend: Friend, inStore stored: Date?) -> Date? {
        [friend.lastContact, stored].compactMap { $0 }.max()
    }

    /// Every friend's outreach in the order of a Friday call list (``isMoreUrgent(_:than:)``),
    /// friends of equal urgency in the order given: what `suggest` drafts in and `due` lists.
    /// `lastContacts` are the store's, by ``Friend/id``.
    public static func callList(_ friends: [Friend], lastContacts: [String: Date], now: Date, timeZone: TimeZone = .current) -> [Outreach] {
        let outreach = friends.map { friend in
            Outreach(friend: friend, lastContact: lastContact(of: friend, inStore: lastContacts[friend.id]), now: now, timeZone: timeZone)
        }
        // Stable by construction: ties keep the friends' order whatever the sort does with them.
        return outreach.indices.sorted { left, right in
            if isMoreUrgent(outreach[left], than: outreach[right]) { return true }
            if isMoreUrgent(outreach[right], than: outreach[left]) { return false }
            return left < right
        }.map { outreach[$0] }
    }

    /// Whether the friend is due a note with no link at all: overdue, or a birthday coming up.
    public var isDue: Bool { isOverdue || daysUntilBirthday != nil }

    /// Most overdue first, then the nearest birthday, then everyone else in the order given:
    /// the order of a Friday call list.
    public static func isMoreUrgent(_ left: Outreach, than right: Outreach) -> Bool {
        switch (left.daysOverdue, right.daysOverdue) {
        case let (l?, r?): return l > r
        case (_?, nil): return true
        case (nil, _?): return false
        default: break
        }
        switch (left.daysUntilBirthday, right.daysUntilBirthday) {
        case let (l?, r?): return l < r
        case (_?, nil): return true
        default: return false
        }
    }
}
