import CLibXML2
import Foundation

/// Builds a `Feed` from the SAX events of an RSS, RDF or Atom document, one element at a time,
/// with no tree of the document.
///
/// Every open element has a `Frame`: the scope its children are read in (feed, item, image,
/// person…), the `xml:base` and `xml:lang` in effect, and what to do at its end tag. An element
/// whose text is wanted (a title, a summary) opens a `FieldCapture`: its text and any markup
/// inside it (inline XHTML, HTML that a feed forgot to escape) gather in one byte buffer until
/// its end tag. Which element feeds which field, and with what precedence, is in
/// `FeedXMLBuilder+Elements.swift`.
final class FeedXMLBuilder: SAXContentHandler {
    enum Scope {
        /// Above the feed: the root element's parent.
        case document
        /// RSS's `<rss>` and RDF's `<rdf:RDF>`: the channel, items and image are its children.
        case rssRoot
        case feed
        case item
        /// RSS's `<image>`: its `<url>` is the feed's image.
        case image
        /// Atom's `<source>` inside an entry: only its title is read.
        case source
        /// Atom's `<author>`.
        case person
        /// Anything else: nothing inside is read.
        case ignored
    }

    enum EndAction {
        case none
        case finishItem
        case finishPerson
        case finishField
        /// Close a serialised element inside a captured field ("</b>", its name on top of
        /// `openTags`), or nothing for a void element or the XHTML wrapper `<div>`.
        case closeMarkup(hasEndTag: Bool)
    }

    /// Plain data, so pushing and popping one costs no reference counting: the `xml:base` and
    /// `xml:lang` in effect are indices into `bases` and `languages`.
    struct Frame {
        var scope: Scope
        var baseIndex: Int
        var languageIndex: Int
        var onEnd: EndAction
    }

    /// An element whose text is being gathered.
    struct FieldCapture {
        var field: Field
        var construct: TextConstruct
        var start: Int
        var base: String?
        /// Depth of the field's own frame in the stack.
        var depth: Int
        /// Atom `type="xhtml"`: the first `<div>` is a wrapper, not part of the value.
        var awaitsXHTMLWrapper: Bool
        /// Whether the value belongs to the current item (else to the feed).
        var isForItem = false
        /// Elements appeared inside: "literal" text with inline markup is HTML after all.
        var sawMarkup = false
    }

    let documentURL: String?
    let limits: ParserLimits
    var format: FeedFormat = .unknown
    var rootName: String?
    var rootNamespace: XMLNamespace = .none
    /// The `<html>` root of a web page being looked through for a feed.
    var webPageRoot: String?
    /// The root of a web page that held no feed.
    var webPageWithoutFeed: String? { format == .unknown ? webPageRoot : nil }
    // Exclusivity: the checks on the properties marked `@exclusivity(unchecked)` below are off
    // because the SAX callbacks read and write them on every event of every document, where a
    // dynamic check per access is pure overhead. It is sound because one
    // builder serves one parser on one thread, libxml2 calls the callbacks one at a time from
    // inside `SAXParser.push`, and no access to one of these properties is held open (inout, a
    // `modify` or a closure) across a call that touches the same property.
    @exclusivity(unchecked)  // sound: one thread, one callback at a time (see above)
    var draft = FeedDraft()
    @exclusivity(unchecked)  // sound: one thread, one callback at a time (see above)
    var items: [FeedItem] = []
    @exclusivity(unchecked)  // sound: one thread, one callback at a time (see above)
    var item: ItemDraft?
    var person: (name: String?, email: String?, uri: String?) = (nil, nil, nil)
    var personIsItems = false
    @exclusivity(unchecked)  // sound: one thread, one callback at a time (see above)
    var stack: [Frame] = []
    /// Every `xml:base` seen (resolved), and every `xml:lang`; index 0 is "none given".
    @exclusivity(unchecked)  // sound: one thread, one callback at a time (see above)
    private var bases: [String?]
    @exclusivity(unchecked)  // sound: one thread, one callback at a time (see above)
    private var languages: [String?] = [nil]
    @exclusivity(unchecked)  // sound: one thread, one callback at a time (see above)
    var capture: FieldCapture? {
        didSet { unsafe isCapturing = unsafe capture != nil; unsafe escapesCapturedText = unsafe capture?.construct.markup == .xhtml }
    }
    /// Copies of what `characters` needs, so the hottest callback copies no struct.
    @exclusivity(unchecked)  // sound: one thread, one callback at a time (see above)
    private var isCapturing = false
    @exclusivity(unchecked)  // sound: one thread, one callback at a time (see above)
    private var escapesCapturedText = false
    /// Names of the serialised elements open inside the captured field.
    @exclusivity(unchecked)  // sound: one thread, one callback at a time (see above)
    private var openTags: [String] = []
    @exclusivity(unchecked)  // sound: one thread, one callback at a time (see above)
    var text = ByteBuffer(capacity: 64 << 10)
    @exclusivity(unchecked)  // sound: one thread, one callback at a time (see above)
    var failure: FeedParserError?
    /// What the builder read against the rules (a `<pubdate>`), each said once.
    private(set) var warnings: [String] = []

    func warnOnce(_ message: String) {
        if !warnings.contains(message) { warnings.append(message) }
    }

    /// Element names and namespaces, cached by the address libxml2 interns them at (its
    /// dictionary gives one address per name for the whole parse).
    @exclusivity(unchecked)  // sound: one thread, one callback at a time (see above)
    private var names = PointerCache<InternedName>()
    @exclusivity(unchecked)  // sound: one thread, one callback at a time (see above)
    private var namespaces = PointerCache<XMLNamespace>()

    init(documentURL: String?, limits: ParserLimits) {
        self.documentURL = documentURL
        self.limits = limits
        unsafe bases = [documentURL]
        unsafe stack.reserveCapacity(32)
    }

    var shouldStop: Bool { unsafe failure != nil }

    static func installCallbacks(in sax: inout xmlSAXHandler) {
        unsafe sax.startElementNs = { context, localName, prefix, uri, _, _, attributeCount, _, attributes in
            unsafe SAXDispatch.startElement(FeedXMLBuilder.self, context, localName, prefix, uri, attributeCount, attributes)
        }
        unsafe sax.endElementNs = { context, _, _, _ in unsafe SAXDispatch.endElement(FeedXMLBuilder.self, context) }
        unsafe sax.characters = { context, text, length in unsafe SAXDispatch.characters(FeedXMLBuilder.self, context, text, length) }
    }

    // MARK: - SAX events

    func startElement(_ element: SAXElement) {
        let parent = unsafe stack.last ?? Frame(scope: .document, baseIndex: 0, languageIndex: 0, onEnd: .none)
        guard unsafe stack.count < limits.maxDepth else {
            unsafe failure = .tooDeep(limit: limits.maxDepth, line: 0)  // FeedParser fills in the line
            return
        }
        let name = unsafe internedName(element.localName)
        let namespace = unsafe internedNamespace(element.namespaceURI)
        var frame = parent
        frame.onEnd = .none
        if unsafe element.attributeCount > 0 {
            if let base = unsafe element.attribute("base", namespace: "http://www.w3.org/XML/1998/namespace") {
                unsafe bases.append(URLResolver.resolve(base, against: self.base(parent)) ?? self.base(parent))
                frame.baseIndex = unsafe bases.count - 1
            }
            if let language = unsafe element.attribute("lang", namespace: "http://www.w3.org/XML/1998/namespace") {
                unsafe languages.append(language.trimmingWhitespace)
                frame.languageIndex = unsafe languages.count - 1
            }
        }
        if unsafe isCapturing {
            unsafe startMarkup(element, name: name.text, namespace: namespace, frame: &frame)
        } else {
            unsafe start(element, name: name.known, namespace: namespace, parent: parent.scope, frame: &frame)
        }
        unsafe stack.append(frame)
    }

    func endElement() {
        guard let frame = unsafe stack.popLast() else { return }
        switch frame.onEnd {
        case .none: break
        case .closeMarkup(let hasEndTag):
            if hasEndTag, let name = unsafe openTags.popLast() {
                unsafe text.append("</")
                unsafe text.append(string: name)
                unsafe text.append(UInt8(ascii: ">"))
            }
        case .finishField:
            if var finished = unsafe capture.take() {
                if finished.sawMarkup, finished.construct.markup == .literal || finished.construct.markup == .htmlIfItLooksLikeIt {
                    finished.construct = .html
                }
                // `finish` reads the captured bytes in place; nothing writes to `text` meanwhile.
                let start = finished.start
                unsafe finish(finished, raw: text.bytes(from: start))
                unsafe text.removeAll(after: start)
            }
        case .finishPerson:
            let person = Person(
                name: person.name.map(PlainText.fromLiteral).flatMap { $0.isEmpty ? nil : $0 },
                email: person.email.map(PlainText.fromLiteral).flatMap { $0.isEmpty ? nil : $0 },
                uri: person.uri
            )
            if personIsItems { unsafe item?.authors.add(person) } else { unsafe draft.authors.add(person) }
            self.person = (nil, nil, nil)
        case .finishItem:
            // Taken, not copied: copying a draft retains every string in it.
            if let finished = unsafe item.take() { unsafe items.append(finished.item()) }
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard unsafe isCapturing else { return }
        if unsafe escapesCapturedText {
            unsafe HTMLEscaping.append(escaping: bytes, to: &text)
        } else {
            unsafe text.append(contentsOf: bytes)
        }
    }

    /// The `xml:base` in effect for a frame (else the document's URL).
    func base(_ frame: Frame) -> String? { unsafe bases[frame.baseIndex] }

    /// The `xml:lang` in effect for a frame.
    func language(_ frame: Frame) -> String? { unsafe languages[frame.languageIndex] }

    // MARK: - Fields

    /// Starts gathering the text of the element being opened.
    func beginField(_ field: Field, _ construct: TextConstruct, frame: inout Frame) {
        unsafe capture = unsafe FieldCapture(
            field: field, construct: construct, start: text.count, base: base(frame),
            depth: stack.count, awaitsXHTMLWrapper: construct.markup == .xhtml
        )
        frame.onEnd = .finishField
    }

    /// An element inside a captured field: written back out as markup.
    private func startMarkup(_ element: SAXElement, name: String, namespace: XMLNamespace, frame: inout Frame) {
        guard var capture = unsafe capture else { return }
        capture.sawMarkup = true
        unsafe self.capture = capture
        if capture.awaitsXHTMLWrapper {
            capture.awaitsXHTMLWrapper = false
            unsafe self.capture = capture
            let onlyWhitespace = unsafe text.bytes(from: capture.start).allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
            if name == "div", namespace == .xhtml, unsafe stack.count == capture.depth + 1, onlyWhitespace {
                unsafe text.removeAll(after: capture.start)
                frame.onEnd = .closeMarkup(hasEndTag: false)
                return
            }
        }
        // XHTML elements are written without their prefix: the value is read as HTML.
        let tag = unsafe namespace == .xhtml ? name : element.qualifiedName
        unsafe text.append(UInt8(ascii: "<"))
        unsafe text.append(string: tag)
        for (attributeName, value) in unsafe element.allAttributes() where !attributeName.hasPrefix("xml:") {
            var value = value
            if Self.urlAttributes.contains(attributeName.lowercased()), let base = base(frame),
                let resolved = URLResolver.resolve(value, against: base)
            {
                value = resolved
            }
            unsafe text.append(UInt8(ascii: " "))
            unsafe text.append(string: attributeName)
            unsafe text.append("=\"")
            unsafe text.append(string: HTMLEscaping.escape(value, quotes: true))
            unsafe text.append(UInt8(ascii: "\""))
        }
        if Self.voidElements.contains(tag.lowercased()) {
            unsafe text.append(" />")
            frame.onEnd = .closeMarkup(hasEndTag: false)
        } else {
            unsafe text.append(UInt8(ascii: ">"))
            unsafe openTags.append(tag)
            frame.onEnd = .closeMarkup(hasEndTag: true)
        }
    }

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]
    static let urlAttributes: Set<String> = [
        "href", "src", "cite", "action", "background", "longdesc", "poster", "usemap", "codebase", "data", "profile",
    ]

    // MARK: - Interning

    private func internedName(_ pointer: UnsafePointer<xmlChar>) -> InternedName {
        unsafe names.value(for: UnsafeRawPointer(pointer)) {
            let text = unsafe String(cString: pointer)
            return InternedName(text: text, known: ElementName(text))
        }
    }

    private func internedNamespace(_ pointer: UnsafePointer<xmlChar>?) -> XMLNamespace {
        guard let pointer = unsafe pointer else { return .none }
        return unsafe namespaces.value(for: UnsafeRawPointer(pointer)) { unsafe XMLNamespace(uri: String(cString: pointer)) }
    }

    // MARK: - The result

    /// The feed read so far, with the given encoding and warnings.
    func feed(encoding: String, warnings: [String]) -> Feed {
        var feed = Feed()
        feed.format = format
        feed.encoding = encoding
        feed.title = unsafe draft.title.value
        feed.subtitle = unsafe draft.subtitle.value
        feed.link = unsafe draft.link.value
        feed.feedURL = unsafe draft.feedURL.value
        feed.language = unsafe draft.language.value
        feed.updated = unsafe draft.updated.value
        feed.generator = unsafe draft.generator.value
        feed.image = unsafe draft.image.value
        feed.authors = unsafe draft.authors.people
        feed.categories = unsafe draft.categories.terms
        // Handed over, not copied: the builder keeps no reference, so the array is mutated in place.
        var all = unsafe items
        unsafe items = []
        StableIdentity.assign(to: &all)
        feed.items = all
        feed.warnings = warnings
        return feed
    }
}
