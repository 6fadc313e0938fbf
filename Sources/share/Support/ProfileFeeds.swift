import FeedFetcher
import FeedReader
import Foundation

/// The feed at a friend's web address (a blog, a Mastodon or GitHub profile), found the way
/// `feeds add` finds one: the address itself when it is a feed, else the first feed the page
/// announces (`<link rel="alternate">`, `FeedAutodiscovery`). Mastodon and GitHub profile pages
/// announce theirs (`@USER.rss`, `USER.atom`).
enum ProfileFeeds {
    enum Found: Sendable {
        case feed(String)
        case none(reason: String)
    }

    static func feed(at address: String, with fetcher: HTTPFetcher) async -> Found {
        let document: FetchedDocument
        do {
            document = try await fetcher.fetch(address)
        } catch {
            return .none(reason: error.description)
        }
        if (try? FeedParser.parse(Data(document.bytes))) != nil { return .feed(document.url) }
        guard let link = FeedAutodiscovery.feedLinks(in: document.bytes, pageURL: document.url).first else {
            return .none(reason: "no feed there, and the page links to none")
        }
        return .feed(link.url)
    }
}
