import Foundation
import Matching

/// A friend's own post, read for a reply: what kind of news it is, from its title and summary.
///
/// Rules, in order (the first that fits wins):
/// 1. **Hard news** (a loss, an illness, a layoff, a race not finished; or a milestone with a
///    "not" or "didn't" in it): no note is drafted. A template must never congratulate someone on losing
///    their job; the user writes that one themselves.
/// 2. **A milestone** (a new job, a move, a race finished, a book, a launch, a wedding or
///    engagement, a baby, a graduation): congratulations, on that milestone by name.
/// 3. **A trip**: a question about it.
/// 4. Anything else: a line that they were read, and the post named.
///
/// Words are matched whole, case and accents aside ("Moved", "moving" and "move" are a move).
public struct PostNews: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case hardNews
        case milestone(Milestone)
        case trip
        case other
    }

    public enum Milestone: String, Sendable, Hashable, CaseIterable {
        case newJob = "the new job"
        /// A move that is still ahead ("we're moving to Denver in January").
        case moving = "the big move"
        /// A move that is done ("we moved", "our new home").
        case move = "the move"
        case race = "the race"
        case book = "the book"
        case launch = "the launch"
        case wedding = "the wedding"
        case engagement = "the engagement"
        case baby = "the baby"
        case graduation = "graduating"
    }

    public let post: Candidate
    public let kind: Kind

    public init(_ post: Candidate) {
        self.post = post
        kind = Self.kind(of: post.title + ". " + post.summary.prefix(400))
    }

    /// How many days a post stays news: after that, replying to it would be late.
    public static let freshDays = 14

    /// Whether the post is recent enough at `now` to reply to (a post without a date is not: it
    /// could be years old).
    public func isFresh(at now: Date) -> Bool {
        guard let published = post.published else { return false }
        return now.timeIntervalSince(published) <= Double(Self.freshDays) * 86_400 && published <= now.addingTimeInterval(86_400)
    }

    /// The post to reply to among a friend's own `posts`: the newest fresh one (see
    /// ``isFresh(at:)``) whose link is not in `answered` (replied to, or skipped, before). Hard
    /// news counts as the newest too: then there is no reply, rather than a reply to an older
    /// post that would read as if the news had gone unseen.
    public static func toAnswer(_ posts: [Candidate], answered: Set<String>, now: Date) -> PostNews? {
        let fresh = posts.map(PostNews.init).filter { $0.isFresh(at: now) }
            .sorted { ($0.post.published ?? .distantPast, $1.post.id) > ($1.post.published ?? .distantPast, $0.post.id) }
        guard let newest = fresh.first else { return nil }
        let link = newest.post.canonicalLink ?? newest.post.link ?? ""
        return answered.contains(link) || link.isEmpty ? nil : newest
    }

    static func kind(of text: String) -> Kind {
        let words = Self.words(of: text)
        let joined = " " + words.joined(separator: " ") + " "
        func has(_ phrases: [String]) -> Bool { phrases.contains { joined.contains(" \($0) ") } }
        if has(hardNews) { return .hardNews }
        // "I didn't get the job", "we're not moving after all": news of a milestone that did not
        // happen, whatever words it takes.
        if has(negations) && has(milestoneWords) { return .hardNews }
        for (milestone, phrases) in milestones where has(phrases) {
            // "Didn't get the job", "not moving after all": share cannot tell good news from bad.
            return has(negations) ? .hardNews : .milestone(milestone)
        }
        if has(trip) { return .trip }
        return .other
    }

    /// Lower-cased, diacritics removed, split at anything not a letter, digit or apostrophe.
    static func words(of text: String) -> [String] {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'")
            .split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'") })
            .map(String.init)
    }

    private static let negations = ["not", "didn't", "didnt", "don't", "won't", "wasn't", "couldn't", "never", "no longer", "isn't"]

    /// Single words any milestone's news may turn on.
    private static let milestoneWords = [
        "job", "role", "position", "offer", "promotion", "moving", "move", "moved", "house", "race", "marathon", "book", "novel",
        "launch", "release", "wedding", "married", "engaged", "baby", "pregnant", "graduate", "graduating", "degree", "thesis",
    ]

    private static let hardNews = [
        "laid off", "layoff", "layoffs", "fired", "lost", "losing", "loss", "passed away", "died", "death", "funeral", "rip",
        "grief", "grieving", "miss her", "miss him", "sick", "illness", "cancer", "hospital", "surgery", "injury", "injured",
        "dnf", "divorce", "breakup", "broke up", "rejected", "rejection", "failed", "cancelled", "canceled", "sad", "hard week",
        "tough", "struggling", "burnout", "goodbye", "farewell", "shutting down", "shut down",
    ]

    private static let milestones: [(Milestone, [String])] = [
        (.engagement, ["engaged", "engagement", "she said yes", "he said yes"]),
        (.wedding, ["wedding", "married", "got hitched"]),
        (.baby, ["baby", "newborn", "is born", "was born", "welcome our", "welcomed our"]),
        (.graduation, ["graduated", "graduation", "defended my thesis", "defended my dissertation", "my phd"]),
        (
            .newJob,
            ["new job", "new role", "new position", "joined", "joining", "first day at", "started at", "starting at", "i'm starting", "hired"]
        ),
        (.moving, ["moving to", "we're moving", "i'm moving", "we are moving", "big move", "relocating"]),
        (.move, ["moved to", "we moved", "i moved", "the move", "new home", "new apartment", "new flat", "relocated", "moving day"]),
        (
            .race,
            [
                "marathon", "half marathon", "ultramarathon", "race report", "finished the", "finish line", "personal best", "ran my", "10k", "5k",
                "triathlon",
            ]
        ),
        (.book, ["my book", "new book", "book is out", "my novel", "my first book", "book launch", "preorder", "pre order"]),
        (.launch, ["launched", "launching", "launch", "released", "releasing", "shipped", "is out", "now available", "announcing", "introducing"]),
    ]

    private static let trip = [
        "trip", "travels", "traveling", "travelling", "heading to", "visiting", "vacation", "holiday in", "road trip", "hiking in", "off to",
    ]
}
