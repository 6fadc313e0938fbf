import Foundation

/// One entry of a feed: an RSS `<item>`, an Atom `<entry>` or a JSON Feed item.
///
/// Text fields are plain text (markup stripped, references decoded, whitespace collapsed);
/// `contentHTML` is the full body as HTML with relative URLs resolved, NOT sanitised.
public struct FeedItem: Sendable, Hashable {
    /// The identifier as the document gives it (RSS `<guid>`, Atom `<id>`, JSON Feed `id`).
    public internal(set) var id: String?
    /// An identifier that is always there and stable from one fetch to the next: the id as given,
    /// else the link, else a hash of title, date and content. Unique within its feed: a second
    /// entry with the same key gets `#2`, a third `#3`, in document order.
    public internal(set) var stableID: String = ""
    public internal(set) var title: String?
    /// The entry's web page, absolute.
    public internal(set) var link: String?
    public internal(set) var summary: String?
    public internal(set) var contentHTML: String?
    public internal(set) var published: Date?
    public internal(set) var updated: Date?
    public internal(set) var authors: [Person] = []
    /// Terms in document order, each once.
    public internal(set) var categories: [String] = []
    public internal(set) var enclosures: [Enclosure] = []
    /// The entry's comments page (RSS `<comments>`), absolute.
    public internal(set) var comments: String?
    /// Title of the feed the entry was copied from (RSS `<source>`, Atom `<source><title>`).
    public internal(set) var sourceFeed: String?

    public init() {}

    /// An entry built by hand, as a library user's own tests may want one. `stableID` is the
    /// parser's key for the entry within its feed; by default the id, else the link.
    public init(
        id: String? = nil, stableID: String? = nil, title: String? = nil, link: String? = nil, summary: String? = nil,
        contentHTML: String? = nil, published: Date? = nil, updated: Date? = nil, authors: [Person] = [],
        categories: [String] = [], enclosures: [Enclosure] = [], comments: String? = nil, sourceFeed: String? = nil
    ) {
        self.id = id
        self.stableID = stableID ?? id ?? link ?? ""
        self.title = title
        self.link = link
        self.summary = summary
        self.contentHTML = contentHTML
        self.published = published
        self.updated = updated
        self.authors = authors
        self.categories = categories
        self.enclosures = enclosures
        self.comments = comments
        self.sourceFeed = sourceFeed
    }
}

extension FeedItem {
    /// The full content as plain text (the contract's rule for HTML), for matching; nil without
    /// content.
    public var contentText: String? {
        contentHTML.map(PlainText.fromHTML)
    }
}
