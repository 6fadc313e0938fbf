import Foundation

/// What a feed document holds, reader-neutral and small: enough to match entries against
/// interests and to draft a note, not to render a full reader. Its JSON form is the contract in
/// `Contracts/feed.schema.json`.
///
/// A value the document does not give is nil (or empty); a value it gives empty is "".
public struct Feed: Sendable, Hashable {
    public internal(set) var format: FeedFormat = .unknown
    /// Lower-case name of the encoding the bytes were decoded with (`utf-8`, `windows-1252`, …).
    public internal(set) var encoding: String = "utf-8"
    public internal(set) var title: String?
    public internal(set) var subtitle: String?
    /// The feed's web page, absolute.
    public internal(set) var link: String?
    /// Where the feed says it lives (Atom or atom:link `rel="self"`, JSON Feed `feed_url`).
    public internal(set) var feedURL: String?
    public internal(set) var language: String?
    public internal(set) var updated: Date?
    public internal(set) var generator: String?
    /// Absolute URL of the feed's image or logo.
    public internal(set) var image: String?
    public internal(set) var authors: [Person] = []
    public internal(set) var categories: [String] = []
    public internal(set) var items: [FeedItem] = []
    /// One line per problem the parser recovered from (feedparser's `bozo`). Empty for a
    /// well-formed, correctly declared document.
    public internal(set) var warnings: [String] = []

    public init() {}

    /// A feed built by hand, as a library user's own tests may want one; the parser fills the
    /// same fields from a document.
    public init(
        format: FeedFormat = .unknown, encoding: String = "utf-8", title: String? = nil, subtitle: String? = nil,
        link: String? = nil, feedURL: String? = nil, language: String? = nil, updated: Date? = nil,
        generator: String? = nil, image: String? = nil, authors: [Person] = [], categories: [String] = [],
        items: [FeedItem] = [], warnings: [String] = []
    ) {
        self.format = format
        self.encoding = encoding
        self.title = title
        self.subtitle = subtitle
        self.link = link
        self.feedURL = feedURL
        self.language = language
        self.updated = updated
        self.generator = generator
        self.image = image
        self.authors = authors
        self.categories = categories
        self.items = items
        self.warnings = warnings
    }
}
