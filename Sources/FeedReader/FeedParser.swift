import Foundation

/// What the parser is told about the bytes besides the bytes themselves.
public struct FeedParserOptions: Sendable, Hashable {
    /// The URL the document came from (after redirects, or its Content-Location): the last base
    /// that relative links are resolved against. A file path is never a base.
    public var documentURL: String?
    /// The HTTP `Content-Type` it was served with, whose charset outranks the XML declaration.
    public var contentType: String?
    public var limits: ParserLimits

    public init(documentURL: String? = nil, contentType: String? = nil, limits: ParserLimits = ParserLimits()) {
        self.documentURL = documentURL
        self.contentType = contentType
        self.limits = limits
    }
}

/// Reads one feed document, RSS 0.90 to 2.0, RSS 1.0, Atom 0.3 and 1.0 or JSON Feed 1.0 and
/// 1.1, pushed in chunks as it arrives, into a `Feed`.
///
/// The format is told from the content, never from a name: the first non-blank character `{`
/// means JSON Feed; otherwise the document is XML and its root element decides. The bytes go
/// through three stages, each streaming: `XMLTranscoder` (any encoding to UTF-8),
/// `XMLRepairStream` (entities and the DOCTYPE) and libxml2's SAX parser (`SAXParser`), whose
/// events `FeedXMLBuilder` turns into the model. JSON Feed is gathered whole (it is small) and
/// read by `JSONFeedReader`.
///
/// A problem the parser recovers from is a warning in `Feed.warnings`; `FeedParserError` is for
/// a document that is not a feed at all or breaks a limit. One parser reads one document; it is
/// not thread-safe, but any number of parsers can run on different threads at once.
public final class FeedParser {
    private let options: FeedParserOptions
    private let transcoder: XMLTranscoder
    private var repair: XMLRepairStream
    private let builder: FeedXMLBuilder
    private let sax: SAXParser
    private var mode: Mode = .undecided
    private var pending: [UInt8] = []
    private var repaired = ByteBuffer(capacity: 64 << 10)
    private var receivedBytes = 0
    private var failure: FeedParserError?
    private var isFinished = false
    private var prefixWarnings: [String] = []

    private enum Mode { case undecided, xml, json }

    public init(options: FeedParserOptions = FeedParserOptions()) {
        self.options = options
        transcoder = XMLTranscoder(contentType: options.contentType)
        repair = XMLRepairStream(limits: options.limits)
        let documentURL = options.documentURL.flatMap { URLResolver.isAbsolute($0) && !$0.lowercased().hasPrefix("file:") ? $0 : nil }
        builder = FeedXMLBuilder(documentURL: documentURL, limits: options.limits)
        sax = SAXParser(handler: builder, maxWarnings: options.limits.maxWarnings)
    }

    /// Reads a whole document at once.
    public static func parse(_ data: Data, options: FeedParserOptions = FeedParserOptions()) throws(FeedParserError) -> Feed {
        let parser = FeedParser(options: options)
        var failure: FeedParserError?
        data.withUnsafeBytes { bytes in
            do throws(FeedParserError) { try parser.push(bytes) } catch { failure = error }
        }
        if let failure { throw failure }
        return try parser.finish()
    }

    /// Takes the next bytes of the document.
    public func push(_ bytes: UnsafeRawBufferPointer) throws(FeedParserError) {
        if let failure { throw failure }
        receivedBytes += bytes.count
        guard receivedBytes <= options.limits.maxDocumentBytes else {
            throw fail(.tooLarge(limit: options.limits.maxDocumentBytes))
        }
        try transcoder.push(bytes) { (utf8) throws(FeedParserError) in try forward(utf8) }
    }

    /// Ends the document and returns what it holds.
    public func finish() throws(FeedParserError) -> Feed {
        if let failure { throw failure }
        guard !isFinished else { throw fail(.malformed("the parser was already finished")) }
        isFinished = true
        try transcoder.finish().withUnsafeBufferPointer { (utf8) throws(FeedParserError) in try forward(utf8) }
        switch mode {
        case .undecided:
            throw fail(pending.isEmpty ? .empty : .notAFeed("no XML or JSON found"))
        case .json:
            var feed = try JSONFeedReader.read(pending, documentURL: builder.documentURL, limits: options.limits)
            feed.encoding = transcoder.encodingName
            feed.warnings = transcoder.warnings + feed.warnings
            return feed
        case .xml:
            repaired.removeAll()
            repair.finish(into: &repaired)
            if let failure = repair.failure { throw fail(failure) }
            sax.push(repaired.bytes)
            sax.finish()
            if let failure = builder.failure { throw fail(failure) }
            guard builder.rootName != nil else {
                let why = sax.warnings.first.map { "no root element (\($0))" } ?? "no root element"
                throw fail(.notAFeed(why))
            }
            let warnings = Array((transcoder.warnings + prefixWarnings + repair.warnings + sax.warnings).prefix(options.limits.maxWarnings))
            return builder.feed(encoding: transcoder.encodingName, warnings: warnings)
        }
    }

    private func forward(_ bytes: UnsafeBufferPointer<UInt8>) throws(FeedParserError) {
        guard !bytes.isEmpty else { return }
        switch mode {
        case .undecided:
            if pending.isEmpty, bytes.contains(where: { !Self.isBlank($0) }) {
                // The usual case: the first bytes decide, and are read where they lie.
                try decideFormat(bytes)
                return
            }
            pending.append(contentsOf: bytes)
            guard pending.contains(where: { !Self.isBlank($0) }) else { return }
            let held = pending
            pending = []
            try held.withUnsafeBufferPointer { (held) throws(FeedParserError) in try decideFormat(held) }
        case .json:
            pending.append(contentsOf: bytes)
        case .xml:
            try feedXML(bytes)
        }
    }

    /// Tells JSON from XML by the first non-blank byte of `bytes`, the document's start.
    private func decideFormat(_ bytes: UnsafeBufferPointer<UInt8>) throws(FeedParserError) {
        let first = bytes.first(where: { !Self.isBlank($0) })
        mode = first == UInt8(ascii: "{") ? .json : .xml
        if mode == .json {
            pending.append(contentsOf: bytes)
        } else {
            try feedXML(UnsafeBufferPointer(rebasing: bytes[startOfXML(bytes)...]))
        }
    }

    private func feedXML(_ bytes: UnsafeBufferPointer<UInt8>) throws(FeedParserError) {
        repaired.removeAll()
        repair.push(bytes, into: &repaired)
        if let failure = repair.failure { throw fail(failure) }
        sax.push(repaired.bytes)
        if let failure = builder.failure { throw fail(withLine(failure)) }
    }

    /// The builder cannot see libxml2's line (a reference back to the SAX parser would make every
    /// retain of it take the slow path); the parser adds it here, while the context is alive.
    private func withLine(_ error: FeedParserError) -> FeedParserError {
        if case .tooDeep(let limit, 0) = error { return .tooDeep(limit: limit, line: sax.currentLine) }
        return error
    }

    /// Real feeds sometimes start with something that is not XML: a blank line before the XML
    /// declaration (a WordPress theme's stray newline), or a PHP warning printed before it. libxml2
    /// gives up on both ("XML declaration allowed only at the start", "Document is empty"), so
    /// what comes before the declaration or the root element is dropped, with a warning. This
    /// returns where the XML starts in the document's first bytes.
    private func startOfXML(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let first = bytes.firstIndex(where: { !Self.isBlank($0) }) else { return 0 }
        let startsWithDeclaration = bytes[first...].starts(with: "<?xml".utf8)
        if first > 0, startsWithDeclaration {
            prefixWarnings.append("blank lines before the XML declaration were skipped")
            return first
        }
        guard bytes[first] != UInt8(ascii: "<") else { return 0 }
        let window = UnsafeBufferPointer(rebasing: bytes.prefix(64 << 10))
        for marker in ["<?xml", "<rss", "<feed", "<rdf:RDF", "<RDF"] {
            if let start = Self.index(of: Array(marker.utf8), in: window) {
                prefixWarnings.append("\(start) bytes of text before the XML were skipped (a server message?)")
                return start
            }
        }
        return 0
    }

    private static func index(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = 0
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private func fail(_ error: FeedParserError) -> FeedParserError {
        failure = error
        return error
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
