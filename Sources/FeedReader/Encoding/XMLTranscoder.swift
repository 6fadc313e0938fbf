/// Turns the raw bytes of a feed document, pushed in chunks of any size (a chunk may split a
/// multi-byte character), into UTF-8.
///
/// The output is UTF-8 without a byte-order mark. When the document starts with an XML
/// declaration, its `encoding` pseudo-attribute is rewritten to say `utf-8` (nothing else
/// changes, so line numbers stay), because libxml2, fed these bytes, lets a declared encoding
/// win. JSON Feed documents go through the same way; they have no declaration.
///
/// The encoding is chosen by `EncodingChoice` (in short: byte-order mark, HTTP charset, XML
/// declaration, zero-byte pattern, then a guess that is UTF-8 whenever the bytes are), from at
/// most the first `EncodingSniffer.headLimit` bytes: until it is chosen, `push` holds the bytes
/// back. It waits for the declaration's `?>`, and, when nothing names an encoding, for the
/// whole head (or the end of the document) to guess from.
///
/// Nothing is ever dropped. Bytes that are not valid in the chosen encoding become U+FFFD, or,
/// when reading UTF-8, the windows-1252 characters they most likely were (`UTF8Repair`). Each
/// kind of problem is one line in `warnings`, as is every doubt about the choice: a name that
/// is unknown or contradicts the bytes, a guessed encoding, a US-ASCII claim broken by a byte
/// above 0x7F (decoding then switches to `EncodingChoice.asciiFallback`), a media type that is
/// not XML.
final class XMLTranscoder {
    private let contentType: ContentTypeCharset?
    /// The first bytes, held back until the encoding is chosen.
    private var head: [UInt8] = []
    private var decoder: (any ChunkDecoder)?
    /// The decoder when it is UTF-8's, whose clean runs are handed over in place.
    private var utf8Repair: UTF8Repair?
    private var encoding: TextEncoding = .utf8
    private var asciiFallback: EncodingChoice.ASCIIFallback?
    /// How many bytes of the document have been decoded (or skipped, for a byte-order mark).
    private var decodedBytes = 0
    private var choiceWarnings: [String] = []
    private var issues = DecodingIssues()
    private var isFinished = false

    /// `contentType` is the HTTP `Content-Type` header value when the bytes came over HTTP,
    /// e.g. `text/xml; charset=iso-8859-1`; nil when there is none.
    init(contentType: String?) {
        self.contentType = ContentTypeCharset(header: contentType)
    }

    /// The lower-case name of the encoding the document is decoded with, e.g. `utf-8`,
    /// `utf-16le`, `windows-1252`, `big5`, `us-ascii`; `utf-8` until it is chosen.
    var encodingName: String { encoding.name }

    /// One human-readable line per problem met so far.
    var warnings: [String] { choiceWarnings + issues.lines }

    /// Takes the next bytes of the document and hands as much UTF-8 as they complete to `sink`,
    /// in one or more pieces, each valid only during the call.
    ///
    /// UTF-8 that needs no repair (almost every feed, almost all of the time) is handed over in
    /// place, without a copy: the bytes are only checked. What follows the first byte that does
    /// need one goes through the copying decoder.
    func push<Failure: Error>(
        _ bytes: UnsafeRawBufferPointer, to sink: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Void
    ) throws(Failure) {
        precondition(!isFinished, "XMLTranscoder.push after finish")
        var rest = unsafe bytes
        if decoder == nil {
            let taken = min(bytes.count, EncodingSniffer.headLimit - head.count)
            unsafe head.append(contentsOf: bytes[..<taken])
            unsafe rest = unsafe UnsafeRawBufferPointer(rebasing: bytes[taken...])
            let isHeadFull = head.count == EncodingSniffer.headLimit
            guard let choice = EncodingChoice.make(head: head, contentType: contentType, isComplete: isHeadFull) else {
                return
            }
            var output: [UInt8] = []
            start(with: choice, into: &output)
            unsafe try Self.hand(output, to: sink)
        }
        if let utf8Repair, asciiFallback == nil, utf8Repair.carried.bytes.isEmpty, let base = rest.baseAddress {
            let unchanged = unsafe UTF8Repair.unchangedPrefixLength(rest)
            if unchanged > 0 {
                unsafe try sink(UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: unchanged))
                decodedBytes += unchanged
            }
            unsafe rest = unsafe UnsafeRawBufferPointer(rebasing: rest[unchanged...])
        }
        guard unsafe !rest.isEmpty else { return }
        var output: [UInt8] = []
        output.reserveCapacity(rest.count + 16)
        unsafe decode(rest, into: &output)
        unsafe try Self.hand(output, to: sink)
    }

    /// Takes the next bytes of the document and returns as much UTF-8 as they complete.
    func push(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var output: [UInt8] = []
        unsafe push(bytes) { unsafe output.append(contentsOf: $0) }
        return output
    }

    private static func hand<Failure: Error>(
        _ output: [UInt8], to sink: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Void
    ) throws(Failure) {
        guard !output.isEmpty else { return }
        unsafe try output.withUnsafeBufferPointer { (output) throws(Failure) in unsafe try sink(output) }
    }

    /// Ends the document and returns the UTF-8 still held back.
    func finish() -> [UInt8] {
        precondition(!isFinished, "XMLTranscoder.finish called twice")
        isFinished = true
        var output: [UInt8] = []
        if decoder == nil {
            // The document ended before the head was full: choose from what came (with the
            // head complete, a choice is always made).
            if let choice = EncodingChoice.make(head: head, contentType: contentType, isComplete: true) {
                start(with: choice, into: &output)
            }
        }
        decoder?.finish(into: &output, issues: &issues)
        return output
    }

    /// Sets up the chosen encoding and decodes the held-back head, rewriting its declaration.
    private func start(with choice: EncodingChoice, into output: inout [UInt8]) {
        choiceWarnings += choice.warnings
        asciiFallback = choice.asciiFallback
        use(choice.encoding)
        decodedBytes = choice.byteOrderMarkLength
        let held = head
        head = []
        unsafe held.withUnsafeBytes { unsafe decode(UnsafeRawBufferPointer(rebasing: $0[choice.byteOrderMarkLength...]), into: &output) }
        XMLDeclaration.rewriteEncodingAsUTF8(in: &output)
    }

    /// Decodes `bytes`, the next of the document, through the chosen decoder; while a US-ASCII
    /// claim holds, ASCII passes straight through and the first byte above 0x7F switches to
    /// the fallback encoding.
    private func decode(_ bytes: UnsafeRawBufferPointer, into output: inout [UInt8]) {
        var rest = unsafe bytes[...]
        if let fallback = asciiFallback, let base = bytes.baseAddress {
            let ascii = unsafe UTF8Repair.endOfASCII(base, from: 0, end: bytes.count)
            unsafe UTF8Writer.append(base, count: ascii, to: &output)
            decodedBytes += ascii
            unsafe rest = unsafe rest.dropFirst(ascii)
            guard unsafe !rest.isEmpty else { return }
            choiceWarnings.append(
                "\(fallback.claimant) says us-ascii, but byte \(decodedBytes) is above 0x7F;"
                    + " read as \(fallback.encoding.name) from there")
            asciiFallback = nil
            use(fallback.encoding)
        }
        unsafe decoder?.decode(UnsafeRawBufferPointer(rebasing: rest), startingAt: decodedBytes, into: &output, issues: &issues)
        unsafe decodedBytes += rest.count
    }

    private func use(_ chosen: TextEncoding) {
        encoding = chosen
        utf8Repair = nil
        switch chosen {
        case .utf8, .usASCII:
            let repair = UTF8Repair()
            decoder = repair
            utf8Repair = repair
        case .utf16(let order): decoder = UTF16Decoder(order)
        case .utf32(let order): decoder = UTF32Decoder(order)
        case .windows1252: decoder = Windows1252Decoder()
        case .iconv(let name, let iconvName):
            if let converter = IconvConverter(iconvName: iconvName, name: name) {
                decoder = converter
            } else {
                choiceWarnings.append("iconv cannot decode \(name) on this system; read as utf-8")
                use(.utf8)
            }
        }
    }
}
