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

    /// The default ``minScore``, 1 on the scale of ``Scoring``: at least as good as one mention of
    /// a one-word interest that few stories use, in the summary of an entry of average length, or
    /// the same evidence from a phrase, its words and learned words. Learned words alone, a few
    /// tenths each, do not reach it. On the development sets every friend still gets a suggestion
    /// at 1, and the precision of what is sent rises (README, "share match and share why").
    public static let defaultMinScore = 1.0

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
