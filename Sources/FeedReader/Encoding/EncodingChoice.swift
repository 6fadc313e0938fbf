/// The encoding a document is decoded with, chosen from its first bytes and its HTTP
/// `Content-Type`, with the warnings the choice raised.
///
/// The order, first match wins:
/// 1. A byte-order mark (RFC 7303 and the WHATWG Encoding Standard put it first). An HTTP
///    charset or XML declaration that names another encoding is a warning.
/// 2. The HTTP charset (RFC 3023: it outranks the XML declaration, silently); when there is
///    none, US-ASCII for `text/xml` and other `text/*` types (see `ContentTypeCharset`).
/// 3. The XML declaration's `encoding`, unless a `text/*` type already gave US-ASCII.
/// 4. The zero-byte pattern of UTF-16 or UTF-32 without a mark (XML 1.0 Appendix F).
/// 5. A guess from the bytes (`UndeclaredEncodingGuess`): UTF-8 when they are UTF-8, which is
///    also what XML 1.0 §4.3.3 and RFC 8259 prescribe; a guess otherwise, with a warning.
///
/// A name in steps 2 and 3 is passed over, with a warning, when it is unknown, refused (see
/// `EncodingLabel`), or cannot be right because the bytes are laid out otherwise: UTF-16 or
/// UTF-32 named for an eight-bit document, or an eight-bit encoding for a document whose zero
/// bytes show UTF-16 or UTF-32. A `utf-16` or `utf-32` name without byte order takes the order
/// the zero bytes show. The `text/*` US-ASCII default gives way silently, being no one's claim.
///
/// US-ASCII is only ever a claim that no byte is above 0x7F, and documents break it all the
/// time; `asciiFallback` names what to decode with from the first byte that does: the XML
/// declaration's encoding when it is ASCII-compatible, else UTF-8 (feedparser tries the same
/// ones in the same order).
struct EncodingChoice {
    var encoding: TextEncoding
    /// Bytes of byte-order mark to skip.
    var byteOrderMarkLength = 0
    /// For US-ASCII: what to do at the first byte above 0x7F.
    var asciiFallback: ASCIIFallback?
    var warnings: [String] = []

    /// The encoding that takes over when a US-ASCII claim is broken.
    struct ASCIIFallback {
        let encoding: TextEncoding
        /// Who claimed US-ASCII, for the warning: "the HTTP charset", ...
        let claimant: String
    }

    /// The choice for the document that starts with `head`; nil while more bytes are needed.
    /// `isComplete` says no more will come into the head: it is full, or the document ended.
    static func make(head: [UInt8], contentType: ContentTypeCharset?, isComplete: Bool) -> EncodingChoice? {
        guard let layout = EncodingSniffer.layout(of: head, isComplete: isComplete) else { return nil }
        let declaration: String?
        switch EncodingSniffer.declaration(in: head, layout: layout, isComplete: isComplete) {
        case .unknownYet: return nil
        case .none: declaration = nil
        case .encoding(let name): declaration = name
        }
        var warnings = contentType?.warning.map { [$0] } ?? []

        // 1. The byte-order mark.
        if case .byteOrderMark(let marked, let length) = layout {
            let claims = [("the HTTP charset", contentType?.charset), ("the XML declaration", declaration)]
            for case (let source, let name?) in claims where !names(name, marked) {
                warnings.append(
                    "\(source) says \(name), but the document begins with a \(marked.name) byte-order mark,"
                        + " which wins")
            }
            return EncodingChoice(encoding: marked, byteOrderMarkLength: length, warnings: warnings)
        }

        // 2. and 3. The HTTP charset (or the text/* default), then the XML declaration.
        var claims: [Claim] = []
        if let charset = contentType?.charset {
            claims.append(Claim(name: charset, source: "the HTTP charset"))
        } else if contentType?.impliesASCII == true {
            let mediaType = contentType?.mediaType ?? "text/*"
            claims.append(Claim(name: "us-ascii", source: "the RFC 3023 default of \(mediaType)", isDefault: true))
        }
        if let declaration {
            claims.append(Claim(name: declaration, source: "the XML declaration"))
        }
        for (index, claim) in claims.enumerated() {
            guard let encoding = claim.encoding(in: layout, warnings: &warnings) else { continue }
            var choice = EncodingChoice(encoding: encoding, warnings: warnings)
            if encoding == .usASCII {
                var unused: [String] = []
                let later = claims[(index + 1)...].compactMap { $0.encoding(in: layout, warnings: &unused) }
                choice.asciiFallback = ASCIIFallback(
                    encoding: later.first { $0 != .usASCII } ?? .utf8,
                    claimant: claim.source)
            }
            return choice
        }

        // 4. UTF-16 or UTF-32 told by zero bytes.
        if case .zeroBytePattern(let patterned) = layout {
            return EncodingChoice(encoding: patterned, warnings: warnings)
        }

        // 5. A guess.
        guard isComplete else { return nil }
        let guess = UndeclaredEncodingGuess.guess(from: head, isWholeDocument: head.count < EncodingSniffer.headLimit)
        if guess != .utf8 {
            warnings.append(
                "no encoding is declared and the bytes are not UTF-8; read as \(guess.name),"
                    + " a guess from the bytes")
        }
        return EncodingChoice(encoding: guess, warnings: warnings)
    }

    /// Whether `name` can name `encoding` (a `utf-16` without byte order names either order).
    private static func names(_ name: String, _ encoding: TextEncoding) -> Bool {
        switch (EncodingLabel.resolve(name), encoding) {
        case (.encoding(let named), _): named == encoding
        case (.utf16AnyOrder, .utf16), (.utf32AnyOrder, .utf32): true
        default: false
        }
    }

    /// An encoding name from the HTTP header or the XML declaration.
    private struct Claim {
        let name: String
        let source: String
        var isDefault = false

        /// The encoding the claim names, if it is known and fits the layout; otherwise nil,
        /// with a warning why (none for the text/* default).
        func encoding(in layout: EncodingSniffer.Layout, warnings: inout [String]) -> TextEncoding? {
            switch (EncodingLabel.resolve(name), layout) {
            case (.unknown, _):
                warnings.append("\(source) names an unknown encoding, \(name); ignored")
            case (.refused, _):
                warnings.append("\(source) names \(name), an encoding that is not supported; ignored")
            case (.utf16AnyOrder, .zeroBytePattern(.utf16(let order))):
                return .utf16(order)
            case (.utf32AnyOrder, .zeroBytePattern(.utf32(let order))):
                return .utf32(order)
            case (.encoding(let named), .zeroBytePattern(let patterned)) where named == patterned:
                return named
            case (.encoding(let named), .eightBit) where named.isASCIICompatible:
                return named
            default:
                if !isDefault {
                    warnings.append("\(source) says \(name), but the bytes are laid out as \(layout.summary); ignored")
                }
            }
            return nil
        }
    }
}

extension EncodingSniffer.Layout {
    fileprivate var summary: String {
        switch self {
        case .byteOrderMark(let encoding, _), .zeroBytePattern(let encoding): encoding.name
        case .eightBit: "an eight-bit encoding"
        }
    }
}
