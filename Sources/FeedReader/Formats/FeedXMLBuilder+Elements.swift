import Foundation

/// Which element feeds which field, by scope, and with what precedence.
///
/// Ranks (higher wins, then document order): a format's own element beats a module's
/// (RSS `<title>` 2 beats `dc:title` 1 beats `media:title` 0). Dates: RSS `<lastBuildDate>` 3
/// beats the channel's `<pubDate>` 2 beats `dcterms:modified` 2 beats `dc:date` 1; an item's
/// `<pubDate>` or Atom `<published>` 3 beats `dcterms:issued` 2 beats `dc:date` 1. Links: RSS
/// `<link>` 3 beats Atom's alternate `<link>` 2 beats a permalink `<guid>` 1.
extension FeedXMLBuilder {
    /// What an element's text is for once its end tag arrives.
    enum Field {
        case title(rank: Int)
        /// The feed's subtitle, or an item's summary.
        case description(rank: Int)
        case content(rank: Int)
        case link(rank: Int)
        case guid(isPermaLink: Bool)
        case id
        case language(rank: Int)
        case updated(rank: Int)
        case published(rank: Int)
        case generator
        case imageURL(rank: Int)
        /// RSS `<author>`, `<managingEditor>`: "jo@example.com (Jo Doe)" and the like.
        case author
        case category
        /// `itunes:keywords`: terms separated by commas.
        case keywords
        case comments
        case sourceTitle
        /// RSS `<description>` of an item: its summary, or its content when a `<summary>` came too.
        case rssItemDescription
        case personName, personEmail, personURI
    }

    // MARK: - Opening elements

    func start(_ element: SAXElement, name: ElementName, namespace: XMLNamespace, parent: Scope, frame: inout Frame) {
        frame.scope = .ignored
        switch parent {
        case .document: unsafe startRoot(element, name: name, namespace: namespace, frame: &frame)
        case .rssRoot: startInRSSRoot(name: name, namespace: namespace, frame: &frame)
        case .feed: unsafe startInFeed(element, name: name, namespace: namespace, frame: &frame)
        case .item: unsafe startInItem(element, name: name, namespace: namespace, frame: &frame)
        case .image:
            if isRSSCore(namespace), name == .url { beginField(.imageURL(rank: 3), .literal, frame: &frame, forItem: false) }
        case .source:
            if isAtomCore(namespace), name == .title {
                unsafe beginField(.sourceTitle, atomConstruct(element), frame: &frame, forItem: true)
            }
        case .person:
            switch name {
            case .name: beginField(.personName, .literal, frame: &frame, forItem: personIsItems)
            case .email: beginField(.personEmail, .literal, frame: &frame, forItem: personIsItems)
            case .uri, .url, .homepage: beginField(.personURI, .literal, frame: &frame, forItem: personIsItems)
            default: break
            }
        case .ignored: break
        }
    }

    /// The root element says what the document is. A web page (`<html>`) may hold the feed
    /// (a blog that serves its Atom feed inside an XHTML page): its elements are looked through
    /// for a feed root, which is read with a warning; a page without one is not a feed.
    private func startRoot(_ element: SAXElement, name: ElementName, namespace: XMLNamespace, frame: inout Frame) {
        if webPageRoot != nil, format != .unknown {
            return  // the page's feed has been read; the rest of the page is not a feed
        }
        rootName = unsafe element.qualifiedName
        rootNamespace = namespace
        switch (name, namespace) {
        case (.rss, _):
            format = unsafe Self.rssFormat(version: element.attribute("version"))
            frame.scope = .rssRoot
        case (.rdf, .rdf):
            format = .rss10
            frame.scope = .rssRoot
        case (.feed, .atom10):
            format = .atom10
            frame.scope = .feed
        case (.feed, .atom03):
            format = .atom03
            frame.scope = .feed
        case (.feed, _):
            format = unsafe element.attribute("version")?.trimmingWhitespace == "0.3" ? .atom03 : .atom
            frame.scope = .feed
        case (.channel, .none):
            format = .rss
            frame.scope = .feed
        default:
            if unsafe webPageRoot != nil || element.qualifiedName.lowercased() == "html" {
                if webPageRoot == nil { webPageRoot = unsafe element.qualifiedName }
                frame.scope = .document
                return
            }
            unsafe failure = .notAFeed(unsafe "the root element is <\(element.qualifiedName)>, not <rss>, <rdf:RDF> or <feed>")
            return
        }
        if let page = webPageRoot { warnOnce(unsafe "the feed is inside a web page: read the <\(element.qualifiedName)> inside <\(page)>") }
        unsafe draft.language.offer(language(frame), rank: 1)
    }

    /// RSS's version attribute: 0.91 (Netscape's and UserLand's alike), 0.92, 0.93, 0.94 and
    /// 2.0 (2.0.1 and 2.0.11 are 2.0 revisions); anything else, or none, is plain `rss`.
    static func rssFormat(version: String?) -> FeedFormat {
        switch version?.trimmingWhitespace {
        case "0.91": .rss091
        case "0.92": .rss092
        case "0.93": .rss093
        case "0.94": .rss094
        case let version? where version == "2" || version.hasPrefix("2."): .rss20
        case "0.90", "0.9": .rss090
        default: .rss
        }
    }

    private func startInRSSRoot(name: ElementName, namespace: XMLNamespace, frame: inout Frame) {
        guard isRSSCore(namespace) else { return }
        if namespace == .rss090, rootNamespace == .rdf { format = .rss090 }
        switch name {
        case .channel:
            frame.scope = .feed
            unsafe draft.language.offer(language(frame), rank: 1)
        case .item: startItem(frame: &frame)
        case .image: frame.scope = .image
        default: break
        }
    }

    private func startInFeed(_ element: SAXElement, name: ElementName, namespace: XMLNamespace, frame: inout Frame) {
        switch namespace {
        case .none, .rss10, .rss090, .atom10, .atom03, .other:
            if format.isAtom, isAtomCore(namespace) {
                unsafe startAtomFeedElement(element, name: name, frame: &frame)
            } else if !format.isAtom, isRSSCore(namespace) {
                unsafe startRSSChannelElement(element, name: name, frame: &frame)
            } else if name == .link, namespace == .atom10 || namespace == .atom03 {
                // atom:link inside RSS: rel="self" says where the feed lives.
                unsafe atomLink(element, base: base(frame), forItem: false, rank: 1)
            }
        case .dublinCore:
            switch name {
            case .title: beginField(.title(rank: 1), .rssText, frame: &frame, forItem: false)
            case .description: beginField(.description(rank: 1), .html, frame: &frame, forItem: false)
            case .language: beginField(.language(rank: 2), .literal, frame: &frame, forItem: false)
            case .date: beginField(.updated(rank: 1), .literal, frame: &frame, forItem: false)
            case .creator, .author: beginField(.author, .literal, frame: &frame, forItem: false)
            case .subject: beginField(.category, .literal, frame: &frame, forItem: false)
            default: break
            }
        case .dublinCoreTerms:
            if name == .modified { beginField(.updated(rank: 2), .literal, frame: &frame, forItem: false) }
        case .itunes:
            unsafe startITunes(element, name: name, frame: &frame, forItem: false)
        case .media:
            if name == .category { beginField(.category, .literal, frame: &frame, forItem: false) }
        default: break
        }
    }

    private func startRSSChannelElement(_ element: SAXElement, name: ElementName, frame: inout Frame) {
        switch name {
        case .title: beginField(.title(rank: 2), .rssText, frame: &frame, forItem: false)
        case .link: beginField(.link(rank: 3), .literal, frame: &frame, forItem: false)
        case .description: beginField(.description(rank: 2), .html, frame: &frame, forItem: false)
        case .language: beginField(.language(rank: 2), .literal, frame: &frame, forItem: false)
        case .lastBuildDate: beginField(.updated(rank: 3), .literal, frame: &frame, forItem: false)
        case .pubDate: beginField(.updated(rank: 2), .literal, frame: &frame, forItem: false)
        case .lowercasePubDate:
            warnOnce("<pubdate> read as <pubDate> (XML names are case-sensitive)")
            beginField(.updated(rank: 2), .literal, frame: &frame, forItem: false)
        case .generator: beginField(.generator, .literal, frame: &frame, forItem: false)
        case .managingEditor, .author: beginField(.author, .literal, frame: &frame, forItem: false)
        case .category: beginField(.category, .literal, frame: &frame, forItem: false)
        case .image: frame.scope = .image
        case .item: startItem(frame: &frame)
        default: break
        }
    }

    private func startAtomFeedElement(_ element: SAXElement, name: ElementName, frame: inout Frame) {
        switch name {
        case .title: unsafe beginField(.title(rank: 2), atomConstruct(element), frame: &frame, forItem: false)
        case .subtitle, .tagline: unsafe beginField(.description(rank: 2), atomConstruct(element), frame: &frame, forItem: false)
        case .link: unsafe atomLink(element, base: base(frame), forItem: false, rank: 2)
        case .updated, .modified: beginField(.updated(rank: 3), .literal, frame: &frame, forItem: false)
        // YouTube's channel feeds date the feed only with <published>.
        case .published: beginField(.updated(rank: 1), .literal, frame: &frame, forItem: false)
        case .generator: beginField(.generator, .literal, frame: &frame, forItem: false)
        case .logo: beginField(.imageURL(rank: 3), .literal, frame: &frame, forItem: false)
        case .icon: beginField(.imageURL(rank: 2), .literal, frame: &frame, forItem: false)
        case .author: startPerson(forItem: false, frame: &frame)
        case .category: unsafe draft.categories.add(element.attribute("term") ?? element.attribute("label"))
        case .entry: startItem(frame: &frame)
        default: break
        }
    }

    private func startInItem(_ element: SAXElement, name: ElementName, namespace: XMLNamespace, frame: inout Frame) {
        switch namespace {
        case .none, .rss10, .rss090, .atom10, .atom03, .other:
            if format.isAtom, isAtomCore(namespace) {
                unsafe startAtomEntryElement(element, name: name, frame: &frame)
            } else if !format.isAtom, isRSSCore(namespace) {
                unsafe startRSSItemElement(element, name: name, frame: &frame)
            } else if namespace == .atom10 || namespace == .atom03 {
                unsafe startAtomElementInRSSItem(element, name: name, frame: &frame)
            }
        case .content:
            if name == .encoded { beginField(.content(rank: 3), .html, frame: &frame, forItem: true) }
        case .dublinCore:
            switch name {
            case .title: beginField(.title(rank: 1), .rssText, frame: &frame, forItem: true)
            case .description: beginField(.description(rank: 1), .html, frame: &frame, forItem: true)
            case .date: beginField(.published(rank: 1), .literal, frame: &frame, forItem: true)
            case .creator, .author: beginField(.author, .literal, frame: &frame, forItem: true)
            case .subject: beginField(.category, .literal, frame: &frame, forItem: true)
            default: break
            }
        case .dublinCoreTerms:
            switch name {
            case .issued: beginField(.published(rank: 2), .literal, frame: &frame, forItem: true)
            case .modified: beginField(.updated(rank: 2), .literal, frame: &frame, forItem: true)
            default: break
            }
        case .itunes:
            unsafe startITunes(element, name: name, frame: &frame, forItem: true)
        case .media:
            switch name {
            case .title: beginField(.title(rank: 0), .rssText, frame: &frame, forItem: true)
            case .description:
                let construct: TextConstruct = unsafe element.attribute("type")?.lowercased() == "html" ? .html : .rssText
                beginField(.description(rank: 0), construct, frame: &frame, forItem: true)
            case .category: beginField(.category, .literal, frame: &frame, forItem: true)
            case .group: frame.scope = .item  // media:group holds media:title and friends
            default: break
            }
        case .xhtml:
            if name == .body {
                beginField(.content(rank: 2), .xhtml, frame: &frame, forItem: true)
                unsafe capture?.awaitsXHTMLWrapper = false
            }
        default: break
        }
    }

    private func startRSSItemElement(_ element: SAXElement, name: ElementName, frame: inout Frame) {
        switch name {
        case .title: beginField(.title(rank: 2), .rssText, frame: &frame, forItem: true)
        case .link: beginField(.link(rank: 3), .literal, frame: &frame, forItem: true)
        case .description: beginField(.rssItemDescription, .html, frame: &frame, forItem: true)
        // Not RSS, but seen in the wild and read by feedparser: <summary>, <tags>, <body>.
        case .summary:
            unsafe item?.hasSummaryElement = true
            beginField(.description(rank: 3), .html, frame: &frame, forItem: true)
        case .tags: beginField(.keywords, .literal, frame: &frame, forItem: true)
        case .body:
            beginField(.content(rank: 2), .xhtml, frame: &frame, forItem: true)
            unsafe capture?.awaitsXHTMLWrapper = false
        case .guid:
            let isPermaLink = unsafe element.attribute("isPermaLink")?.trimmingWhitespace.lowercased() != "false"
            beginField(.guid(isPermaLink: isPermaLink), .literal, frame: &frame, forItem: true)
        case .pubDate: beginField(.published(rank: 3), .literal, frame: &frame, forItem: true)
        case .lowercasePubDate:
            warnOnce("<pubdate> read as <pubDate> (XML names are case-sensitive)")
            beginField(.published(rank: 3), .literal, frame: &frame, forItem: true)
        case .author: beginField(.author, .literal, frame: &frame, forItem: true)
        case .category: beginField(.category, .literal, frame: &frame, forItem: true)
        case .comments: beginField(.comments, .literal, frame: &frame, forItem: true)
        case .source: beginField(.sourceTitle, .rssText, frame: &frame, forItem: true)
        case .enclosure:
            unsafe enclosure(url: element.attribute("url"), type: element.attribute("type"), length: element.attribute("length"), base: base(frame))
        case .item: startItemInsideUnclosedItem(frame: &frame)
        default: break
        }
    }

    /// Atom's elements inside an RSS item (`xmlns:atom`): its links, and its dates, which the
    /// contract takes `updated` from. RSS's own `<pubDate>` still comes first for `published`.
    private func startAtomElementInRSSItem(_ element: SAXElement, name: ElementName, frame: inout Frame) {
        switch name {
        case .link: unsafe atomLink(element, base: base(frame), forItem: true, rank: 2)
        case .updated, .modified: beginField(.updated(rank: 3), .literal, frame: &frame, forItem: true)
        case .published, .issued: beginField(.published(rank: 2), .literal, frame: &frame, forItem: true)
        default: break
        }
    }

    private func startAtomEntryElement(_ element: SAXElement, name: ElementName, frame: inout Frame) {
        switch name {
        case .title: unsafe beginField(.title(rank: 2), atomConstruct(element), frame: &frame, forItem: true)
        case .link:
            if unsafe element.attribute("href") == nil, unsafe isAlternateHTML(element) {
                beginField(.link(rank: 2), .literal, frame: &frame, forItem: true)
            } else {
                unsafe atomLink(element, base: base(frame), forItem: true, rank: 2)
            }
        case .id: beginField(.id, .literal, frame: &frame, forItem: true)
        case .summary: unsafe beginField(.description(rank: 2), atomConstruct(element), frame: &frame, forItem: true)
        case .content:
            // RFC 4287 4.1.3.2: content with `src` is out of line; there is no body to read.
            guard unsafe element.attribute("src") == nil else { return }
            unsafe beginField(.content(rank: 2), atomConstruct(element, isContent: true), frame: &frame, forItem: true)
        case .published, .issued: beginField(.published(rank: 3), .literal, frame: &frame, forItem: true)
        case .updated, .modified: beginField(.updated(rank: 3), .literal, frame: &frame, forItem: true)
        case .author: startPerson(forItem: true, frame: &frame)
        case .category: unsafe item?.categories.add(element.attribute("term") ?? element.attribute("label"))
        case .source: frame.scope = .source
        case .entry: startItemInsideUnclosedItem(frame: &frame)
        default: break
        }
    }

    /// iTunes podcast elements, at feed or item level.
    private func startITunes(_ element: SAXElement, name: ElementName, frame: inout Frame, forItem: Bool) {
        switch name {
        case .author: beginField(.author, .literal, frame: &frame, forItem: forItem)
        case .subtitle where !forItem: beginField(.description(rank: 1), .literal, frame: &frame, forItem: false)
        case .summary: beginField(.description(rank: forItem ? 1 : 0), .rssText, frame: &frame, forItem: forItem)
        case .keywords: beginField(.keywords, .literal, frame: &frame, forItem: forItem)
        case .category:
            // Nested itunes:category elements each name a term in their `text` attribute.
            let term = unsafe element.attribute("text")
            if forItem { unsafe item?.categories.add(term) } else { unsafe draft.categories.add(term) }
            frame.scope = forItem ? .item : .feed
        case .link where !forItem:
            guard unsafe element.attribute("rel")?.lowercased() == "image" else { return }
            fallthrough
        case .image where !forItem:
            if let href = unsafe element.attribute("href"), let url = URLResolver.resolve(href, against: base(frame)) {
                unsafe draft.image.offer(url, rank: 1)
            }
        default: break
        }
    }

    // MARK: - Scopes

    private func startItem(frame: inout Frame) {
        guard unsafe item == nil else { return }
        unsafe item = ItemDraft()
        frame.scope = .item
        frame.onEnd = .finishItem
    }

    /// An `<item>` that begins inside another: the one before lost its end tag (a template that
    /// forgot `</item>`), and libxml2's recovery nests each later item one level deeper. The
    /// earlier item ends here, so none after it is lost.
    private func startItemInsideUnclosedItem(frame: inout Frame) {
        warnOnce("an entry began before the one before it ended: that one was closed there")
        if let finished = unsafe item.take() { unsafe items.append(finished.item()) }
        startItem(frame: &frame)
    }

    private func startPerson(forItem: Bool, frame: inout Frame) {
        person = (nil, nil, nil)
        personIsItems = forItem
        frame.scope = .person
        frame.onEnd = .finishPerson
    }

    /// RSS's own elements: no namespace, RSS 1.0's or 0.90's, or whatever unknown namespace the
    /// root element declared as its default (`xmlns="http://backend.userland.com/rss2.1"`).
    func isRSSCore(_ namespace: XMLNamespace) -> Bool {
        namespace == .none || namespace == .rss10 || namespace == .rss090 || (namespace == .other && rootNamespace == .other)
    }

    /// Atom's own elements: Atom 1.0's or 0.3's namespace, or the root's when it is another
    /// (feeds written against a draft namespace, or none at all).
    func isAtomCore(_ namespace: XMLNamespace) -> Bool {
        namespace == .atom10 || namespace == .atom03 || namespace == rootNamespace
    }

    private func atomConstruct(_ element: SAXElement, isContent: Bool = false) -> TextConstruct {
        unsafe TextConstruct.atom(type: element.attribute("type"), mode: element.attribute("mode"), isContent: isContent)
    }

    func beginField(_ field: Field, _ construct: TextConstruct, frame: inout Frame, forItem: Bool) {
        guard unsafe !forItem || item != nil else { return }
        beginField(field, construct, frame: &frame)
        unsafe capture?.isForItem = forItem
    }

    // MARK: - Attribute-only elements

    /// Atom's `<link>` (RFC 4287 section 4.2.7): `rel` defaults to "alternate"; an alternate
    /// link with an HTML type (or none) is the page; "self" is the feed's own URL; "enclosure"
    /// an attachment. Other relations (related, via, replies) are not the entry's page.
    private func atomLink(_ element: SAXElement, base: String?, forItem: Bool, rank: Int) {
        guard let href = unsafe element.attribute("href"), let url = URLResolver.resolve(href, against: base) else { return }
        let relation = unsafe element.attribute("rel")?.trimmingWhitespace.lowercased() ?? "alternate"
        let type = unsafe element.attribute("type")?.trimmingWhitespace.lowercased()
        switch relation {
        case "alternate", "http://www.iana.org/assignments/relation/alternate":
            // An alternate of another type (a PDF, an audio file) is still the entry's best link
            // when it is the only one (a journal's Atom feed links each paper as a PDF); an HTML
            // page beats it.
            let isHTML = type == nil || type == "" || type == "text/html" || type == "application/xhtml+xml"
            let rank = isHTML ? rank : 0
            if forItem { unsafe item?.link.offer(url, rank: rank) } else { unsafe draft.link.offer(url, rank: rank) }
        case "self" where !forItem:
            unsafe draft.feedURL.offer(url, rank: 1)
        case "enclosure" where forItem:
            unsafe enclosure(url: href, type: type, length: element.attribute("length"), base: base)
        default: break
        }
    }

    /// An Atom link to the entry's page: rel alternate (or none), type HTML (or none).
    private func isAlternateHTML(_ element: SAXElement) -> Bool {
        let relation = unsafe element.attribute("rel")?.trimmingWhitespace.lowercased() ?? "alternate"
        let type = unsafe element.attribute("type")?.trimmingWhitespace.lowercased() ?? ""
        return relation == "alternate" && (type.isEmpty || type == "text/html" || type == "application/xhtml+xml")
    }

    private func enclosure(url: String?, type: String?, length: String?, base: String?) {
        guard unsafe item != nil, let url, let resolved = URLResolver.resolve(url, against: base), !resolved.isEmpty else { return }
        let type = type?.trimmingWhitespace
        let enclosure = Enclosure(
            url: resolved,
            type: type?.isEmpty == false ? type : nil,
            length: length.flatMap { Int($0.trimmingWhitespace) }.flatMap { $0 >= 0 ? $0 : nil }
        )
        if unsafe item?.enclosures.contains(enclosure) == false { unsafe item?.enclosures.append(enclosure) }
    }

    // MARK: - Closing fields

    /// A date of any form `FeedDateParser` reads; else a zoneless "2020/1/10 14:33:00", as UTC,
    /// with a warning.
    private func date(_ raw: UnsafeBufferPointer<UInt8>) -> Date? {
        if let date = unsafe FeedDateParser.parse(bytes: raw) { return date }
        guard let date = unsafe ZonelessSlashedDateParser.parse(bytes: raw) else { return nil }
        let said = "dates without a time zone were read as UTC"
        if !warnings.contains(where: { $0.hasPrefix(said) }) {
            warnOnce(unsafe "\(said) (the first: \"\(String(decoding: raw, as: UTF8.self).trimmingWhitespace)\")")
        }
        return date
    }

    /// Gives the field its value from the element's text, `raw` (UTF-8, valid only during the
    /// call). A String is made only of what the field keeps: the plain text of a description is
    /// made from the bytes, without making one of the markup first.
    func finish(_ capture: FieldCapture, raw: UnsafeBufferPointer<UInt8>) {
        let construct = capture.construct
        let forItem = capture.isForItem
        func string() -> String { unsafe String(validUTF8: raw) }
        switch capture.field {
        case .title(let rank):
            let value = unsafe construct.plainText(raw)
            if forItem { unsafe item?.title.offer(value, rank: rank) } else { unsafe draft.title.offer(value, rank: rank) }
        case .description(let rank):
            let value = unsafe construct.plainText(raw)
            if forItem { unsafe item?.summary.offer(value, rank: rank) } else { unsafe draft.subtitle.offer(value, rank: rank) }
        case .content(let rank):
            guard var html = unsafe construct.html(raw) else { return }
            if let base = capture.base, URLResolver.isAbsolute(base) {
                html = HTMLURLRewriter.resolvingRelativeURLs(in: html, against: base)
            }
            unsafe item?.content.offer(html, rank: rank)
        case .link(let rank):
            let url = unsafe URLResolver.resolve(PlainText.fromLiteral(raw), against: capture.base)
            if forItem { unsafe item?.link.offer(url, rank: rank) } else { unsafe draft.link.offer(url, rank: rank) }
        case .guid(let isPermaLink):
            let id = unsafe PlainText.fromLiteral(raw)
            unsafe item?.id.offer(id, rank: 2)
            if isPermaLink, !id.isEmpty { unsafe item?.link.offer(URLResolver.resolve(id, against: capture.base), rank: 1) }
        case .id:
            unsafe item?.id.offer(PlainText.fromLiteral(raw), rank: 2)
        case .language(let rank):
            unsafe draft.language.offer(PlainText.fromLiteral(raw), rank: rank)
        case .updated(let rank):
            let date = unsafe date(raw)
            if forItem {
                unsafe item?.updated.offer(date, rank: rank, laterWins: true)
            } else {
                unsafe draft.updated.offer(date, rank: rank, laterWins: true)
            }
        case .published(let rank):
            unsafe item?.published.offer(date(raw), rank: rank, laterWins: true)
        case .generator:
            unsafe draft.generator.offer(PlainText.fromLiteral(raw), rank: 1)
        case .imageURL(let rank):
            unsafe draft.image.offer(URLResolver.resolve(PlainText.fromLiteral(raw), against: capture.base), rank: rank)
        case .author:
            // `<author><name>Jo</name><title>…</title></author>` (a cloud vendor's blog): the
            // child elements, not their markup.
            let person = capture.sawMarkup ? PersonText.fromChildElements(string()) : PersonText.parse(string())
            if forItem { unsafe item?.authors.add(person) } else { unsafe draft.authors.add(person) }
        case .category:
            if forItem { unsafe item?.categories.add(string()) } else { unsafe draft.categories.add(string()) }
        case .keywords:
            for keyword in string().split(separator: ",") {
                if forItem { unsafe item?.categories.add(String(keyword)) } else { unsafe draft.categories.add(String(keyword)) }
            }
        case .comments:
            unsafe item?.comments.offer(URLResolver.resolve(PlainText.fromLiteral(raw), against: capture.base), rank: 1)
        case .rssItemDescription:
            unsafe item?.summary.offer(construct.plainText(raw), rank: 2)
            // Kept as bytes: it is the content only when a <summary> comes too, which is rare.
            unsafe item?.descriptionHTML = unsafe Array(raw)
        case .sourceTitle:
            unsafe item?.sourceFeed.offer(construct.plainText(raw), rank: 1)
        case .personName: person.name = string()
        case .personEmail: person.email = string()
        case .personURI: person.uri = unsafe URLResolver.resolve(PlainText.fromLiteral(raw), against: capture.base)
        }
    }
}
