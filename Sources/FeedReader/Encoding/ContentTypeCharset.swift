import Foundation

/// What an HTTP `Content-Type` header says about a document's encoding.
///
/// The header is split at `;`: the first part is the media type (lower-cased), and a
/// `charset` parameter gives the charset, with spaces around `=` and single or double quotes
/// around the value tolerated (`charset= 'us-ascii'`); an empty charset counts as none.
///
/// The media types are read as RFC 3023 ("XML Media Types") says and feedparser applies it:
/// - `application/xml`, `application/xml-dtd`, `application/xml-external-parsed-entity` and
///   `application/*+xml` (Atom, RSS): the charset, else the XML declaration, else UTF-8;
/// - `text/xml`, `text/xml-external-parsed-entity` and `text/*+xml`: the charset, else
///   US-ASCII (RFC 3023 §3.1), whatever the XML declaration says;
/// - `application/json`, `application/feed+json` and `application/*+json` (JSON Feed): the
///   charset, else what the bytes show (RFC 8259 §8.1: UTF-8);
/// - any other `text/*` (`text/plain`, `text/html`): not an XML media type, which is a
///   warning, and then the charset, else US-ASCII, the default of `text/*` (RFC 2046 §4.1.2);
/// - any other type (`application/octet-stream`): a warning, then the charset, else the XML
///   declaration.
///
/// A byte-order mark outranks all of them (RFC 7303, which replaced RFC 3023, says so, and so
/// does the WHATWG Encoding Standard).
struct ContentTypeCharset: Equatable {
    enum Kind: Equatable {
        case applicationXML, textXML, json, otherText, other
    }

    /// The media type, lower-cased, without parameters.
    let mediaType: String
    /// The charset parameter without quotes; nil when absent or empty.
    let charset: String?
    let kind: Kind

    /// The header's meaning; nil when there is no header (or a blank one).
    init?(header: String?) {
        guard let header, !header.allSatisfy(\.isWhitespace) else { return nil }
        var parts = header.split(separator: ";", omittingEmptySubsequences: false).makeIterator()
        let mediaType = (parts.next() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        var charset: String?
        while let parameter = parts.next() {
            let pair = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            let value = pair[1].trimmingCharacters(in: Self.spacesAndQuotes)
            charset = value.isEmpty ? nil : value
        }
        self.mediaType = mediaType
        self.charset = charset
        kind = Self.kind(of: mediaType)
    }

    /// Whether the media type makes a missing charset mean US-ASCII.
    var impliesASCII: Bool {
        charset == nil && (kind == .textXML || kind == .otherText)
    }

    /// The warning the media type deserves, if any.
    var warning: String? {
        switch kind {
        case .applicationXML, .textXML, .json: nil
        case .otherText, .other: "the HTTP Content-Type \(mediaType.isEmpty ? "(empty)" : mediaType) is not an XML or JSON media type"
        }
    }

    private static let spacesAndQuotes = CharacterSet(charactersIn: " \t\"'")

    private static func kind(of mediaType: String) -> Kind {
        let slash = mediaType.firstIndex(of: "/") ?? mediaType.endIndex
        let top = mediaType[..<slash]
        let sub = slash < mediaType.endIndex ? String(mediaType[mediaType.index(after: slash)...]) : ""
        switch top {
        case "application" where ["xml", "xml-dtd", "xml-external-parsed-entity"].contains(sub) || sub.hasSuffix("+xml"):
            return .applicationXML
        case "application" where sub == "json" || sub.hasSuffix("+json"):
            return .json
        case "text" where ["xml", "xml-external-parsed-entity"].contains(sub) || sub.hasSuffix("+xml"):
            return .textXML
        case "text":
            return .otherText
        default:
            return .other
        }
    }
}
