import FeedReader
import Store

extension EntryContent {
    /// The full content's plain text is kept up to this many characters: matching weighs content
    /// least, and a 300 KB essay should not make the store grow by as much.
    static let maxContentCharacters = 20_000

    /// `text` up to `maxContentCharacters`. Counting bytes first spares walking the Characters of
    /// the (many) texts that are short enough anyway.
    static func capped(_ text: String) -> String {
        guard text.utf8.count > maxContentCharacters else { return text }
        return text.count > maxContentCharacters ? String(text.prefix(maxContentCharacters)) : text
    }

    /// What the store keeps of a parsed entry: plain text and a canonical link, not the HTML.
    init(_ item: FeedItem) {
        let content = item.contentText
        self.init(
            stableID: item.stableID,
            link: item.link,
            canonicalLink: item.link.map(CanonicalLink.canonical),
            title: item.title,
            summary: item.summary,
            contentText: content.map(Self.capped),
            categories: item.categories,
            authors: item.authors.compactMap { $0.name ?? $0.email },
            published: item.published,
            updated: item.updated
        )
    }
}
