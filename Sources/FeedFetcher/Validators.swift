/// What a server said about a body, so that the next request can ask "only if it changed"
/// (RFC 9110 section 13.1: `If-None-Match` with the ETag, `If-Modified-Since` with the
/// Last-Modified date, sent back verbatim).
public struct Validators: Sendable, Hashable {
    public let etag: String?
    public let lastModified: String?

    public init(etag: String?, lastModified: String?) {
        self.etag = etag
        self.lastModified = lastModified
    }

    public var isEmpty: Bool { etag == nil && lastModified == nil }
}
