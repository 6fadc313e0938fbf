/// Makes the URLs in HTML attributes absolute, leaving everything else byte for byte.
enum HTMLURLRewriter {
    /// `html` with the relative URLs of its URL attributes resolved against `base`
    /// (see `URLResolver.resolve`).
    ///
    /// - The URL attributes are href, src, cite, action, background, longdesc, poster, usemap,
    ///   codebase, data and profile (those of HTML 4.01 and the HTML Living Standard that hold
    ///   one URL), on any element, and srcset (a list of image candidates, each URL resolved).
    /// - Tags and attributes are read as `HTMLMarkupScanner` reads them, the way the contract's
    ///   reference (Python's `html.parser`) does, so nothing inside comments, script or style,
    ///   or text is touched.
    /// - A value's character references are decoded before it is resolved. A new value is written
    ///   in the value's own quotes, or unquoted if it was, with `&`, that quote, and (unquoted)
    ///   whitespace and `>` as character references, so that it reads back as the URL and the
    ///   rest of the tag reads as before. A value that resolves to itself, an empty unquoted
    ///   value, and one with an unsafe scheme (which the resolver refuses) are left as they are:
    ///   the HTML is not sanitised here.
    /// - HTML without any of these attributes is returned untouched, cheaply.
    static func resolvingRelativeURLs(in html: String, against base: String) -> String {
        var html = html
        return html.withUTF8 { bytes -> String? in
            guard unsafe mayHaveURLAttribute(bytes) else { return nil }
            var rewrites = unsafe URLAttributeRewrites(scanner: HTMLMarkupScanner(bytes: bytes), base: base)
            unsafe rewrites.scanner.scan(into: &rewrites)
            guard unsafe !rewrites.edits.isEmpty else { return nil }
            return unsafe rewrites.applied()
        } ?? html
    }

    static let urlAttributes = HTMLNameTable<Void>([
        HTMLName("href"), HTMLName("src"), HTMLName("cite"), HTMLName("action"), HTMLName("background"),
        HTMLName("longdesc"), HTMLName("poster"), HTMLName("usemap"), HTMLName("codebase"), HTMLName("data"),
        HTMLName("profile"),
    ])
    static let srcset = HTMLName("srcset")

    /// Whether some `=` in `bytes` follows the name of a URL attribute (whitespace between
    /// allowed): false means there is nothing to rewrite.
    private static func mayHaveURLAttribute(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard unsafe ByteSearch.firstIndex(of: UInt8(ascii: "<"), in: bytes, from: 0) != nil else { return false }
        var searchFrom = 0
        while let equals = unsafe ByteSearch.firstIndex(of: UInt8(ascii: "="), in: bytes, from: searchFrom) {
            searchFrom = equals + 1
            var nameEnd = equals
            while case let length = unsafe UnicodeWhitespace.length(in: bytes, endingAt: nameEnd), length > 0 { nameEnd -= length }
            var nameStart = nameEnd
            while nameStart > 0 {
                if unsafe ByteSearch.isASCIILetter(bytes[nameStart - 1]) {
                    nameStart -= 1
                } else if unsafe nameStart >= 3 && bytes[nameStart - 3] == 0xE2 && bytes[nameStart - 2] == 0x84 && bytes[nameStart - 1] == 0xAA {
                    nameStart -= 3  // U+212A KELVIN SIGN, which Python lowercases to "k"
                } else {
                    break
                }
            }
            if let name = unsafe HTMLName(bytes, nameStart..<nameEnd), name == srcset || urlAttributes.contains(name) { return true }
        }
        return false
    }
}

/// Collects the replacements of URL attribute values in the start tags of a document.
// @unsafe: holds a scanner that borrows the markup it rewrites.
@unsafe
private struct URLAttributeRewrites: HTMLTokenSink {
    let scanner: HTMLMarkupScanner
    let base: String
    /// The values to replace, in document order: the value as written (quotes included) and
    /// what to write instead.
    private(set) var edits: [(range: Range<Int>, replacement: String)] = []

    init(scanner: HTMLMarkupScanner, base: String) {
        unsafe self.scanner = unsafe scanner
        unsafe self.base = base
    }

    mutating func startTag(_ tag: HTMLStartTag) {
        let bytes = unsafe scanner.bytes
        unsafe scanner.forEachAttribute(of: tag) { attribute in
            guard let value = attribute.value, let written = attribute.writtenValue,
                let name = unsafe HTMLName(bytes, attribute.name),
                !(attribute.quote == nil && value.isEmpty)
            else { return }
            let isSrcset = name == HTMLURLRewriter.srcset
            guard isSrcset || HTMLURLRewriter.urlAttributes.contains(name) else { return }
            let decoded = unsafe AttributeValue.decoded(bytes, value)
            let resolved = unsafe isSrcset ? ImageCandidates.resolving(decoded, against: base) : URLResolver.resolve(decoded, against: base)
            guard let resolved, resolved != decoded else { return }
            unsafe edits.append((written, Self.attributeValue(resolved, quote: attribute.quote)))
        }
    }

    func text(_ range: Range<Int>, decodingReferences: Bool) {}
    func endTag(name: Range<Int>, key: HTMLName?) {}
    func cdataSection(_ content: Range<Int>) {}

    /// The document with the edits made.
    func applied() -> String {
        let bytes = unsafe scanner.bytes
        var length = bytes.count
        for edit in unsafe edits {
            length += edit.replacement.utf8.count - edit.range.count
        }
        return unsafe String(unsafeUninitializedCapacity: length) { output in
            var count = 0
            func write(_ piece: UnsafeBufferPointer<UInt8>) {
                guard !piece.isEmpty else { return }
                unsafe (output.baseAddress! + count).initialize(from: piece.baseAddress!, count: piece.count)
                count += piece.count
            }
            var copied = 0
            for edit in unsafe edits {
                unsafe write(UnsafeBufferPointer(rebasing: bytes[copied..<edit.range.lowerBound]))
                var replacement = edit.replacement
                replacement.withUTF8 { unsafe write($0) }
                copied = edit.range.upperBound
            }
            unsafe write(UnsafeBufferPointer(rebasing: bytes[copied...]))
            return count
        }
    }

    /// `value` written as an attribute value in `quote`, or unquoted when `quote` is nil (no
    /// quote is ever added: one could close a quote left open earlier in the tag). Written as
    /// character references: `&`, the quote, and in an unquoted value what would end it
    /// (whitespace and `>`).
    private static func attributeValue(_ value: String, quote: UInt8?) -> String {
        var value = value
        return value.withUTF8 { bytes in
            // No byte is written as more than 6 ("&quot;"), nor a character as more than 8 ("&#12288;").
            unsafe withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 6 + 2) { buffer in
                var output = unsafe UTF8Output(buffer)
                if let quote { unsafe output.append(quote) }
                var index = 0
                while index < bytes.count {
                    let byte = unsafe bytes[index]
                    let whitespace = unsafe quote == nil ? UnicodeWhitespace.length(in: bytes, at: index) : 0
                    if byte == UInt8(ascii: "&") {
                        unsafe output.append("&amp;")
                    } else if byte == quote {
                        unsafe output.append(byte == UInt8(ascii: "\"") ? "&quot;" : "&#39;")
                    } else if quote == nil && byte == UInt8(ascii: ">") {
                        unsafe output.append("&gt;")
                    } else if whitespace > 0 {
                        let character = unsafe String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<index + whitespace]), as: UTF8.self)
                        for byte in "&#\(character.unicodeScalars.first!.value);".utf8 { unsafe output.append(byte) }
                        index += whitespace
                        continue
                    } else {
                        unsafe output.append(byte)
                    }
                    index += 1
                }
                if let quote { unsafe output.append(quote) }
                return unsafe output.string
            }
        }
    }
}
