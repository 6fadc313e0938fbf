import Foundation

/// An entry that could be suggested: the plain text a match is made on, and where it came from.
/// The caller (the CLI) builds it from a parsed feed item; Matching knows nothing of feeds.
public struct Candidate: Sendable, Hashable, Identifiable {
    /// Stable id of the entry (its feed's URL and the entry's stable id).
    public var id: String
    /// The link as the feed gave it.
    public var link: String?
    /// The link with tracking parameters removed: what "already sent" and de-duplication key on.
    public var canonicalLink: String?
    public var title: String
    public var summary: String
    /// Plain text of the full content, when the feed has it.
    public var content: String
    public var categories: [String]
    public var feedTitle: String?
    /// The feed's address: "not two from the same feed" keys on it.
    public var feedURL: String
    public var published: Date?
    /// The friend (their id) whose own feed this came from; nil for the user's subscriptions. A
    /// friend's own post is never suggested (see ``MatchEngine``).
    public var postedBy: String?

    public init(
        id: String, link: String?, canonicalLink: String?, title: String, summary: String = "", content: String = "",
        categories: [String] = [], feedTitle: String? = nil, feedURL: String, published: Date? = nil, postedBy: String? = nil
    ) {
        self.id = id
        self.link = link
        self.canonicalLink = canonicalLink
        self.title = title
        self.summary = summary
        self.content = content
        self.categories = categories
        self.feedTitle = feedTitle
        self.feedURL = feedURL
        self.published = published
        self.postedBy = postedBy
    }

    /// Whether a friend posted it on their own feed.
    public var isFriendsOwnPost: Bool { postedBy != nil }
}
