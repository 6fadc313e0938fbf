import Foundation
import Matching

/// Merges imported friends (from ``VCardReader`` or ``FriendsCSV``) into the friends list.
///
/// Rules:
/// - **Matching.** An incoming friend is the first friend in the list that is the same person by
///   ``FriendIdentity``: one who shares an e-mail address with them, or, when neither has one,
///   has the same name (case and accents aside).
/// - **Updating.** A match gains the incoming e-mail addresses, interests and avoids it does not
///   have (compared case-insensitively, appended after its own, so its first address stays first),
///   and the incoming city, birthday, last contact, cadence and notes where it has none; a
///   birthday without a year gains the year when month and day agree. Nothing it has is changed
///   or removed: the list wins.
/// - **Adding.** An incoming friend with no match is added at the end.
/// - **Skipping.** An incoming friend with neither a name nor an e-mail address is skipped, and so
///   is one with no name and no match, since the friends file needs a name.
///
/// So importing the same file twice adds nothing the second time: every friend is `unchanged`.
/// Friends that appear twice in one import are merged into one.
public enum FriendImport {
    public static func merge(_ incoming: [Friend], into existing: [Friend]) -> (friends: [Friend], report: ImportReport) {
        var friends = existing
        var report = ImportReport()
        var added: [Int] = []
        var updated: [Int: [ImportReport.Change]] = [:]
        var matched: [Int] = []

        for newcomer in incoming.map(tidied) {
            let hasName = !newcomer.name.isEmpty
            if !hasName && newcomer.emails.isEmpty {
                report.skipped.append(.init(friend: newcomer, reason: "neither a name nor an e-mail address"))
            } else if let index = match(for: newcomer, in: friends) {
                let changes = absorb(newcomer, into: &friends[index])
                if !matched.contains(index) { matched.append(index) }
                if !changes.isEmpty && !added.contains(index) { updated[index, default: []] += changes }
            } else if !hasName {
                report.skipped.append(.init(friend: newcomer, reason: "no name (e-mail \(newcomer.emails[0]))"))
            } else {
                friends.append(newcomer)
                added.append(friends.count - 1)
            }
        }

        report.added = added.map { friends[$0] }
        for index in matched where !added.contains(index) {
            if let changes = updated[index] {
                report.updated.append(.init(friend: friends[index], changes: changes))
            } else {
                report.unchanged.append(friends[index])
            }
        }
        return (friends, report)
    }

    /// The friend in `friends` that `newcomer` is, by the rules above.
    private static func match(for newcomer: Friend, in friends: [Friend]) -> Int? {
        friends.firstIndex { FriendIdentity.areTheSamePerson(newcomer, $0) }
    }

    /// Adds to `friend` what `newcomer` has and it lacks; returns what was added.
    private static func absorb(_ newcomer: Friend, into friend: inout Friend) -> [ImportReport.Change] {
        var changes: [ImportReport.Change] = []
        for address in newcomer.emails where !friend.emails.containsIgnoringCase(address) {
            friend.emails.append(address)
            changes.append(.email(address))
        }
        for interest in newcomer.interests where !friend.interests.containsPhrase(interest.phrase) {
            friend.interests.append(interest)
            changes.append(.interest(interest.phrase))
        }
        for phrase in newcomer.avoid where !friend.avoid.containsIgnoringCase(phrase) {
            friend.avoid.append(phrase)
            changes.append(.avoid(phrase))
        }
        for url in newcomer.feeds where !friend.feeds.contains(url) {
            friend.feeds.append(url)
            changes.append(.feed(url))
        }
        if friend.name.isEmpty, !newcomer.name.isEmpty {
            friend.name = newcomer.name
        }
        if isBlank(friend.city), let city = newcomer.city, !city.isEmpty {
            friend.city = city
            changes.append(.city(city))
        }
        if let birthday = newcomer.birthday {
            if let known = friend.birthday {
                if known.year == nil, let year = birthday.year, known.month == birthday.month, known.day == birthday.day {
                    friend.birthday?.year = year
                    changes.append(.birthYear(year))
                }
            } else {
                friend.birthday = birthday
                changes.append(.birthday(birthday))
            }
        }
        if friend.lastContact == nil, let day = newcomer.lastContact {
            friend.lastContact = day
            changes.append(.lastContact(day))
        }
        if friend.cadence == nil, let cadence = newcomer.cadence {
            friend.cadence = cadence
            changes.append(.cadence(cadence))
        }
        if isBlank(friend.notes), let notes = newcomer.notes, !notes.isEmpty {
            friend.notes = notes
            changes.append(.notes)
        }
        return changes
    }

    /// The friend with its name trimmed and its repeated addresses, interests and avoids dropped.
    private static func tidied(_ friend: Friend) -> Friend {
        var tidy = friend
        tidy.name = friend.name.trimmingCharacters(in: .whitespacesAndNewlines)
        tidy.emails = []
        for address in friend.emails where !tidy.emails.containsIgnoringCase(address) { tidy.emails.append(address) }
        tidy.interests = []
        for interest in friend.interests where !tidy.interests.containsPhrase(interest.phrase) {
            tidy.interests.append(interest)
        }
        tidy.avoid = []
        for phrase in friend.avoid where !tidy.avoid.containsIgnoringCase(phrase) { tidy.avoid.append(phrase) }
        return tidy
    }

    private static func isBlank(_ text: String?) -> Bool {
        text?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true
    }
}
