import Foundation

/// How a server answered a (conditional) GET, after redirects.
public struct FetchResponse: Sendable, Hashable {
    public enum Result: Sendable, Hashable {
        /// A 2xx with its body.
        case body(FetchedDocument)
        /// 304: the copy from last time is still good.
        case notModified
        /// Any other final status (404, 410, 429, 500…), with its `Retry-After`, if it gave one.
        case status(Int, retryAfter: Date?)
    }

    public let result: Result
    /// The URL that answered, after every redirect.
    public let finalURL: String
    /// Where the feed has moved for good: the URL after the redirects that were all permanent
    /// (301, 308) from the first one on; nil when the first was temporary or there was none.
    public let movedPermanentlyTo: String?
    /// The validators this response carried, to send next time.
    public let validators: Validators
}
