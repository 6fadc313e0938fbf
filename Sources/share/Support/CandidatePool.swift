import FeedReader
import Foundation
import Matching
import Store

/// Turns parsed feeds into the candidates Matching ranks: plain text and canonical links, and
/// only entries inside the look-back window (an entry without a date is kept: RSS 0.91 items
/// have none).
enum CandidatePool {
    static func candidates(from feeds: [FeedLoader.Loaded], since: Date?) -> [Candidate] {
        var pool: [Candidate] = []
        for loaded in feeds {
            for item in loaded.feed.items {
                let date = item.published ?? item.updated
                if let since, let date, date < since { continue }
                let title = item.title ?? ""
                let summary = item.summary ?? ""
                guard !title.isEmpty || !summary.isEmpty else { continue }
                pool.append(
                    Candidate(
                        id: loaded.url + "#" + item.stableID,
                        link: item.link,
                        canonicalLink: item.link.map(CanonicalLink.canonical),
                        title: title,
                        summary: summary,
                        content: item.contentText ?? "",
                        categories: item.categories,
                        feedTitle: loaded.feed.title,
                        feedURL: loaded.url,
                        published: date
                    ))
            }
        }
        return pool
    }

    /// The store `share fetch` keeps, opened once for all that is read from it; an error that
    /// says what to do when it does not exist or holds no feeds.
    static func storeWithFeeds(at option: StoreOption) throws -> FeedStore {
        let path = option.resolvedPath
        guard FileManager.default.fileExists(atPath: path) else { throw noFeedsToRead(inStoreAt: nil) }
        let store = try option.open()
        if try store.feeds().isEmpty { throw noFeedsToRead(inStoreAt: path) }
        return store
    }

    /// What `match`, `suggest` and `send` say when no feed is named and the store has none: with
    /// `path`, the store there exists but holds no feeds; without, there is no store yet.
    static func noFeedsToRead(inStoreAt path: String?) -> InputError {
        guard let path else {
            return InputError(
                description:
                    "no feeds to read: give --opml FILE or --feed FILE|URL, or keep your feeds in the store: share feeds import FILE.opml, then share fetch"
            )
        }
        return InputError(description: "\(path): no feeds yet: share feeds import FILE.opml, then share fetch (or give --opml FILE)")
    }

    /// The entries `store` holds from `since` on, as candidates; with `feedURLs`, only those
    /// feeds' entries. A friend's own post carries whose it is (`Candidate.postedBy`): Matching
    /// never suggests it.
    static func candidates(from store: FeedStore, since: Date, feedURLs: Set<String>? = nil) throws -> [Candidate] {
        try candidates(of: store.entries(since: since), feedURLs: feedURLs)
    }

    /// The store's `limit` newest entries, as candidates.
    static func newest(_ limit: Int, in store: FeedStore) throws -> [Candidate] {
        try candidates(of: store.newestEntries(limit: limit), feedURLs: nil)
    }

    /// Everything friends posted on their own feeds, kept in the store, as candidates.
    static func friendsPosts(in store: FeedStore) throws -> [Candidate] {
        try candidates(of: store.friendsPosts(), feedURLs: nil)
    }

    private static func candidates(of entries: [EntryWithFeed], feedURLs: Set<String>?) -> [Candidate] {
        entries.compactMap { stored in
            if let feedURLs, !feedURLs.contains(stored.feedURL) { return nil }
            let entry = stored.entry
            let title = entry.title ?? ""
            let summary = entry.summary ?? ""
            guard !title.isEmpty || !summary.isEmpty else { return nil }
            return Candidate(
                id: stored.feedURL + "#" + entry.stableID,
                link: entry.link,
                canonicalLink: entry.canonicalLink,
                title: title,
                summary: summary,
                content: entry.contentText ?? "",
                categories: entry.categories ?? [],
                feedTitle: stored.feedTitle,
                feedURL: stored.feedURL,
                published: entry.published ?? entry.updated,
                postedBy: stored.friendKey
            )
        }
    }
}
