import CLibXML2
import Foundation

/// What the SAX parser reports, in document order. Pointers handed over are valid only during
/// the call.
protocol SAXContentHandler: AnyObject {
    func startElement(_ element: SAXElement)
    func endElement()
    func characters(_ text: UnsafeBufferPointer<UInt8>)
    /// Asked after each element event; true stops the parse (a limit was reached).
    var shouldStop: Bool { get }
    /// Sets libxml2's element and text callbacks to ones that call this type directly, each a
    /// line that hands over to `SAXDispatch` with the concrete type. Why: libxml2 calls them a
    /// few hundred thousand times per corpus, and going through the protocol cost a retain, a
    /// release and a witness call each time. (A C callback cannot be generic, so each type
    /// names itself.)
    static func installCallbacks(in sax: inout xmlSAXHandler)
}

/// The bodies of the libxml2 callbacks, for a concrete handler type. The context libxml2 passes
/// is the parser context, whose `_private` is the handler (see `SAXParser.start`).
enum SAXDispatch {
    @inline(__always)
    static func startElement<Handler: SAXContentHandler>(
        _: Handler.Type, _ context: UnsafeMutableRawPointer?, _ localName: UnsafePointer<xmlChar>?,
        _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?, _ attributeCount: Int32,
        _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        guard let context = unsafe context, let localName = unsafe localName else { return }
        unsafe withHandler(Handler.self, context) { handler, parserContext in
            unsafe handler.startElement(
                SAXElement(
                    localName: localName, prefix: prefix, namespaceURI: uri,
                    attributeCount: Int(attributeCount), attributes: attributes
                ))
            if handler.shouldStop { unsafe xmlStopParser(parserContext) }
        }
    }

    @inline(__always)
    static func endElement<Handler: SAXContentHandler>(_: Handler.Type, _ context: UnsafeMutableRawPointer?) {
        guard let context = unsafe context else { return }
        unsafe withHandler(Handler.self, context) { handler, parserContext in
            handler.endElement()
            if handler.shouldStop { unsafe xmlStopParser(parserContext) }
        }
    }

    @inline(__always)
    static func characters<Handler: SAXContentHandler>(
        _: Handler.Type, _ context: UnsafeMutableRawPointer?, _ text: UnsafePointer<xmlChar>?, _ length: Int32
    ) {
        guard let context = unsafe context, let text = unsafe text, length > 0 else { return }
        unsafe withHandler(Handler.self, context) { handler, _ in
            unsafe handler.characters(UnsafeBufferPointer(start: text, count: Int(length)))
        }
    }

    @inline(__always)
    private static func withHandler<Handler: SAXContentHandler>(
        _: Handler.Type, _ context: UnsafeMutableRawPointer, _ body: (Handler, xmlParserCtxtPtr) -> Void
    ) {
        let parserContext = unsafe context.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let handler = unsafe parserContext.pointee._private else { return }
        unsafe Unmanaged<Handler>.fromOpaque(handler)._withUnsafeGuaranteedRef { unsafe body($0, parserContext) }
    }
}

/// A streaming XML parser over libxml2's SAX2 push interface, set up to be safe with hostile
/// input.
///
/// The rules, all of them on purpose:
/// - The handler starts zeroed: no entity, DTD or external-subset callbacks. libxml2's default
///   SAX2 handlers (`xmlSAXVersion`) really expand internal entities, and 2.9.14 lets a
///   quadratic-blowup document through with them. `XMLRepairStream` has already removed the
///   DOCTYPE and every entity reference but character references, so nothing is left to expand.
/// - Options: `XML_PARSE_NONET` (never the network), `XML_PARSE_RECOVER` (read what can be read
///   of a broken feed), `XML_PARSE_NOCDATA` (CDATA arrives as text), `XML_PARSE_IGNORE_ENC`
///   (the bytes are UTF-8: `XMLTranscoder` made them so). Never `NOENT`, `DTDLOAD`, `DTDATTR`,
///   `DTDVALID`, `XINCLUDE` or `HUGE`.
/// - Errors arrive through the structured error callback, which libxml2 keeps per thread, so it
///   is set inside each parse; each becomes a warning with its line.
/// - libxml2 may still build `ctxt->myDoc`; it is freed after every parse.
// @safe: owns its libxml2 context, freed once in deinit; libxml2's pointers never leave its callbacks except as copies.
@safe
final class SAXParser {
    private var context: xmlParserCtxtPtr?
    // unowned(unsafe): no reference counting on every SAX event (a weak or unowned reference
    // costs a side-table check each time). Safe because the owner of the parse (`FeedParser`,
    // `OPMLReader`) keeps the handler alive for as long as this parser.
    private unowned(unsafe) let handler: SAXContentHandler
    private let maxWarnings: Int
    private(set) var warnings: [String] = []
    /// Whether an end tag did not match the element it closed: the mark of markup left open,
    /// after which libxml2's recovery may have nested later entries where no reader looks.
    private(set) var sawMismatchedTags = false
    private var warningsDropped = 0
    /// The line libxml2 is on, for messages.
    var currentLine: Int { unsafe Int(context.map { unsafe xmlSAX2GetLineNumber(UnsafeMutableRawPointer($0)) } ?? 0) }

    private static let initialized: Void = { xmlInitParser() }()

    init(handler: SAXContentHandler, maxWarnings: Int) {
        _ = Self.initialized
        unsafe self.handler = handler
        self.maxWarnings = maxWarnings
    }

    deinit {
        if let context = unsafe context { unsafe Self.free(context) }
    }

    /// Parses the next chunk of UTF-8.
    func push(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty else { return }
        if unsafe context == nil { unsafe start(with: bytes) } else { unsafe parse(bytes, terminate: false) }
    }

    /// Ends the document.
    func finish() {
        guard unsafe context != nil else { return }
        unsafe parse(UnsafeBufferPointer(start: nil, count: 0), terminate: true)
        if let context = unsafe context { unsafe Self.free(context) }
        unsafe context = nil
    }

    private func start(with bytes: UnsafeBufferPointer<UInt8>) {
        var sax = unsafe xmlSAXHandler()
        unsafe sax.initialized = XML_SAX2_MAGIC
        unsafe type(of: handler).installCallbacks(in: &sax)
        unsafe sax.cdataBlock = unsafe sax.characters
        // Whitespace is text like any other (there is no DTD to call it ignorable); naming the
        // same callback also spares libxml2 its check of every blank run.
        unsafe sax.ignorableWhitespace = unsafe sax.characters
        // No user data: libxml2 then hands every callback the parser context itself, whose
        // `_private` holds the handler, so a callback reaches its handler in one load and can
        // stop the parse. Errors go to the structured error function set around each call.
        let first = min(bytes.count, 4)
        withErrorsRecorded {
            unsafe context = unsafe bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: first) { start in
                unsafe xmlCreatePushParserCtxt(&sax, nil, start, Int32(first), nil)
            }
        }
        guard let context = unsafe context else { return }
        unsafe context.pointee._private = unsafe Unmanaged.passUnretained(handler as AnyObject).toOpaque()
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_RECOVER.rawValue | XML_PARSE_NOCDATA.rawValue
                | XML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_NOWARNING.rawValue)
        unsafe xmlCtxtUseOptions(context, options)
        unsafe xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
        if bytes.count > first {
            unsafe parse(UnsafeBufferPointer(rebasing: bytes[first...]), terminate: false)
        }
    }

    /// Runs `body` with libxml2's errors (kept per thread) recorded as this parse's warnings.
    private func withErrorsRecorded(_ body: () -> Void) {
        unsafe xmlSetStructuredErrorFunc(Unmanaged.passUnretained(self).toOpaque()) { userData, error in
            guard let userData = unsafe userData, let error = unsafe error else { return }
            unsafe Unmanaged<SAXParser>.fromOpaque(userData).takeUnretainedValue().record(error.pointee)
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        body()
    }

    private func parse(_ bytes: UnsafeBufferPointer<UInt8>, terminate: Bool) {
        guard let context = unsafe context else { return }
        withErrorsRecorded {
            // libxml2 takes an Int32 length: feed very large buffers in slices.
            var offset = 0
            repeat {
                let length = min(bytes.count - offset, 1 << 24)
                let isLast = offset + length == bytes.count
                let pointer = unsafe bytes.baseAddress.map { unsafe UnsafeRawPointer($0 + offset).assumingMemoryBound(to: CChar.self) }
                unsafe xmlParseChunk(context, pointer, Int32(length), terminate && isLast ? 1 : 0)
                offset += length
            } while offset < bytes.count
        }
    }

    /// Keeps libxml2's errors as warnings: "line 12: Opening and ending tag mismatch: b and i".
    private func record(_ error: xmlError) {
        guard unsafe error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        if unsafe error.code == Int32(XML_ERR_TAG_NAME_MISMATCH.rawValue) { sawMismatchedTags = true }
        guard warnings.count < maxWarnings else {
            warningsDropped += 1
            return
        }
        var message = unsafe error.message.map { unsafe String(cString: $0) } ?? "XML error \(error.code)"
        while message.last?.isWhitespace == true { message.removeLast() }
        unsafe warnings.append(error.line > 0 ? unsafe "line \(error.line): \(message)" : message)
    }

    private static func free(_ context: xmlParserCtxtPtr) {
        if let document = unsafe context.pointee.myDoc {
            unsafe xmlFreeDoc(document)
            unsafe context.pointee.myDoc = nil
        }
        unsafe xmlFreeParserCtxt(context)
    }
}

/// One start tag as libxml2 reports it. Valid only during the `startElement` call.
// @unsafe: borrows libxml2's strings for one callback: valid only during it.
@unsafe
struct SAXElement {
    let localName: UnsafePointer<xmlChar>
    let prefix: UnsafePointer<xmlChar>?
    let namespaceURI: UnsafePointer<xmlChar>?
    let attributeCount: Int
    /// Five pointers per attribute: local name, prefix, URI, value start, value end.
    let attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

    var name: String { unsafe String(cString: localName) }
    var namespace: String? { unsafe namespaceURI.map { unsafe String(cString: $0) } }
    var qualifiedName: String {
        guard let prefix = unsafe prefix else { return unsafe name }
        return unsafe String(cString: prefix) + ":" + name
    }

    /// The value of the attribute `name` in `namespace` (nil: no namespace, as unprefixed
    /// attributes are), with character references decoded.
    func attribute(_ name: StaticString, namespace: StaticString? = nil) -> String? {
        guard let attributes = unsafe attributes else { return nil }
        for index in unsafe 0..<attributeCount {
            let base = index * 5
            guard let localName = unsafe attributes[base], unsafe equals(localName, name) else { continue }
            let uri = unsafe attributes[base + 2]
            if let namespace {
                guard let uri = unsafe uri, unsafe equals(uri, namespace) else { continue }
            } else if unsafe uri != nil {
                continue
            }
            return unsafe value(at: base)
        }
        return nil
    }

    /// Every attribute as (qualified name, value), for serialising markup.
    func allAttributes() -> [(name: String, value: String)] {
        guard let attributes = unsafe attributes else { return [] }
        return unsafe (0..<attributeCount).map { index in
            let base = index * 5
            var name = unsafe attributes[base].map { unsafe String(cString: $0) } ?? ""
            if let prefix = unsafe attributes[base + 1] { name = unsafe String(cString: prefix) + ":" + name }
            return unsafe (name, value(at: base))
        }
    }

    private func value(at base: Int) -> String {
        guard let attributes = unsafe attributes, let start = unsafe attributes[base + 3], let end = unsafe attributes[base + 4] else { return "" }
        let bytes = unsafe UnsafeBufferPointer(start: start, count: end - start)
        let text = unsafe String(validUTF8: bytes)
        // Without entity substitution libxml2 hands '&' over as "&#38;" (so that it round-trips);
        // the value we want is the character.
        guard unsafe bytes.contains(UInt8(ascii: "&")) else { return text }
        return text.replacingAll("&#38;", with: "&")
    }

    private func equals(_ pointer: UnsafePointer<xmlChar>, _ literal: StaticString) -> Bool {
        literal.withUTF8Buffer { expected in
            for index in 0..<expected.count where unsafe pointer[index] != expected[index] { return false }
            return unsafe pointer[expected.count] == 0
        }
    }
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        var result = ""
        var rest = self[...]
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
