import Foundation

/// How the text of an element is to be read: the rules of RSS and of Atom's text constructs.
///
/// - RSS `<description>`, `content:encoded`, `xhtml:body`: HTML.
/// - Other RSS text (a title, say): HTML only when it looks like HTML (`PlainText.looksLikeHTML`),
///   else literal: '<blink>' in a title stays '<blink>'.
/// - Atom 1.0 (RFC 4287 section 3.1): `type="text"` (the default) literal, `"html"` HTML,
///   `"xhtml"` inline XHTML inside one `<div>` that is not part of the value. Another media type
///   on `<content>` (section 4.1.3): XML types inline, text types literal, anything else base64.
/// - Atom 0.3: `type` is a media type (`text/plain` default, `text/html`,
///   `application/xhtml+xml`), and `mode` says how it is written: `xml` (inline, the default),
///   `escaped`, or `base64`.
struct TextConstruct: Sendable {
    enum Markup: Sendable {
        case literal
        case html
        case xhtml
        /// RSS text that is HTML only if it looks like HTML.
        case htmlIfItLooksLikeIt
        /// Binary content (an image, a PDF): not text at all.
        case binary
    }

    let markup: Markup
    let isBase64: Bool

    static let literal = TextConstruct(markup: .literal, isBase64: false)
    static let html = TextConstruct(markup: .html, isBase64: false)
    static let xhtml = TextConstruct(markup: .xhtml, isBase64: false)
    static let rssText = TextConstruct(markup: .htmlIfItLooksLikeIt, isBase64: false)

    /// The construct an Atom element declares with its `type` and `mode` attributes.
    static func atom(type: String?, mode: String?, isContent: Bool) -> TextConstruct {
        let mode = mode?.trimmingWhitespace.lowercased()
        let isBase64 = mode == "base64"
        guard let raw = type?.trimmingWhitespace.lowercased(), !raw.isEmpty else {
            return TextConstruct(markup: .literal, isBase64: isBase64)
        }
        let type = raw.split(separator: ";").first.map { $0.trimmingWhitespace } ?? raw
        let markup: Markup
        switch type {
        case "text", "text/plain": markup = .literal
        case "html", "text/html": markup = .html
        case "xhtml", "application/xhtml+xml": markup = mode == "escaped" ? .html : .xhtml
        default:
            if type.hasSuffix("+xml") || type.hasSuffix("/xml") {
                markup = mode == "escaped" ? .html : .xhtml
            } else if type.hasPrefix("text/") {
                markup = .literal
            } else {
                // RFC 4287 4.1.3.3: any other media type is base64 content.
                return TextConstruct(markup: isContent ? .binary : .literal, isBase64: true)
            }
        }
        return TextConstruct(markup: markup, isBase64: isBase64)
    }

    /// The value as plain text (see `PlainText`).
    func plainText(_ raw: String) -> String? {
        guard let text = decoded(raw) else { return nil }
        switch markup {
        case .literal: return PlainText.fromLiteral(text)
        case .html, .xhtml: return PlainText.fromHTML(text)
        case .htmlIfItLooksLikeIt: return PlainText.looksLikeHTML(text) ? PlainText.fromHTML(text) : PlainText.fromLiteral(text)
        case .binary: return nil
        }
    }

    /// The value as HTML: literal text is escaped, binary content is nil.
    func html(_ raw: String) -> String? {
        guard let text = decoded(raw) else { return nil }
        switch markup {
        case .literal: return HTMLEscaping.escape(text)
        case .html, .xhtml: return text
        case .htmlIfItLooksLikeIt: return PlainText.looksLikeHTML(text) ? text : HTMLEscaping.escape(text)
        case .binary: return nil
        }
    }

    /// `plainText(_:)` of the element's UTF-8 bytes, with no String made of them first.
    func plainText(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
        guard !isBase64 else { return unsafe plainText(String(decoding: raw, as: UTF8.self)) }
        switch markup {
        case .literal: return unsafe PlainText.fromLiteral(raw)
        case .html, .xhtml: return unsafe PlainText.fromHTML(raw)
        case .htmlIfItLooksLikeIt: return unsafe PlainText.looksLikeHTML(raw) ? PlainText.fromHTML(raw) : PlainText.fromLiteral(raw)
        case .binary: return nil
        }
    }

    /// `html(_:)` of the element's UTF-8 bytes.
    func html(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
        guard !isBase64 else { return unsafe html(String(decoding: raw, as: UTF8.self)) }
        switch markup {
        case .literal: return unsafe HTMLEscaping.escape(String(validUTF8: raw))
        case .html, .xhtml: return unsafe String(validUTF8: raw)
        case .htmlIfItLooksLikeIt:
            let text = unsafe String(validUTF8: raw)
            return unsafe PlainText.looksLikeHTML(raw) ? text : HTMLEscaping.escape(text)
        case .binary: return nil
        }
    }

    private func decoded(_ raw: String) -> String? {
        guard isBase64 else { return raw }
        let compact = raw.filter { !$0.isWhitespace }
        guard let data = Data(base64Encoded: compact, options: .ignoreUnknownCharacters) else { return raw }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Escaping text for HTML and XML: `&`, `<`, `>` (and `"` in attribute values).
enum HTMLEscaping {
    static func escape(_ text: String, quotes: Bool = false) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var extra = 0
            for index in bytes.indices {
                let byte = unsafe bytes[index]
                switch byte {
                case UInt8(ascii: "&"): extra += 4
                case UInt8(ascii: "<"), UInt8(ascii: ">"): extra += 3
                case UInt8(ascii: "\"") where quotes: extra += 5
                default: continue
                }
            }
            guard extra > 0 else { return nil }
            // Byte by byte into one buffer: appending scalar by scalar to a String cost about
            // forty instructions a byte (a JSON Feed's content_text runs to kilobytes).
            return unsafe String(unsafeUninitializedCapacity: bytes.count + extra) { output in
                var count = 0
                for index in bytes.indices {
                    let byte = unsafe bytes[index]
                    let replacement: StaticString
                    switch byte {
                    case UInt8(ascii: "&"): replacement = "&amp;"
                    case UInt8(ascii: "<"): replacement = "&lt;"
                    case UInt8(ascii: ">"): replacement = "&gt;"
                    case UInt8(ascii: "\"") where quotes: replacement = "&quot;"
                    default:
                        unsafe output[count] = byte
                        count += 1
                        continue
                    }
                    let length = replacement.utf8CodeUnitCount
                    unsafe UnsafeMutableRawPointer(output.baseAddress! + count).copyMemory(from: replacement.utf8Start, byteCount: length)
                    count += length
                }
                return count
            }
        } ?? text
    }

    static func append(escaping bytes: UnsafeBufferPointer<UInt8>, to output: inout ByteBuffer) {
        var start = 0
        for index in 0..<bytes.count {
            let replacement: StaticString
            switch unsafe bytes[index] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            default: continue
            }
            unsafe output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            output.append(replacement)
            start = index + 1
        }
        unsafe output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
    }
}
