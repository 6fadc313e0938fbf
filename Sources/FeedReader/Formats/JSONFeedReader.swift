import Foundation

/// Reads JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/).
///
/// The rules: `version` names the format (a document with `items` but an unknown version is read
/// as 1.1, with a warning). `title` and `summary` are plain text; `content_html` is HTML and
/// `content_text` is text (escaped when it stands in for HTML). 1.1's `authors` and 1.0's
/// `author` are both read, `authors` first. `tags` are categories, `attachments` enclosures,
/// `icon` (else `favicon`) the image. URLs are resolved against the document's URL. An `id`
/// given as a number (a common 1.0 mistake) is read as its digits.
enum JSONFeedReader {
    static func read(_ bytes: [UInt8], documentURL: String?) throws(FeedParserError) -> Feed {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            throw .malformed("invalid JSON (\(Self.reason(error)))")
        }
        guard let top = object as? [String: Any] else { throw .notAFeed("the JSON is not an object") }
        var feed = Feed()
        let version = (top["version"] as? String)?.lowercased() ?? ""
        if version.hasSuffix("jsonfeed.org/version/1") {
            feed.format = .jsonFeed10
        } else if version.hasSuffix("jsonfeed.org/version/1.1") {
            feed.format = .jsonFeed11
        } else if top["items"] is [Any] {
            feed.format = .jsonFeed11
            feed.warnings.append(version.isEmpty ? "no JSON Feed version given; read as 1.1" : "unknown JSON Feed version \(version); read as 1.1")
        } else {
            throw .notAFeed("a JSON document without a JSON Feed version or items")
        }
        let base = documentURL
        feed.title = text(top["title"])
        feed.subtitle = text(top["description"])
        feed.link = url(top["home_page_url"], base)
        feed.feedURL = url(top["feed_url"], base)
        feed.language = (top["language"] as? String)?.trimmingWhitespace
        feed.image = url(top["icon"], base) ?? url(top["favicon"], base)
        feed.authors = people(top, base)
        var items: [FeedItem] = []
        for case let entry as [String: Any] in top["items"] as? [Any] ?? [] {
            items.append(item(entry, base))
        }
        StableIdentity.assign(to: &items)
        feed.items = items
        return feed
    }

    private static func item(_ entry: [String: Any], _ base: String?) -> FeedItem {
        var item = FeedItem()
        if let id = entry["id"] as? String {
            item.id = id
        } else if let number = entry["id"] as? NSNumber {
            item.id = number.stringValue
        }
        item.title = text(entry["title"])
        item.link = url(entry["url"], base)
        if let html = entry["content_html"] as? String {
            item.contentHTML = base.map { HTMLURLRewriter.resolvingRelativeURLs(in: html, against: $0) } ?? html
        } else if let contentText = entry["content_text"] as? String {
            item.contentHTML = HTMLEscaping.escape(contentText)
        }
        item.summary = text(entry["summary"])
            ?? (entry["content_html"] as? String).map(PlainText.fromHTML)
            ?? text(entry["content_text"])
        item.published = (entry["date_published"] as? String).flatMap(FeedDateParser.parse)
        item.updated = (entry["date_modified"] as? String).flatMap(FeedDateParser.parse)
        item.authors = people(entry, base)
        var terms = TermList()
        for case let tag as String in entry["tags"] as? [Any] ?? [] { terms.add(tag) }
        item.categories = terms.terms
        for case let attachment as [String: Any] in entry["attachments"] as? [Any] ?? [] {
            guard let link = url(attachment["url"], base), !link.isEmpty else { continue }
            let size = (attachment["size_in_bytes"] as? NSNumber).map { $0.intValue }
            item.enclosures.append(Enclosure(url: link, type: attachment["mime_type"] as? String, length: size.flatMap { $0 >= 0 ? $0 : nil }))
        }
        return item
    }

    private static func people(_ object: [String: Any], _ base: String?) -> [Person] {
        var list = PeopleList()
        var entries = object["authors"] as? [Any] ?? []
        if let author = object["author"] { entries.append(author) }
        for case let author as [String: Any] in entries {
            list.add(Person(name: text(author["name"]), email: nil, uri: url(author["url"], base)))
        }
        return list.people
    }

    private static func text(_ value: Any?) -> String? {
        (value as? String).map(PlainText.fromLiteral)
    }

    private static func url(_ value: Any?, _ base: String?) -> String? {
        (value as? String).flatMap { URLResolver.resolve($0, against: base) }
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        return (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
    }
}
