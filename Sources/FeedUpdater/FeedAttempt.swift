import Crypto
import FeedFetcher
import FeedReader
import Foundation
import Store

/// One feed's fetch and parse, turned into what the store keeps (`FetchRecord`).
struct FeedAttempt {
    let feed: StoredFeed
    let source: FeedSource
    let fetcher: HTTPFetcher?
    let isOffline: Bool
    let limits: FetchLimits
    let now: Date

    struct Outcome {
        let record: FetchRecord
        var warnings: [String] = []

        func result(newEntries: Int) -> FeedResult {
            switch record.outcome {
            case .updated: .updated(newEntries: newEntries)
            case .unchanged: .notModified
            case .failed(let reason, _): .failed(reason: reason)
            }
        }
    }

    func run() async -> Outcome {
        switch source {
        case .unsupported(let scheme):
            return failure("unsupported URL scheme '\(scheme)' (http, https and file are)")
        case .file(let path):
            return readFile(path)
        case .web(let url, _):
            guard let fetcher, !isOffline else { return failure("not fetched (offline)") }
            return await fetch(url, with: fetcher)
        }
    }

    private func fetch(_ url: String, with fetcher: HTTPFetcher) async -> Outcome {
        let stored = Validators(etag: feed.etag, lastModified: feed.lastModified)
        let response: FetchResponse
        do {
            response = try await fetcher.get(url, validators: stored.isEmpty ? nil : stored, now: now)
        } catch {
            return failure(error.description)
        }
        let movedTo = response.movedPermanentlyTo
        switch response.result {
        case .notModified:
            return Outcome(
                record: FetchRecord(
                    feedID: feed.id, at: now, outcome: .unchanged(status: "not modified"), movedTo: movedTo,
                    etag: response.validators.etag, lastModified: response.validators.lastModified
                ))
        case .status(let code, let retryAfter):
            let reason = FetchError.httpStatus(code).description
            return failure(reason, isGone: code == 410, retryAfter: retryAfter, movedTo: movedTo)
        case .body(let document):
            let hash = Self.hash(document.bytes)
            if hash == feed.bodyHash {
                return Outcome(
                    record: FetchRecord(
                        feedID: feed.id, at: now, outcome: .unchanged(status: "not modified (same body)"), movedTo: movedTo,
                        etag: response.validators.etag, lastModified: response.validators.lastModified, bodyHash: hash
                    ))
            }
            do {
                let parsed = try Self.parse(document.bytes, url: document.url, contentType: document.contentType)
                return updated(parsed, validators: response.validators, hash: hash, movedTo: movedTo)
            } catch .notAFeed(let why) where feed.lastSuccessAt == nil {
                // Only for a feed never read yet (an address just added): a feed that has worked
                // and serves a page once (a soft 404, a misconfigured server) is failing, and must
                // not be moved to whatever the page announces.
                return await discover(from: document, why: why, with: fetcher)
            } catch {
                return failure(error.description, movedTo: movedTo)
            }
        }
    }

    /// The URL served a web page: fetch the feed it announces instead, and move there.
    private func discover(from page: FetchedDocument, why: String, with fetcher: HTTPFetcher) async -> Outcome {
        let links = FeedAutodiscovery.feedLinks(in: page.bytes, pageURL: page.url)
        guard let link = links.first else {
            return failure("not a feed (\(why)), and the page links to no feed")
        }
        do {
            let response = try await fetcher.get(link.url, now: now)
            guard case .body(let document) = response.result else {
                if case .status(let code, _) = response.result {
                    return failure("the page's feed \(link.url): \(FetchError.httpStatus(code))")
                }
                return failure("the page's feed \(link.url) gave no body")
            }
            let parsed = try Self.parse(document.bytes, url: document.url, contentType: document.contentType)
            return updated(parsed, validators: response.validators, hash: Self.hash(document.bytes), movedTo: response.movedPermanentlyTo ?? link.url)
        } catch let error as FetchError {
            return failure("the page's feed \(link.url): \(error)")
        } catch {
            return failure("the page's feed \(link.url): \(error)")
        }
    }

    private func readFile(_ path: String) -> Outcome {
        let url = URL(fileURLWithPath: path)
        let bytes: [UInt8]
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if (attributes[.type] as? FileAttributeType) == .typeDirectory { return failure("\(path) is a directory, not a feed") }
            if let size = attributes[.size] as? Int, size > limits.maxBodyBytes {
                return failure(FetchError.tooLarge(limit: limits.maxBodyBytes).description)
            }
            bytes = Array(try Data(contentsOf: url))
        } catch {
            return failure("cannot read \(path): \((error as NSError).localizedDescription)")
        }
        let hash = Self.hash(bytes)
        if hash == feed.bodyHash {
            return Outcome(record: FetchRecord(feedID: feed.id, at: now, outcome: .unchanged(status: "not modified (same file)"), bodyHash: hash))
        }
        do {
            let parsed = try Self.parse(bytes, url: url.absoluteString, contentType: nil)
            return updated(parsed, validators: Validators(etag: nil, lastModified: nil), hash: hash, movedTo: nil)
        } catch {
            return failure(error.description)
        }
    }

    private func updated(_ parsed: Feed, validators: Validators, hash: String, movedTo: String?) -> Outcome {
        Outcome(
            record: FetchRecord(
                feedID: feed.id, at: now,
                outcome: .updated(title: parsed.title, siteURL: parsed.link, entries: parsed.items.map(EntryContent.init)),
                movedTo: movedTo, etag: validators.etag, lastModified: validators.lastModified, bodyHash: hash
            ),
            warnings: parsed.warnings
        )
    }

    private func failure(_ reason: String, isGone: Bool = false, retryAfter: Date? = nil, movedTo: String? = nil) -> Outcome {
        let next = isGone ? nil : RetryPolicy.nextAttempt(afterFailures: feed.consecutiveFailures + 1, retryAfter: retryAfter, now: now)
        return Outcome(
            record: FetchRecord(feedID: feed.id, at: now, outcome: .failed(reason: reason, isGone: isGone), movedTo: movedTo, nextAttemptAt: next))
    }

    static func parse(_ bytes: [UInt8], url: String, contentType: String?) throws(FeedParserError) -> Feed {
        // withUnsafeBytes rethrows untyped; carry the parser's own error out instead.
        let result: Result<Feed, FeedParserError> = bytes.withUnsafeBytes { raw in
            do throws(FeedParserError) {
                return .success(try FeedParser.parse(bytes: raw, options: FeedParserOptions(documentURL: url, contentType: contentType)))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    static func hash(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }
}
