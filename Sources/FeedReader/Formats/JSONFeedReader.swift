/// Reads JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/).
///
/// The rules: `version` names the format (a document with `items` but an unknown version is read
/// as 1.1, with a warning). `title` and `summary` are plain text; `content_html` is HTML and
/// `content_text` is text (escaped when it stands in for HTML). 1.1's `authors` and 1.0's
/// `author` are both read, `authors` first. `tags` are categories, `attachments` enclosures,
/// `icon` (else `favicon`) the image. URLs are resolved against the document's URL. An `id`
/// given as a number (a common 1.0 mistake) is read as its digits.
enum JSONFeedReader {
    static func read(_ bytes: [UInt8], documentURL: String?, limits: ParserLimits) throws(FeedParserError) -> Feed {
        let root: JSONValue
        do {
            root = unsafe try bytes.withUnsafeBufferPointer { (bytes) throws(JSONSyntaxError) in
                unsafe try JSONReader.read(bytes, maxDepth: limits.maxDepth)
            }
        } catch {
            if error.isTooDeep { throw .tooDeep(limit: limits.maxDepth, line: error.line) }
            throw .malformed("invalid JSON (\(error))")
        }
        guard let top = root.objectValue else { throw .notAFeed("the JSON is not an object") }
        var feed = Feed()
        let version = top["version"]?.stringValue?.lowercased() ?? ""
        if version.hasSuffix("jsonfeed.org/version/1") {
            feed.format = .jsonFeed10
        } else if version.hasSuffix("jsonfeed.org/version/1.1") {
            feed.format = .jsonFeed11
        } else if top["items"]?.arrayValue != nil {
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
        feed.language = top["language"]?.stringValue?.trimmingWhitespace
        feed.image = url(top["icon"], base) ?? url(top["favicon"], base)
        feed.authors = people(top, base)
        var items: [FeedItem] = []
        for case .object(let entry) in top["items"]?.arrayValue ?? [] {
            items.append(item(entry, base))
        }
        StableIdentity.assign(to: &items)
        feed.items = items
        return feed
    }

    private static func item(_ entry: JSONObject, _ base: String?) -> FeedItem {
        var item = FeedItem()
        item.id = entry["id"]?.stringValue ?? entry["id"]?.numberText
        item.title = text(entry["title"])
        item.link = url(entry["url"], base)
        let contentHTML = entry["content_html"]?.stringValue
        if let html = contentHTML {
            item.contentHTML = base.map { HTMLURLRewriter.resolvingRelativeURLs(in: html, against: $0) } ?? html
        } else if let contentText = entry["content_text"]?.stringValue {
            item.contentHTML = HTMLEscaping.escape(contentText)
        }
        item.summary =
            text(entry["summary"])
            ?? contentHTML.map(PlainText.fromHTML)
            ?? text(entry["content_text"])
        item.published = entry["date_published"]?.stringValue.flatMap(FeedDateParser.parse)
        item.updated = entry["date_modified"]?.stringValue.flatMap(FeedDateParser.parse)
        item.authors = people(entry, base)
        var terms = TermList()
        for case .string(let tag) in entry["tags"]?.arrayValue ?? [] { terms.add(tag) }
        item.categories = terms.terms
        for case .object(let attachment) in entry["attachments"]?.arrayValue ?? [] {
            guard let link = url(attachment["url"], base), !link.isEmpty else { continue }
            let size = attachment["size_in_bytes"]?.numberText.flatMap(byteCount)
            item.enclosures.append(Enclosure(url: link, type: attachment["mime_type"]?.stringValue, length: size))
        }
        return item
    }

    private static func people(_ object: JSONObject, _ base: String?) -> [Person] {
        var list = PeopleList()
        var entries = object["authors"]?.arrayValue ?? []
        if let author = object["author"] { entries.append(author) }
        for case .object(let author) in entries {
            list.add(Person(name: text(author["name"]), email: nil, uri: url(author["url"], base)))
        }
        return list.people
    }

    /// A size written as a number: its whole part when it is not negative ("1234", "1234.0",
    /// "1.2e3").
    private static func byteCount(_ number: String) -> Int? {
        if let whole = Int(number) { return whole >= 0 ? whole : nil }
        guard let value = Double(number), value >= 0, value < 9e18 else { return nil }
        return Int(value)
    }

    private static func text(_ value: JSONValue?) -> String? {
        value?.stringValue.map(PlainText.fromLiteral)
    }

    private static func url(_ value: JSONValue?, _ base: String?) -> String? {
        value?.stringValue.flatMap { URLResolver.resolve($0, against: base) }
    }
}
