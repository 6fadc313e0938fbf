import FeedReader
import Foundation
import Matching

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
                pool.append(Candidate(
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
}
