/// Why a document could not be read as a feed at all. Problems the parser recovers from are
/// not errors: they are `Feed.warnings`.
public enum FeedParserError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No bytes at all.
    case empty
    /// Readable, but not RSS, Atom or JSON Feed: an HTML page, an image, an error page.
    case notAFeed(String)
    /// Readable XML, but not an OPML subscription list.
    case notOPML(String)
    /// The document is larger than `ParserLimits.maxDocumentBytes`.
    case tooLarge(limit: Int)
    /// Elements nest deeper than `ParserLimits.maxDepth`.
    case tooDeep(limit: Int, line: Int)
    /// A DOCTYPE larger than `ParserLimits.maxDoctypeBytes`.
    case doctypeTooLarge(limit: Int)
    /// XML so broken that not even the root element could be read.
    case malformed(String)

    public var description: String {
        switch self {
        case .empty: "empty document"
        case .notAFeed(let why): "not a feed: \(why)"
        case .notOPML(let why): "not an OPML subscription list: \(why)"
        case .tooLarge(let limit): "document larger than \(limit.formattedByteCount) (the limit)"
        case .tooDeep(let limit, let line): "line \(line): elements nested deeper than \(limit) levels (the limit)"
        case .doctypeTooLarge(let limit): "DOCTYPE larger than \(limit.formattedByteCount) (the limit)"
        case .malformed(let why): "not well-formed XML: \(why)"
        }
    }
}

extension Int {
    /// "64 MiB", "512 KiB", "10 bytes": sizes for people.
    var formattedByteCount: String {
        if self >= 1 << 20, self % (1 << 20) == 0 { return "\(self >> 20) MiB" }
        if self >= 1 << 10, self % (1 << 10) == 0 { return "\(self >> 10) KiB" }
        return "\(self) bytes"
    }
}
