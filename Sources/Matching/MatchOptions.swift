import Foundation

/// What one run of the matcher is asked for: the moment it runs, how many suggestions each friend
/// may get, how good a match must be, and what was sent before.
public struct MatchOptions: Sendable {
    /// The moment of the run: entries are as fresh as they are old relative to it.
    public let now: Date
    /// At most this many suggestions per friend and run. Default 1.
    public let perFriend: Int
    /// At most this many of a friend's suggestions from any one feed. Default 1: never two from
    /// the same feed in one run.
    public let perFeed: Int
    /// Nothing scoring below this is suggested. Default ``defaultMinScore``; `0` lets through
    /// everything that matched at all (and was not vetoed or sent before).
    public let minScore: Double
    /// The (friend, link) pairs already sent: such an entry is never suggested to that friend again.
    public let alreadySent: Set<SentKey>
    /// How fast freshness fades: an entry this old counts three quarters as much as one published
    /// now (see ``Scoring``). Default 14 days.
    public let freshnessHalfLife: TimeInterval

    /// The default ``minScore``, 0.5 on the scale of ``Scoring``. In an entry a week old it lets
    /// through one mention of an interest in the title if up to two thirds of the pool mention that
    /// interest; among the categories, up to a third; in the summary, up to one entry in fourteen.
    /// One mention in the full content alone falls short, unless the content is all the entry has.
    public static let defaultMinScore = 0.5

    public init(
        now: Date, perFriend: Int = 1, perFeed: Int = 1, minScore: Double = MatchOptions.defaultMinScore,
        alreadySent: Set<SentKey> = [], freshnessHalfLife: TimeInterval = 14 * 86_400
    ) {
        self.now = now
        self.perFriend = max(0, perFriend)
        self.perFeed = max(1, perFeed)
        self.minScore = minScore
        self.alreadySent = alreadySent
        self.freshnessHalfLife = freshnessHalfLife > 0 ? freshnessHalfLife : 14 * 86_400
    }
}

/// One entry sent to one friend: the friend's ``Friend/id`` and the entry's canonical link (its
/// link as the feed gave it when it has no canonical one).
public struct SentKey: Sendable, Hashable {
    public let friendID: String
    public let link: String

    public init(friendID: String, link: String) {
        self.friendID = friendID
        self.link = link
    }
}
