import CLibXML2
import Foundation

/// Reads OPML 1.0 and 2.0 subscription lists, as Feedly, Inoreader, NetNewsWire, Miniflux and
/// Thunderbird export them.
///
/// The rules: an `<outline>` with an `xmlUrl` is a subscription; one without is a folder, and
/// the folders around a subscription are its categories, outermost first. A title is `title`,
/// else `text`; an outline with neither is kept, untitled. Attribute names are matched without
/// regard to case (`xmlURL` and `xmlurl` are both seen in exports). `type` is kept as given
/// (rss, atom, or missing: the format is told from the feed itself later). A relative `xmlUrl`
/// is resolved against the OPML document's own location. The same URL listed twice is kept
/// once, in its first place. The bytes go through the same hardened stages as feeds
/// (`XMLTranscoder`, `XMLRepairStream`, `SAXParser`).
public enum OPMLReader {
    /// - Parameter location: where the OPML came from (an http(s) or file:// URL), for
    ///   resolving relative `xmlUrl`s; nil leaves them as written.
    public static func read(_ data: Data, location: String?, limits: ParserLimits = ParserLimits()) throws(FeedParserError) -> SubscriptionList {
        guard data.count <= limits.maxDocumentBytes else { throw .tooLarge(limit: limits.maxDocumentBytes) }
        guard data.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else { throw .empty }
        let transcoder = XMLTranscoder(contentType: nil)
        var repair = XMLRepairStream(limits: limits)
        let builder = OPMLBuilder(location: location, limits: limits)
        let sax = SAXParser(handler: builder, maxWarnings: limits.maxWarnings)
        var utf8 = unsafe data.withUnsafeBytes { unsafe transcoder.push($0) }
        utf8 += transcoder.finish()
        var repaired = ByteBuffer(capacity: utf8.count + 64)
        unsafe utf8.withUnsafeBufferPointer { unsafe repair.push($0, into: &repaired) }
        repair.finish(into: &repaired)
        if let failure = repair.failure { throw failure }
        let (unmarked, escaped) = unsafe OPMLAttributeMarkup.escape(repaired.bytes)
        var markupWarnings: [String] = []
        if escaped > 0 {
            markupWarnings.append("raw markup ('<') in \(escaped == 1 ? "an attribute value was" : "attribute values were") read as text")
        }
        unsafe unmarked.withUnsafeBufferPointer { unsafe sax.push($0) }
        sax.finish()
        if let failure = builder.failure { throw failure }
        guard builder.sawRoot else {
            throw .notOPML(sax.warnings.first ?? "no root element")
        }
        let warnings = transcoder.warnings + repair.warnings + markupWarnings + sax.warnings + builder.warnings
        return SubscriptionList(title: builder.title, subscriptions: builder.subscriptions, warnings: warnings)
    }
}

/// Turns the SAX events of an OPML document into subscriptions.
final class OPMLBuilder: SAXContentHandler {
    private let location: String?
    private let limits: ParserLimits
    private(set) var title: String?
    private(set) var subscriptions: [Subscription] = []
    private(set) var warnings: [String] = []
    private(set) var failure: FeedParserError?
    private(set) var sawRoot = false
    private var seen: Set<String> = []
    /// One entry per open element: the folder name it opens, if it is a folder outline.
    private var stack: [String?] = []
    private var inHeadTitle = false
    private var titleText: [UInt8] = []
    private var depth = 0

    init(location: String?, limits: ParserLimits) {
        self.location = location
        self.limits = limits
    }

    static func installCallbacks(in sax: inout xmlSAXHandler) {
        unsafe sax.startElementNs = { context, localName, prefix, uri, _, _, attributeCount, _, attributes in
            unsafe SAXDispatch.startElement(OPMLBuilder.self, context, localName, prefix, uri, attributeCount, attributes)
        }
        unsafe sax.endElementNs = { context, _, _, _ in unsafe SAXDispatch.endElement(OPMLBuilder.self, context) }
        unsafe sax.characters = { context, text, length in unsafe SAXDispatch.characters(OPMLBuilder.self, context, text, length) }
    }

    var shouldStop: Bool { failure != nil }

    func startElement(_ element: SAXElement) {
        depth += 1
        guard depth <= limits.maxDepth else {
            failure = .tooDeep(limit: limits.maxDepth, line: 0)
            return
        }
        let name = unsafe element.name
        if !sawRoot {
            sawRoot = true
            guard name.lowercased() == "opml" else {
                failure = .notOPML(unsafe "the root element is <\(element.qualifiedName)>, not <opml>")
                return
            }
        }
        if name == "title", stack.count == 2 {
            inHeadTitle = true
            stack.append(nil)
            return
        }
        guard name.lowercased() == "outline" else {
            stack.append(nil)
            return
        }
        var attributes: [String: String] = [:]
        for (key, value) in unsafe element.allAttributes() { attributes[key.lowercased()] = value }
        // A label with markup in it (an ill-formed export) is read for its text.
        let label = [attributes["title"], attributes["text"]]
            .compactMap { $0.map { PlainText.looksLikeHTML($0) ? PlainText.fromHTML($0) : PlainText.fromLiteral($0) } }
            .first { !$0.isEmpty }
        guard let rawURL = attributes["xmlurl"]?.trimmingWhitespace, !rawURL.isEmpty else {
            // A folder (or an outline of another kind: a link, a note), named by its label.
            stack.append(label ?? "")
            return
        }
        stack.append(nil)
        guard let url = URLResolver.resolve(rawURL, against: location) else {
            warnings.append("skipped \(label.map { "'\($0)'" } ?? "an outline"): unsafe xmlUrl \(rawURL)")
            return
        }
        guard seen.insert(url).inserted else { return }
        let type = attributes["type"]?.trimmingWhitespace.lowercased()
        subscriptions.append(
            Subscription(
                feedURL: url,
                title: label,
                // An empty htmlUrl="" is no site, not the OPML file's own address.
                siteURL: attributes["htmlurl"].flatMap { $0.trimmingWhitespace.isEmpty ? nil : URLResolver.resolve($0, against: location) }
                    .flatMap { $0.isEmpty ? nil : $0 },
                type: type?.isEmpty == false ? type : nil,
                folders: stack.dropLast().compactMap { $0 }.filter { !$0.isEmpty }
            ))
    }

    func endElement() {
        depth -= 1
        if inHeadTitle {
            inHeadTitle = false
            let text = PlainText.fromLiteral(String(decoding: titleText, as: UTF8.self))
            title = text.isEmpty ? nil : text
        }
        _ = stack.popLast()
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>) {
        if inHeadTitle { unsafe titleText.append(contentsOf: text) }
    }
}
