/// The bytes a URL served, with what the response said about them.
public struct FetchedDocument: Sendable, Hashable {
    /// The URL the bytes came from, after redirects: the base for relative links.
    public let url: String
    public let statusCode: Int
    /// The `Content-Type` header, whose charset the parser honours.
    public let contentType: String?
    public let bytes: [UInt8]

    public init(url: String, statusCode: Int, contentType: String?, bytes: [UInt8]) {
        self.url = url
        self.statusCode = statusCode
        self.contentType = contentType
        self.bytes = bytes
    }
}
