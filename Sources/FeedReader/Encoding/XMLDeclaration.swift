/// The XML declaration at the start of a document (XML 1.0 §2.8, `<?xml version="1.0"
/// encoding="..."?>`), as far as encodings care: where its `encoding` value is.
///
/// It is read from ASCII bytes: the raw bytes of an ASCII-compatible document, the decoded
/// ASCII of a UTF-16 or UTF-32 one (see `EncodingSniffer`), or the transcoder's UTF-8 output,
/// whose declaration is rewritten to say `utf-8`. ASCII white space before `<?xml` is skipped:
/// XML 1.0 forbids it, but feeds written by careless templates have it, and libxml2 reads the
/// declaration all the same.
struct XMLDeclaration {
    /// Where the `encoding` pseudo-attribute's value lies, between its quotes; nil when the
    /// declaration has none (so far).
    var encodingValue: Range<Int>?
    /// Whether `?>` closes the declaration within the bytes read.
    var isClosed: Bool

    enum Scan {
        /// The bytes begin with a declaration (maybe not yet closed).
        case found(XMLDeclaration)
        /// The bytes read so far could still begin one.
        case undecided
        /// The bytes do not begin with a declaration.
        case absent
    }

    /// Reads the declaration at the start of `bytes`.
    static func scan(_ bytes: UnsafeRawBufferPointer) -> Scan {
        let end = bytes.count
        var index = 0
        while index < end, unsafe isSpace(bytes[index]) { index += 1 }
        let opening = Array("<?xml".utf8)
        for expected in opening {
            guard index < end else { return .undecided }
            guard unsafe bytes[index] == expected else { return .absent }
            index += 1
        }
        guard index < end else { return .undecided }
        // `<?xml-stylesheet` and other names that begin with "xml" are processing instructions.
        guard unsafe isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "?") else { return .absent }

        var declaration = XMLDeclaration(encodingValue: nil, isClosed: false)
        while index < end {
            let byte = unsafe bytes[index]
            if byte == UInt8(ascii: "?"), index + 1 < end, unsafe bytes[index + 1] == UInt8(ascii: ">") {
                declaration.isClosed = true
                break
            }
            if declaration.encodingValue == nil, unsafe isSpace(bytes[index - 1]),
                let value = unsafe encodingValue(in: bytes, at: index)
            {
                declaration.encodingValue = value
                index = value.upperBound + 1
                continue
            }
            index += 1
        }
        return .found(declaration)
    }

    /// The value range of `encoding = "value"` (or single-quoted) starting at `index`, when it
    /// is there whole.
    private static func encodingValue(in bytes: UnsafeRawBufferPointer, at start: Int) -> Range<Int>? {
        let end = bytes.count
        var index = start
        for expected in "encoding".utf8 {
            guard index < end, unsafe bytes[index] == expected else { return nil }
            index += 1
        }
        while index < end, unsafe isSpace(bytes[index]) { index += 1 }
        guard index < end, unsafe bytes[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        while index < end, unsafe isSpace(bytes[index]) { index += 1 }
        guard index < end, unsafe bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else { return nil }
        let quote = unsafe bytes[index]
        let valueStart = index + 1
        var valueEnd = valueStart
        while valueEnd < end, unsafe bytes[valueEnd] != quote {
            // A value never spans a line or the end of the declaration.
            guard unsafe bytes[valueEnd] != UInt8(ascii: "\n"), unsafe bytes[valueEnd] != UInt8(ascii: ">") else { return nil }
            valueEnd += 1
        }
        guard valueEnd < end else { return nil }
        return valueStart..<valueEnd
    }

    /// Rewrites the declaration at the start of `utf8` (the transcoder's output) to say
    /// `encoding="utf-8"`, keeping its quotes, since the bytes are now UTF-8 and libxml2 lets a
    /// declared encoding win over what it is told. Nothing else changes, so line numbers stay.
    static func rewriteEncodingAsUTF8(in utf8: inout [UInt8]) {
        let value: Range<Int>? = unsafe utf8.withUnsafeBytes { bytes in
            guard case .found(let declaration) = unsafe scan(bytes) else { return nil }
            return declaration.encodingValue
        }
        guard let value else { return }
        let utf8Name = Array("utf-8".utf8)
        if utf8[value].lazy.map(lowercasedASCII).elementsEqual(utf8Name) { return }
        utf8.replaceSubrange(value, with: utf8Name)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func lowercasedASCII(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }
}
