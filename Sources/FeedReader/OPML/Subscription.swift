/// One feed in a subscription list.
public struct Subscription: Sendable, Hashable {
    /// The feed's address: absolute when the OPML's own location allowed resolving it (a
    /// relative `xmlUrl` in a local file becomes a `file://` URL).
    public let feedURL: String
    public let title: String?
    /// The site's web page (`htmlUrl`).
    public let siteURL: String?
    /// `type` as given: `rss`, `atom`, or nil.
    public let type: String?
    /// The folders it sits in, outermost first (nested outlines without `xmlUrl`).
    public let folders: [String]

    public init(feedURL: String, title: String?, siteURL: String?, type: String?, folders: [String]) {
        self.feedURL = feedURL
        self.title = title
        self.siteURL = siteURL
        self.type = type
        self.folders = folders
    }
}

/// A subscription list: what an OPML file holds, and what `OPMLWriter` writes.
public struct SubscriptionList: Sendable, Hashable {
    public let title: String?
    public let subscriptions: [Subscription]
    /// Problems read past: XML errors, outlines skipped and why.
    public let warnings: [String]

    public init(title: String?, subscriptions: [Subscription], warnings: [String] = []) {
        self.title = title
        self.subscriptions = subscriptions
        self.warnings = warnings
    }
}
