import FeedReader
import Store

extension EntryContent {
    /// The full content's plain text is kept up to this many characters: matching weighs content
    /// least, and a 300 KB essay should not make the store grow by as much.
    static let maxContentCharacters = 20_000

    /// What the store keeps of a parsed entry: plain text and a canonical link, not the HTML.
    init(_ item: FeedItem) {
        let content = item.contentText
        self.init(
            stableID: item.stableID,
            link: item.link,
            canonicalLink: item.link.map(CanonicalLink.canonical),
            title: item.title,
            summary: item.summary,
            contentText: content.map { $0.count > Self.maxContentCharacters ? String($0.prefix(Self.maxContentCharacters)) : $0 },
            categories: item.categories,
            authors: item.authors.compactMap { $0.name ?? $0.email },
            published: item.published,
            updated: item.updated
        )
    }
}
