import Foundation
import Matching

/// The words of a note around what the entry and the friend give it (`Hook`, `FriendContext`):
/// a few ways to say each part, one chosen per friend and entry (`StableChoice`), so the same run
/// gives the same note and two friends don't get the same one.
///
/// Rules, so that a note reads as a person wrote it:
/// - Every line is true: a reason quotes the entry's own words where it matched ("the pie
///   part"), never "it's about pie" of a race that only ends in one; nothing claims the user
///   read the piece today.
/// - Every sentence but the greeting and the sign-off carries something of this note (the
///   entry's words, the friend's name or context), so two notes of one run never share one.
/// - No sequence of three words is said twice in one note: the parts are worded apart.
/// - A birthday line wishes happy birthday on the day, or early within the week, and never
///   tells the friend their own date.
enum Phrasing {
    /// One of the entry's sentences (`sentences`, best first), introduced; `offset` moves to
    /// the next introduction, then to the next sentence.
    static func hookLine(_ sentences: [String], seed: String, offset: Int = 0) -> String {
        let introductions = [
            "This caught my eye: ", "Here's the bit that got me: ", "From the write-up: ", "Listen to this: ", "It says: ",
        ]
        let sentence = sentences[(offset / introductions.count) % sentences.count]
        return StableChoice.pick(introductions, seed: seed, salt: "hook", offset: offset) + "“" + sentence + "”"
    }

    /// Why this friend, from the entry's own words where an interest matched.
    /// When the quoted sentence (`quoted`) already says the matched words, they are not said
    /// again.
    static func why(reasons: [MatchReason], friend: Friend, quoted: [String] = [], seed: String, offset: Int = 0) -> String {
        let name = friend.firstName
        // The whole interest before one of its words, in the friend's own wording before another
        // form of it ("ultramarathon", not "run" of "Volunteers run free"), and the entry's own
        // text (title, summary, content) before its categories.
        // What the user typed before what was learned from the friend's posts.
        let fromPosts = Set(friend.interests.filter(\.isLearned).map(\.phrase))
        let telling = reasons.filter { !Hook.isLearned($0) }.enumerated().sorted { left, right in
            func rank(_ reason: MatchReason) -> (Int, Int, Int, Int) {
                let kind = if case .word = reason.kind { 1 } else { 0 }
                let wording = reason.quote.caseInsensitiveCompare(reason.interest) == .orderedSame ? 0 : 1
                return (fromPosts.contains(reason.interest) ? 1 : 0, kind, wording, reason.field == .categories ? 1 : 0)
            }
            return rank(left.element) != rank(right.element) ? rank(left.element) < rank(right.element) : left.offset < right.offset
        }.map(\.element)
        guard let reason = telling.first else {
            return StableChoice.pick(
                [
                    "I had a feeling you'd like this one, \(name).",
                    "Something told me this was one for you, \(name).",
                    "This one seemed like your kind of thing, \(name).",
                ], seed: seed, salt: "why-learned", offset: offset)
        }
        // An interest learned from their own posts: say so, it is why the user knows.
        if fromPosts.contains(reason.interest) {
            // "posts about owls" and "posts about chess", but "your bread oven posts".
            let topic = reason.interest
            let posts = topic.hasSuffix("s") ? "posts about \(topic)" : "\(topic) posts"
            return StableChoice.pick(
                [
                    "After all your \(posts), I thought of you straight away, \(name).",
                    "With all your \(posts), this one had to go to you, \(name).",
                ], seed: seed, salt: "why-posted", offset: offset)
        }
        // The friend's own spelling when it is the same words ("Rust", "jazz piano").
        var quote = reason.quote
        for possessive in ["'s", "’s"] where quote.hasSuffix(possessive) { quote.removeLast(2) }
        let words = quote.caseInsensitiveCompare(reason.interest) == .orderedSame ? reason.interest : quote
        if quoted.contains(where: { $0.range(of: words, options: [.caseInsensitive, .diacriticInsensitive]) != nil }) {
            return StableChoice.pick(
                [
                    "That one had your name on it, \(name).",
                    "I thought of you straight away, \(name).",
                    "You were the first person I thought of, \(name).",
                    "It's so you, \(name).",
                ], seed: seed, salt: "why-quoted", offset: offset)
        }
        return StableChoice.pick(
            [
                "The \(words) part made me think of you, \(name).",
                "As soon as I saw \(words), you came to mind, \(name).",
                "\(Hook.capitalizedFirst(words))? That's you all over, \(name).",
                "\(Hook.capitalizedFirst(words)), \(name): I knew it was one for you.",
            ], seed: seed, salt: "why", offset: offset)
    }

    /// The user's knowledge of the friend, said to them.
    static func personal(_ line: FriendContext.Line, seed: String, offset: Int = 0) -> String {
        switch line {
        case .because(let because):
            return "Made me think of you, since \(because.trimmingCharacters(in: CharacterSet(charactersIn: ". ")))."
        case .memory(let clause, _):
            return StableChoice.pick(
                [
                    "It took me back to when we \(clause).",
                    "Reminded me of when we \(clause).",
                ], seed: seed, salt: "memory", offset: offset)
        case .about(let about):
            return "Of course I thought of you: \(about)."
        }
    }

    /// A plan for something to go to: a question with a concrete shape.
    /// The last ways name the thing itself, so a run with many events never runs out.
    static func plan(_ event: Hook.Event, sameCity: Bool, shared: String?, subject: String, seed: String, offset: Int = 0) -> String {
        if let shared, offset == 0 { return "After \(shared), are we doing this one?" }
        guard let when = event.when else {
            return pickInOrder(
                ["Are you signing up?", "Will you sign up for this one?", "Tempted to sign up?", "Signing up for \(subject)?"],
                seed: seed, salt: "sign-up", offset: offset)
        }
        let ways =
            sameCity
            ? ["It's \(when): want to go together?", "Shall we go \(when)?", "Fancy going together \(when)?", "Want to go to \(subject) \(when)?"]
            : [
                "It's \(when): are you going?", "Any chance you're going \(when)?", "Will you make it \(when)?",
                "Going to \(subject) \(when), by any chance?",
            ]
        return pickInOrder(ways, seed: seed, salt: "plan", offset: offset)
    }

    /// Like `StableChoice.pick`, but the last way comes only after every other: it is the
    /// fallback, not one of the choices.
    private static func pickInOrder(_ ways: [String], seed: String, salt: String, offset: Int) -> String {
        let choices = Array(ways.dropLast())
        return offset < choices.count ? StableChoice.pick(choices, seed: seed, salt: salt, offset: offset) : ways[ways.count - 1]
    }

    /// An invitation for a friend past due: to meet when they live in the sender's city, to call
    /// otherwise.
    static func invitation(firstName: String, sameCity: Bool, seed: String, offset: Int = 0, beforeTheyGo: Bool = false) -> String {
        // A friend about to move: see them before they go.
        if beforeTheyGo {
            return sameCity ? "Coffee before you go, \(firstName)?" : "A call before you go, \(firstName)?"
        }
        return sameCity
            ? StableChoice.pick(
                [
                    "It's been too long, \(firstName): coffee this week?",
                    "We're overdue a catch-up, \(firstName): coffee one of these days?",
                    "Coffee one morning soon, \(firstName)?",
                ], seed: seed, salt: "meet", offset: offset)
            : StableChoice.pick(
                [
                    "It's been too long, \(firstName): up for a call this week?",
                    "We're overdue a catch-up, \(firstName): a call sometime soon?",
                    "Fancy a call one evening soon, \(firstName)?",
                ], seed: seed, salt: "call", offset: offset)
    }

    /// A note with no link: one real question.
    static func checkIn(friend: Friend, seed: String, offset: Int = 0) -> String {
        let place = friend.city.map { " in \($0)" } ?? ""
        return StableChoice.pick(
            [
                "I was thinking of you the other day, \(friend.firstName): how are things\(place)?",
                "You crossed my mind this week, \(friend.firstName): how's life\(place)?",
                "I keep meaning to write, \(friend.firstName): how are you doing\(place)?",
            ], seed: seed, salt: "check-in", offset: offset)
    }

    /// The birthday line. The greeting has just said their name, so the first wordings leave it
    /// out (saying it again reads like a form letter); the last has it, for a run in which the
    /// others are taken. No two wordings share a sentence of three words or more, so no two
    /// notes of a run do.
    static func birthday(daysUntil: Int, firstName: String, seed: String, offset: Int = 0) -> String {
        let wordings =
            switch daysUntil {
            case 0:
                [
                    "Happy birthday! I hope it's a wonderful day.", "Happy birthday! Have a lovely day.",
                    "Happy birthday! I hope today treats you well.", "Happy birthday, \(firstName)!",
                ]
            case 1:
                [
                    "Happy birthday for tomorrow! I hope it's a wonderful one.", "A day early: happy birthday! Have a lovely one tomorrow.",
                    "Birthday wishes for tomorrow: I hope it's a good one.", "Happy birthday for tomorrow, \(firstName)!",
                ]
            default:
                [
                    "Happy early birthday! I hope it's a great one.", "Birthday wishes a few days early: have a lovely one!",
                    "An early happy birthday to you, with all good wishes.", "Happy early birthday, \(firstName)!",
                ]
            }
        return offset < wordings.count - 1
            ? StableChoice.pick(Array(wordings.dropLast()), seed: seed, salt: "birthday", offset: offset) : wordings[wordings.count - 1]
    }

    static func digestOpener(firstName: String, seed: String, offset: Int = 0) -> String {
        StableChoice.pick(
            [
                "A few things I came across lately, \(firstName):",
                "Some things I found that I think you'll like, \(firstName):",
                "\(firstName), a few finds from my reading this week:",
            ], seed: seed, salt: "digest", offset: offset)
    }

    static func signoff(senderName: String?, seed: String) -> String {
        let first = senderName.map(Friend.firstName(of:)).flatMap { $0.isEmpty ? nil : $0 }
        guard let first else {
            return StableChoice.pick(["Talk soon!", "Hope you're well!", "Take care!"], seed: seed, salt: "signoff")
        }
        return StableChoice.pick(["Talk soon,", "Cheers,", "Take care,", "All the best,"], seed: seed, salt: "signoff") + "\n" + first
    }

    static func subject(kind: Draft.Kind, hook: Hook?, firstName: String, daysUntilBirthday: Int?, seed: String) -> String {
        switch kind {
        case .birthday:
            return daysUntilBirthday == 0 ? "Happy birthday, \(firstName)!" : "Happy early birthday, \(firstName)!"
        case .checkIn:
            return StableChoice.pick(["It's been a while", "Catching up?", "Thinking of you"], seed: seed, salt: "subject-check-in")
        case .digest:
            return StableChoice.pick(
                ["A few things for you, \(firstName)", "Some reading for you, \(firstName)"], seed: seed, salt: "subject-digest")
        case .suggestion:
            return hook?.subject ?? "Something for you, \(firstName)"
        case .reply:
            // A reply's subject comes from the news (`replySubject`); this is never asked.
            return "Saw your post"
        }
    }
}
