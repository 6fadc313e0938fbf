import Foundation

/// Finds the feeds a web page announces, so a user can subscribe with the page's address.
///
/// Rules (RSS Autodiscovery, https://www.rssboard.org/rss-autodiscovery, which Atom and JSON
/// Feed pages follow too):
/// - A `<link>` element whose `rel` has the token `alternate` (any case, among other tokens)
///   and whose `type` is `application/rss+xml`, `application/atom+xml` or
///   `application/feed+json` (parameters after `;` ignored). Other types (`text/html` for a
///   translation, `application/json` for an API) are not feeds.
/// - In document order: the page lists its main feed first. The same URL is given once.
/// - `href` resolved against the page's `<base href>` when it has one, else the page URL.
/// - Only the first 2 MiB are looked at: a `<head>` is never bigger, and a huge page is not
///   worth scanning.
public enum FeedAutodiscovery {
    /// A feed a page links to.
    public struct Link: Sendable, Hashable {
        public let url: String
        /// The declared media type, lowercased.
        public let type: String
        public let title: String?
    }

    static let maxScannedBytes = 2 << 20

    /// The page's feed links, in document order. `bytes` is the page as served; non-ASCII
    /// bytes in an `href` are taken as UTF-8.
    public static func feedLinks(in bytes: [UInt8], pageURL: String) -> [Link] {
        unsafe bytes.withUnsafeBufferPointer { all in
            let page = unsafe UnsafeBufferPointer(rebasing: all[..<min(all.count, maxScannedBytes)])
            var finder = unsafe AlternateLinkFinder(scanner: HTMLMarkupScanner(bytes: page))
            unsafe finder.scanner.scan(into: &finder)
            let base = unsafe finder.baseHref.flatMap { URLResolver.resolve($0, against: pageURL) } ?? pageURL
            var seen = Set<String>()
            return unsafe finder.links.compactMap { found in
                guard let url = URLResolver.resolve(found.href, against: base), seen.insert(url).inserted else { return nil }
                return Link(url: url, type: found.type, title: found.title)
            }
        }
    }

    static let feedTypes: Set<String> = ["application/rss+xml", "application/atom+xml", "application/feed+json"]
}

/// Collects `<link rel="alternate">` feed links and the first `<base href>`.
// @unsafe: holds a scanner that borrows the page it reads.
@unsafe
private struct AlternateLinkFinder: HTMLTokenSink {
    let scanner: HTMLMarkupScanner
    private(set) var links: [(href: String, type: String, title: String?)] = []
    private(set) var baseHref: String?

    init(scanner: HTMLMarkupScanner) {
        unsafe self.scanner = unsafe scanner
    }

    private static let link = HTMLName("link")
    private static let base = HTMLName("base")
    private static let rel = HTMLName("rel")
    private static let type = HTMLName("type")
    private static let href = HTMLName("href")
    private static let title = HTMLName("title")

    mutating func startTag(_ tag: HTMLStartTag) {
        guard unsafe tag.key == Self.link || tag.key == Self.base else { return }
        let bytes = unsafe scanner.bytes
        var values: [HTMLName: String] = [:]
        unsafe scanner.forEachAttribute(of: tag) { attribute in
            guard let name = unsafe HTMLName(bytes, attribute.name), let value = attribute.value, values[name] == nil else { return }
            values[name] = unsafe AttributeValue.decoded(bytes, value)
        }
        if unsafe tag.key == Self.base {
            if unsafe baseHref == nil, let href = unsafe values[Self.href], !href.isEmpty { unsafe baseHref = href }
            return
        }
        guard let rel = unsafe values[Self.rel], let type = unsafe values[Self.type], let href = unsafe values[Self.href] else { return }
        let relTokens = rel.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" })
        guard relTokens.contains("alternate") else { return }
        let mediaType = type.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        let trimmedHref = href.trimmingCharacters(in: .whitespacesAndNewlines)
        guard FeedAutodiscovery.feedTypes.contains(mediaType), !trimmedHref.isEmpty else { return }
        let title = unsafe values[Self.title].map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        unsafe links.append((trimmedHref, mediaType, title?.isEmpty == false ? title : nil))
    }

    func text(_ range: Range<Int>, decodingReferences: Bool) {}
    func endTag(name: Range<Int>, key: HTMLName?) {}
    func cdataSection(_ content: Range<Int>) {}
}
