import ArgumentParser
import FeedFetcher
import FeedReader
import FeedUpdater
import Foundation
import Matching
import Store

/// Reads the feeds a command is given (an OPML file's and any named directly), each on its own:
/// one that fails is reported on stderr and the rest go on.
///
/// Rules:
/// - Local feeds (a path, a `file://` URL, `-`) are read and parsed on the spot, every run: they
///   are the user's own files, and reading them is quicker than keeping them.
/// - Remote feeds (http, https) take the one path every fetch takes, `FeedUpdater`, as
///   `share fetch` does: kept in the store, at most 2 at once per host, asked "only if changed"
///   with the validators of the run before, a web page followed to the feed it announces, a
///   failing feed backed off. Their entries are then the store's, so a second run costs an
///   unchanged feed one 304.
/// - Offline (`UpdateOptions.isOffline`) never touches the network: remote feeds are read as
///   the store has them.
struct FeedLoader {
    /// Where remote feeds are kept.
    var store: StoreOption
    /// How remote feeds are fetched: the command's fetch options, offline and its "today".
    var updateOptions: UpdateOptions

    struct Loaded {
        let url: String
        let feed: Feed
    }

    struct Result {
        /// The local feeds, parsed.
        var loaded: [Loaded] = []
        /// The remote feeds' URLs in the store (where a permanent move took them): their entries
        /// are the store's.
        var remoteFeedURLs: Set<String> = []
        /// The store they were fetched into, when there were any.
        var store: FeedStore?
        var failures = 0
    }

    func load(opml: String?, feeds: [String]) async throws -> Result {
        var sources = feeds.map { NewFeed(url: $0) }
        if let opml {
            do {
                sources += try SubscriptionFile.read(opml).subscriptions.map(NewFeed.init)
            } catch {
                throw InputError(description: "\(opml): \(error)")
            }
        }
        var result = Result()
        var remote: [NewFeed] = []
        let reader = DocumentReader(fetcher: nil, baseURL: nil, contentType: nil)
        for source in sources {
            let input = DocumentInput(source.url)
            if case .web = input {
                remote.append(source)
                continue
            }
            do {
                result.loaded.append(Loaded(url: source.url, feed: try await reader.parse(input)))
            } catch {
                result.failures += 1
                Terminal.problem("\(input): \(error)")
            }
        }
        guard !remote.isEmpty else { return result }
        let store = try self.store.open()
        result.store = store
        try store.add(remote)
        let summary = await FeedRefresh.update(try store.feeds(urls: remote.map(\.url)), in: store, options: updateOptions)
        for report in summary.reports {
            result.remoteFeedURLs.insert(report.url)
            if case .failed(let reason) = report.result {
                result.failures += 1
                Terminal.problem("\(report.url): \(reason)")
            }
        }
        if updateOptions.isOffline {
            Terminal.problem("\(remote.count) remote \(remote.count == 1 ? "feed" : "feeds") read as the store has them (--offline)")
        }
        return result
    }

    /// The candidates of what `load` read: the local feeds' entries, and the remote feeds' from
    /// the store, from `since` on.
    func candidates(of result: Result, since: Date) throws -> [Candidate] {
        var candidates = CandidatePool.candidates(from: result.loaded, since: since)
        if let store = result.store {
            candidates += try CandidatePool.candidates(from: store, since: since, feedURLs: result.remoteFeedURLs)
        }
        return candidates
    }
}

/// "7d", "2w", "24h", "1m", "1y": how far back to look (or how long, for a snooze or an age).
///
/// A whole number and one unit: h hours, d days, w weeks, m months (30 days), y years (365
/// days); at least 1, at most 100 years. "1" alone, "-1d" and "5000y" are refused.
struct LookBack: ExpressibleByArgument, CustomStringConvertible {
    let seconds: TimeInterval
    let description: String

    static let longest: TimeInterval = 100 * 365 * 86_400

    init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces).lowercased()
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let count = Double(digits), count > 0 else { return nil }
        switch text.dropFirst(digits.count) {
        case "h": seconds = count * 3600
        case "d": seconds = count * 86_400
        case "w": seconds = count * 7 * 86_400
        case "m": seconds = count * 30 * 86_400
        case "y": seconds = count * 365 * 86_400
        default: return nil
        }
        guard seconds <= Self.longest else { return nil }
        description = text
    }

    /// What --help shows as the default: "7d", not the type's fields.
    var defaultValueDescription: String { description }
}
