/// Why a URL gave no document. Each names what a person can act on.
public enum FetchError: Error, Sendable, Hashable, CustomStringConvertible {
    case invalidURL(String)
    case unsupportedScheme(String)
    /// The server answered with a status that carries no feed (404, 410, 500…).
    case httpStatus(Int)
    case tooLarge(limit: Int)
    case timedOut(seconds: Int)
    case tooManyRedirects(limit: Int)
    case redirectLoop
    /// The connection failed: DNS, refused, reset, TLS.
    case connection(String)

    public var description: String {
        switch self {
        case .invalidURL(let url): "not a valid URL: \(url)"
        case .unsupportedScheme(let scheme): "unsupported URL scheme '\(scheme)' (http, https and file are)"
        case .httpStatus(let status): "HTTP \(status)\(Self.reason(status).map { " \($0)" } ?? "")"
        case .tooLarge(let limit): "the response is larger than \(limit) bytes (the limit)"
        case .timedOut(let seconds): "no complete answer within \(seconds) s (timed out)"
        case .tooManyRedirects(let limit): "more than \(limit) redirects"
        case .redirectLoop: "the redirects go round in a loop"
        case .connection(let why): "could not connect: \(why)"
        }
    }

    private static func reason(_ status: Int) -> String? {
        switch status {
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 410: "Gone"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: nil
        }
    }
}
