import ArgumentParser
import FeedFetcher
import FeedReader
import Foundation

/// Reads the feeds a command is given (an OPML file's and any named directly), each on its own:
/// one that fails is reported on stderr and the rest go on.
///
/// `offline` never touches the network: local files and file:// feeds are still read, remote
/// ones are skipped (the store, not this loader, holds what was fetched before).
struct FeedLoader {
    var offline: Bool

    struct Loaded {
        let url: String
        let feed: Feed
    }

    func load(opml: String?, feeds: [String]) async throws -> (loaded: [Loaded], failures: Int, skipped: Int) {
        var sources = feeds
        if let opml {
            do {
                sources += try SubscriptionFile.read(opml).subscriptions.map(\.feedURL)
            } catch {
                throw InputError(description: "\(opml): \(error)")
            }
        }
        let inputs = sources.map(DocumentInput.init)
        let remote = inputs.filter { if case .web = $0 { true } else { false } }
        let fetcher = offline || remote.isEmpty ? nil : HTTPFetcher(userAgent: Share.userAgent)
        let reader = DocumentReader(fetcher: fetcher, baseURL: nil, contentType: nil)
        var loaded: [Loaded] = []
        var failures = 0
        var skipped = 0
        for (source, input) in zip(sources, inputs) {
            if offline, case .web = input {
                skipped += 1
                continue
            }
            do {
                loaded.append(Loaded(url: source, feed: try await reader.parse(input)))
            } catch {
                failures += 1
                Terminal.problem("\(input): \(error)")
            }
        }
        await fetcher?.shutdown()
        if skipped > 0 {
            Terminal.problem("\(skipped) remote \(skipped == 1 ? "feed" : "feeds") not read (--offline)")
        }
        return (loaded, failures, skipped)
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
