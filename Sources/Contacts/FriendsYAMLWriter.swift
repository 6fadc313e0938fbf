import Foundation
import Matching

/// Writes friends in the shape ``FriendsYAML`` reads, the way a person would write it by hand:
/// one block per friend, a blank line between friends, short lists in brackets.
///
/// ```yaml
/// friends:
///   - name: Wendy Park
///     email: wendy@example.org
///     interests: [sourdough, {phrase: jazz piano, weight: 2}]
/// ```
///
/// Keys come in a fixed order (name, email or emails, interests, avoid, city, birthday,
/// last_contact, every, feeds, notes) and empty ones are left out.
struct FriendsYAMLWriter {
    /// Spaces before a friend's keys: two for the list, two more for the `- `.
    private static let keyIndent = 4

    static func document(_ friends: [Friend]) -> String {
        guard !friends.isEmpty else { return "friends: []\n" }
        let blocks = friends.map { entry($0).joined(separator: "\n") }
        return "friends:\n" + blocks.joined(separator: "\n\n") + "\n"
    }

    /// The lines of one friend: `  - name: …` then `    key: value` for each field that has one.
    private static func entry(_ friend: Friend) -> [String] {
        var fields: [(key: String, value: String)] = [("name", YAMLScalar.render(friend.name, in: .block))]
        switch friend.emails.count {
        case 0: break
        case 1: fields.append(("email", YAMLScalar.render(friend.emails[0], in: .block)))
        default: fields.append(("emails", flowList(friend.emails.map { YAMLScalar.render($0, in: .flow) })))
        }
        if !friend.interests.isEmpty {
            fields.append(("interests", flowList(friend.interests.map(interest))))
        }
        if !friend.avoid.isEmpty {
            fields.append(("avoid", flowList(friend.avoid.map { YAMLScalar.render($0, in: .flow) })))
        }
        if let city = friend.city {
            fields.append(("city", YAMLScalar.render(city, in: .block)))
        }
        // Dates and cadences are written in the forms the reader parses; none of them needs quotes.
        if let birthday = friend.birthday {
            fields.append(("birthday", birthday.description))
        }
        if let lastContact = friend.lastContact {
            fields.append(("last_contact", CalendarDay.string(from: lastContact)))
        }
        if let cadence = friend.cadence {
            fields.append(("every", cadence.description))
        }
        if !friend.feeds.isEmpty {
            fields.append(("feeds", flowList(friend.feeds.map { YAMLScalar.render($0, in: .flow) })))
        }
        if let notes = friend.notes {
            let value = YAMLScalar.literalBlock(notes, indent: keyIndent + 2) ?? YAMLScalar.render(notes, in: .block)
            fields.append(("notes", value))
        }
        let indent = String(repeating: " ", count: keyIndent)
        return fields.enumerated().map { index, field in
            (index == 0 ? "  - " : indent) + field.key + ": " + field.value
        }
    }

    /// `phrase`, or `{phrase: …, weight: …, because: …, learned: true}` when the weight is not
    /// the default (1, or ``Interest/learnedWeight`` for a learned one), there is a `because`, or
    /// the interest was learned.
    private static func interest(_ interest: Interest) -> String {
        let phrase = YAMLScalar.render(interest.phrase, in: .flow)
        let defaultWeight = interest.isLearned ? Interest.learnedWeight : 1
        guard interest.weight != defaultWeight || interest.because != nil || interest.isLearned else { return phrase }
        var parts = ["phrase: \(phrase)"]
        if interest.weight != defaultWeight { parts.append("weight: \(number(interest.weight))") }
        if let because = interest.because { parts.append("because: \(YAMLScalar.render(because, in: .flow))") }
        if interest.isLearned { parts.append("learned: true") }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    /// `2` rather than `2.0`; otherwise Swift's shortest form that reads back the same (`2.5`).
    private static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int(value))
        }
        return "\(value)"
    }

    private static func flowList(_ items: [String]) -> String {
        "[" + items.joined(separator: ", ") + "]"
    }
}
