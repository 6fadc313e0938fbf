import Foundation
import Matching

/// The words of a note: several ways to say each part, one chosen per friend and entry
/// (`StableChoice`), so a note reads like a person wrote it and two friends don't get the same
/// one word for word. Every phrasing here has been read aloud: none should embarrass the sender.
enum Phrasing {
    static func opener(seed: String) -> String {
        StableChoice.pick([
            "Saw this and thought of you:",
            "This made me think of you:",
            "Came across this and you came to mind:",
            "Read this today and thought of you right away:",
        ], seed: seed, salt: "opener")
    }

    static func digestOpener(seed: String) -> String {
        StableChoice.pick([
            "A few things I read lately made me think of you:",
            "Some things I came across that have your name on them:",
        ], seed: seed, salt: "digest")
    }

    static func checkInOpener(seed: String) -> String {
        StableChoice.pick([
            "It's been a while, and I've been meaning to write. How are you doing?",
            "I was thinking of you and realised it's been too long. How are things?",
        ], seed: seed, salt: "check-in")
    }

    /// One sentence on why, from the interests that matched (as the friend wrote them).
    static func why(interests: [String], seed: String, offset: Int = 0) -> String {
        let unique = interests.reduce(into: [String]()) { list, interest in
            if !list.contains(where: { $0.caseInsensitiveCompare(interest) == .orderedSame }) { list.append(interest) }
        }
        guard let first = unique.first else { return "" }
        if unique.count >= 2 {
            let second = unique[1]
            return StableChoice.pick([
                "It's about \(first) and \(second), so of course I thought of you.",
                "\(capitalized(first)) and \(second) in one piece: that's you all over.",
            ], seed: seed, salt: "why2", offset: offset)
        }
        return StableChoice.pick([
            "It's all about \(first), so of course I thought of you.",
            "I know you're into \(first), and this one is right up your street.",
            "You came to mind straight away: it's about \(first).",
        ], seed: seed, salt: "why1", offset: offset)
    }

    /// An invitation for a friend past due: to meet when they live in the sender's city, to call
    /// otherwise.
    static func invitation(sameCity: Bool, seed: String) -> String {
        sameCity
            ? StableChoice.pick([
                "It's been too long. Coffee soon?",
                "We're overdue a proper catch-up. Coffee one of these days?",
                "It's been a while. Want to meet up for coffee soon?",
            ], seed: seed, salt: "meet")
            : StableChoice.pick([
                "It's been too long. Up for a call one of these days?",
                "We're overdue a catch-up. A call sometime soon?",
            ], seed: seed, salt: "call")
    }

    static func birthday(daysUntil: Int, date: DateComponents) -> String {
        switch daysUntil {
        case 0: return "Happy birthday! I hope it's a wonderful day."
        case 1: return "Happy birthday for tomorrow! I hope it's a wonderful day."
        default:
            let month = date.month.map { monthNames[($0 - 1) % 12] } ?? ""
            return "Your birthday's coming up on \(month) \(date.day ?? 1). Happy early birthday!"
        }
    }

    static func signoff(senderName: String?, seed: String) -> String {
        let first = senderName.map(Friend.firstName(of:)).flatMap { $0.isEmpty ? nil : $0 }
        guard let first else {
            return StableChoice.pick(["Talk soon!", "Hope you're well!", "Take care!"], seed: seed, salt: "signoff")
        }
        return StableChoice.pick(["Talk soon,", "Cheers,", "Take care,", "All the best,"], seed: seed, salt: "signoff") + "\n" + first
    }

    static func subject(kind: Draft.Kind, title: String?, firstName: String, daysUntilBirthday: Int?, seed: String) -> String {
        switch kind {
        case .birthday:
            return daysUntilBirthday == 0 ? "Happy birthday, \(firstName)!" : "Happy early birthday, \(firstName)!"
        case .checkIn:
            return StableChoice.pick(["It's been a while", "Catching up?", "Thinking of you"], seed: seed, salt: "subject-check-in")
        case .digest:
            return StableChoice.pick(["A few things that made me think of you", "Some reading for you"], seed: seed, salt: "subject-digest")
        case .suggestion:
            guard let title, !title.isEmpty else { return "This made me think of you" }
            return StableChoice.pick(["Thought of you: \(title)", "This made me think of you: \(title)", "For you: \(title)"], seed: seed, salt: "subject")
        }
    }

    private static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]
}
