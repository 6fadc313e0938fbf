import ArgumentParser
import Contacts
import Foundation
import Matching

/// Turns command-line words into a `Friend`, with messages that say what is wrong.
enum FriendInput {
    static func friend(
        name: String, emails: [String], interests: [String], avoid: [String], city: String?, birthday: String?,
        lastContact: String?, every: String?, notes: String?, feeds: [String] = []
    ) throws -> Friend {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw ValidationError("A friend needs a name.") }
        for address in emails {
            if let problem = EmailAddress.problem(with: address) {
                throw ValidationError("'\(address)' is not an e-mail address share can write to: it \(problem).")
            }
        }
        var parsedInterests: [Interest] = []
        for text in interests {
            var phrase = text
            var weight = 1.0
            if let equals = text.lastIndex(of: "="), let value = Double(text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)) {
                guard value > 0 else { throw ValidationError("The weight of '\(text)' must be more than 0.") }
                phrase = String(text[..<equals])
                weight = value
            }
            phrase = phrase.trimmingCharacters(in: .whitespaces)
            guard !phrase.isEmpty else { throw ValidationError("An interest cannot be empty.") }
            parsedInterests.append(Interest(phrase, weight: weight))
        }
        for url in feeds {
            if let problem = FriendFeedURL.problem(with: url) {
                throw ValidationError("'\(url)' cannot be a friend's feed: it \(problem).")
            }
        }
        var parsedBirthday: Birthday?
        if let birthday {
            guard let value = Birthday(parsing: birthday) else { throw ValidationError("'\(birthday)' is not a birthday (MM-DD or YYYY-MM-DD).") }
            parsedBirthday = value
        }
        var parsedLastContact: Date?
        if let lastContact {
            guard let value = CalendarDay.date(parsing: lastContact) else { throw ValidationError("'\(lastContact)' is not a date (YYYY-MM-DD).") }
            parsedLastContact = value
        }
        var cadence: Cadence?
        if let every {
            guard let value = Cadence(parsing: every) else { throw ValidationError("'\(every)' is not a cadence (like 2w, 1m, 3m).") }
            cadence = value
        }
        return Friend(
            name: name, emails: emails, interests: parsedInterests,
            avoid: avoid.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
            city: city, birthday: parsedBirthday, lastContact: parsedLastContact, cadence: cadence, notes: notes,
            feeds: feeds.map { $0.trimmingCharacters(in: .whitespaces) }
        )
    }
}
