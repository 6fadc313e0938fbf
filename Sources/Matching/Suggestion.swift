/// One entry suggested to one friend: "this made me think of you".
public struct Suggestion: Sendable, Hashable {
    public let friend: Friend
    /// The entry to send: of several copies of the same story, the one that stands for it (see
    /// ``StoryPool``).
    public let candidate: Candidate
    /// The other copies of the same story from other feeds (or the same feed), so that all their
    /// links can be remembered as sent.
    public let otherCopies: [Candidate]
    /// 1 for the friend's best suggestion of the run, then 2, 3, ...
    public let rank: Int
    /// The score on the scale of ``Scoring``.
    public let score: Double
    /// Why: each matched interest in each field, most telling first (see ``MatchReason``).
    public let reasons: [MatchReason]

    public init(friend: Friend, candidate: Candidate, otherCopies: [Candidate] = [], rank: Int, score: Double, reasons: [MatchReason]) {
        self.friend = friend
        self.candidate = candidate
        self.otherCopies = otherCopies
        self.rank = rank
        self.score = score
        self.reasons = reasons
    }
}

/// A friend's suggestions of one run, best first; empty when nothing was good enough.
public struct FriendSuggestions: Sendable, Hashable {
    public let friend: Friend
    public let suggestions: [Suggestion]

    public init(friend: Friend, suggestions: [Suggestion]) {
        self.friend = friend
        self.suggestions = suggestions
    }
}
