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
    /// While undecided, how many bytes `pending` must hold before the opening is looked at again.
    private var nextOpeningCheck = 0
    private var repaired = ByteBuffer(capacity: 64 << 10)
    private var receivedBytes = 0
    private var failure: FeedParserError?
    private var isFinished = false
    private var prefixWarnings: [String] = []
    private let repairsTextElements: Bool
    /// Set by `finish` when an end tag did not match its element: see `parse(bytes:options:)`.
    private var needsSecondReading = false

    private enum Mode { case undecided, xml, json }

    public convenience init(options: FeedParserOptions = FeedParserOptions()) {
        self.init(options: options, repairsTextElements: false)
    }

    private init(options: FeedParserOptions, repairsTextElements: Bool) {
        self.options = options
        self.repairsTextElements = repairsTextElements
        transcoder = XMLTranscoder(contentType: options.contentType)
        repair = XMLRepairStream(limits: options.limits, repairsTextElements: repairsTextElements)
        let documentURL = options.documentURL.flatMap { URLResolver.isAbsolute($0) && !$0.lowercased().hasPrefix("file:") ? $0 : nil }
        builder = FeedXMLBuilder(documentURL: documentURL, limits: options.limits)
        sax = SAXParser(handler: builder, maxWarnings: options.limits.maxWarnings)
    }

    /// Reads a whole document at once.
    public static func parse(_ data: Data, options: FeedParserOptions = FeedParserOptions()) throws(FeedParserError) -> Feed {
        let result: Result<Feed, FeedParserError> = unsafe data.withUnsafeBytes { bytes in
            do throws(FeedParserError) { return unsafe .success(try parse(bytes: bytes, options: options)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// Reads a whole document at once, and reads it twice when that keeps more.
    ///
    /// Raw HTML left open inside a description (a broken CMS) makes libxml2 nest every later
    /// entry inside it, where no reader looks. Its mark is an end tag that does not match its
    /// element; then the document is read again with such markup escaped as text
    /// (`XMLRepairStream+TextElements.swift`), and the reading with more entries is kept.
    /// Well-formed documents are read once. `push` and `finish` read a document as it arrives
    /// and cannot go back: prefer this whenever the whole document is in memory.
    public static func parse(bytes: UnsafeRawBufferPointer, options: FeedParserOptions = FeedParserOptions()) throws(FeedParserError) -> Feed {
        let first = FeedParser(options: options, repairsTextElements: false)
        unsafe try first.pushInPieces(bytes)
        let feed = try first.finish()
        guard first.needsSecondReading else { return feed }
        let second = FeedParser(options: options, repairsTextElements: true)
        do throws(FeedParserError) {
            unsafe try second.pushInPieces(bytes)
            let reread = try second.finish()
            return reread.items.count >= feed.items.count ? reread : feed
        } catch {
            return feed
        }
    }

    /// Pushes `bytes` 256 KiB at a time: each stage's buffers stay that small, where one push of
    /// a large document would grow them to its size (measured: 7 MB more peak memory and 4%
    /// slower over the benchmark corpus).
    private func pushInPieces(_ bytes: UnsafeRawBufferPointer) throws(FeedParserError) {
        let piece = 256 << 10
        var start = 0
        repeat {
            let end = min(bytes.count, start + piece)
            unsafe try push(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
            start = end
        } while start < bytes.count
    }

    /// Takes the next bytes of the document.
    public func push(_ bytes: UnsafeRawBufferPointer) throws(FeedParserError) {
        if let failure { throw failure }
        receivedBytes += bytes.count
        guard receivedBytes <= options.limits.maxDocumentBytes else {
            throw fail(.tooLarge(limit: options.limits.maxDocumentBytes))
        }
        unsafe try transcoder.push(bytes) { (utf8) throws(FeedParserError) in unsafe try forward(utf8) }
    }

    /// Takes the next bytes of the document, from an array.
    public func push(contentsOf bytes: [UInt8]) throws(FeedParserError) {
        unsafe try withRawBytes(of: bytes) { (raw) throws(FeedParserError) in unsafe try push(raw) }
    }

    /// Takes the next bytes of the document, from `Data` (a network chunk, a file).
    public func push(contentsOf data: Data) throws(FeedParserError) {
        unsafe try withRawBytes(of: data) { (raw) throws(FeedParserError) in unsafe try push(raw) }
    }

    /// Takes the next bytes of the document, from any sequence of bytes (a `ByteBuffer`'s
    /// view, an `ArraySlice`): read in place when it is contiguous, else copied once.
    public func push(contentsOf bytes: some Sequence<UInt8>) throws(FeedParserError) {
        let result: Result<Void, FeedParserError>? = bytes.withContiguousStorageIfAvailable { buffer in
            do throws(FeedParserError) { return unsafe .success(try push(UnsafeRawBufferPointer(buffer))) } catch { return .failure(error) }
        }
        if let result { return try result.get() }
        try push(contentsOf: Array(bytes))
    }

    /// `body` with the bytes of `bytes`, its typed error passed through.
    private func withRawBytes(
        of bytes: some ContiguousBytes, _ body: (UnsafeRawBufferPointer) throws(FeedParserError) -> Void
    ) throws(FeedParserError) {
        let result: Result<Void, FeedParserError> = unsafe bytes.withUnsafeBytes { raw in
            do throws(FeedParserError) { return unsafe .success(try body(raw)) } catch { return .failure(error) }
        }
        try result.get()
    }

    /// Ends the document and returns what it holds.
    public func finish() throws(FeedParserError) -> Feed {
        if let failure { throw failure }
        guard !isFinished else { throw fail(.malformed("the parser was already finished")) }
        isFinished = true
        unsafe try transcoder.finish().withUnsafeBufferPointer { (utf8) throws(FeedParserError) in unsafe try forward(utf8) }
        if mode == .undecided, pending.contains(where: { !Self.isBlank($0) }) {
            // A short document, or one that is all text: what came is all there is to tell by.
            let held = pending
            pending = []
            _ = unsafe try held.withUnsafeBufferPointer { (held) throws(FeedParserError) in unsafe try start(held, isComplete: true) }
        }
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
            unsafe sax.push(repaired.bytes)
            sax.finish()
            if let failure = unsafe builder.failure { throw fail(failure) }
            if let page = builder.webPageWithoutFeed {
                throw fail(.notAFeed("the root element is <\(page)>, not <rss>, <rdf:RDF> or <feed>"))
            }
            guard builder.rootName != nil else {
                let why = sax.warnings.first.map { "no root element (\($0))" } ?? "no root element"
                throw fail(.notAFeed(why))
            }
            let warnings = Array(
                (transcoder.warnings + prefixWarnings + repair.warnings + sax.warnings + builder.warnings).prefix(options.limits.maxWarnings))
            needsSecondReading = sax.sawMismatchedTags && !repairsTextElements
            return builder.feed(encoding: transcoder.encodingName, warnings: warnings)
        }
    }

    private func forward(_ bytes: UnsafeBufferPointer<UInt8>) throws(FeedParserError) {
        guard !bytes.isEmpty else { return }
        switch mode {
        case .undecided:
            if pending.isEmpty {
                // The usual case: the first bytes decide, and are read where they lie.
                if unsafe try start(bytes, isComplete: false) { return }
                unsafe pending.append(contentsOf: bytes)
                nextOpeningCheck = 2 * pending.count
                return
            }
            unsafe pending.append(contentsOf: bytes)
            // Asked again only each time the held bytes double, so that a long prefix pushed in
            // tiny pieces is not searched over and over.
            guard pending.count >= nextOpeningCheck else { return }
            nextOpeningCheck = 2 * pending.count
            let held = pending
            if unsafe try held.withUnsafeBufferPointer({ (held) throws(FeedParserError) in unsafe try start(held, isComplete: false) }) {
                pending = []
            }
        case .json:
            unsafe pending.append(contentsOf: bytes)
        case .xml:
            unsafe try feedXML(bytes)
        }
    }

    /// Starts reading the document, whose first bytes are `bytes`, when they can tell what it
    /// is; false when they cannot yet (the caller holds them and asks again with more).
    /// `isComplete` says they are the whole document.
    private func start(_ bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool) throws(FeedParserError) -> Bool {
        guard let opening = unsafe Self.documentOpening(bytes, isComplete: isComplete) else { return false }
        switch opening {
        case .json:
            mode = .json
            unsafe pending.append(contentsOf: bytes)
        case .xml(let start, let warning):
            mode = .xml
            if let warning { prefixWarnings.append(warning) }
            unsafe try feedXML(UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        return true
    }

    private func feedXML(_ bytes: UnsafeBufferPointer<UInt8>) throws(FeedParserError) {
        repaired.removeAll()
        unsafe repair.push(bytes, into: &repaired)
        if let failure = repair.failure { throw fail(failure) }
        unsafe sax.push(repaired.bytes)
        if let failure = unsafe builder.failure { throw fail(withLine(failure)) }
    }

    /// The builder cannot see libxml2's line (a reference back to the SAX parser would make every
    /// retain of it take the slow path); the parser adds it here, while the context is alive.
    private func withLine(_ error: FeedParserError) -> FeedParserError {
        if case .tooDeep(let limit, 0) = error { return .tooDeep(limit: limit, line: sax.currentLine) }
        return error
    }

    /// What a document's first bytes say it is.
    private enum Opening {
        /// The first non-blank character is `{`.
        case json
        /// XML, from `start` on; `warning` says what was skipped before it.
        case xml(start: Int, warning: String?)
    }

    /// The rules, in order: nothing but blanks tells nothing yet; `{` first is JSON; `<` first
    /// is XML, from there when it opens the XML declaration after blank lines, else from the
    /// very start. Anything else is text before the XML: real feeds sometimes start with a PHP
    /// warning printed before the declaration, or a WordPress theme's stray newline, and libxml2
    /// gives up on both ("Document is empty", "XML declaration allowed only at the start"). So
    /// the XML starts at the first `<?xml`, `<rss`, `<feed`, `<rdf:RDF` or `<RDF` in the first
    /// 64 KiB, with a warning. A decision waits until the bytes are enough to be sure of it (five
    /// after the `<`, or the 64 KiB, or the whole document), whatever size the chunks pushed.
    private static func documentOpening(_ bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool) -> Opening? {
        guard let first = unsafe bytes.firstIndex(where: { !isBlank($0) }) else { return nil }
        if unsafe bytes[first] == UInt8(ascii: "{") { return .json }
        if unsafe bytes[first] == UInt8(ascii: "<") {
            let declaration = "<?xml".utf8
            guard isComplete || bytes.count - first >= declaration.count else { return nil }
            if first > 0, unsafe bytes[first...].starts(with: declaration) {
                return .xml(start: first, warning: "blank lines before the XML declaration were skipped")
            }
            return .xml(start: 0, warning: nil)
        }
        let windowSize = 64 << 10
        let window = unsafe UnsafeBufferPointer(rebasing: bytes.prefix(windowSize))
        func skipped(to start: Int) -> Opening {
            .xml(start: start, warning: "\(start) bytes of text before the XML were skipped (a server message?)")
        }
        // The declaration wins wherever it is in the window, so finding it decides at once;
        // the root elements are looked for only once the window is all there.
        if let start = unsafe index(of: Array("<?xml".utf8), in: window) { return skipped(to: start) }
        guard isComplete || bytes.count >= windowSize + 8 else { return nil }
        for marker in ["<rss", "<feed", "<rdf:RDF", "<RDF"] {
            if let start = unsafe index(of: Array(marker.utf8), in: window) { return skipped(to: start) }
        }
        return .xml(start: 0, warning: nil)
    }

    private static func index(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = 0
        while index <= haystack.count - needle.count {
            if unsafe haystack[index] == needle[0], unsafe haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
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
