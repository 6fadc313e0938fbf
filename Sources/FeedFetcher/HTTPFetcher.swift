import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOHTTPCompression
import NIOPosix
import NIOSSL

/// Fetches feeds over HTTP and HTTPS with AsyncHTTPClient, within `FetchLimits`.
///
/// Why AsyncHTTPClient and not URLSession: on Linux, URLSession decompresses before any code
/// sees the data, with no back-pressure (a 1 MB gzip bomb reached 2 GB), and nothing in its API
/// bounds it. AsyncHTTPClient caps decompression (`.size`, never `.ratio`, which rejects
/// ordinary, very compressible feeds), collects the body up to a limit, and times out per
/// request.
///
/// Rules:
/// - One deadline per fetch (`totalTimeoutSeconds`) covers every redirect and the whole body.
/// - Redirects (301, 302, 303, 307, 308) are followed here, not by the client, so that a
///   permanent move can be told from a temporary one: at most `maxRedirects`, never the same
///   URL twice (a loop is an error, not a wait).
/// - A body larger than `maxBodyBytes`, before or after gzip/deflate decoding, is abandoned.
/// - Conditional GET: the stored validators go out as `If-None-Match` / `If-Modified-Since`.
///
/// Call `shutdown()` when done.
public final class HTTPFetcher: Sendable {
    public let limits: FetchLimits
    public let userAgent: String
    private let client: HTTPClient

    public init(limits: FetchLimits = FetchLimits(), userAgent: String) {
        self.limits = limits
        self.userAgent = userAgent
        var configuration = HTTPClient.Configuration()
        configuration.decompression = .enabled(limit: .size(limits.maxBodyBytes))
        configuration.timeout = .init(connect: .seconds(Int64(limits.connectTimeoutSeconds)), read: .seconds(Int64(limits.totalTimeoutSeconds)))
        configuration.redirectConfiguration = .disallow
        // AsyncHTTPClient retries a failed connection with backoff until the connect timeout, so a
        // feed whose server is down cost 10 s where curl fails in milliseconds. A feed reader runs
        // again tomorrow; one dead host should not hold up the run.
        configuration.connectionPool.retryConnectionEstablishment = false
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// GETs `url`; a status other than 2xx is an error.
    public func fetch(_ url: String) async throws(FetchError) -> FetchedDocument {
        let response = try await get(url)
        switch response.result {
        case .body(let document): return document
        case .notModified: throw FetchError.httpStatus(304)
        case .status(let code, _): throw FetchError.httpStatus(code)
        }
    }

    /// GETs `url`, conditionally when `validators` are given, following redirects, all within
    /// `totalTimeoutSeconds`.
    public func get(_ url: String, validators: Validators? = nil, now: Date = Date()) async throws(FetchError) -> FetchResponse {
        // AsyncHTTPClient's deadline covers a response's head, not its body: a server sending a
        // byte a second would hold the feed for minutes. The whole fetch races a timer instead.
        let seconds = limits.totalTimeoutSeconds
        do {
            return try await withThrowingTaskGroup(of: FetchResponse.self) { group in
                group.addTask { try await self.getWithoutTimer(url, validators: validators, now: now) }
                group.addTask {
                    try await Task.sleep(for: .seconds(seconds))
                    throw FetchError.timedOut(seconds: seconds)
                }
                defer { group.cancelAll() }
                guard let first = try await group.next() else { throw FetchError.timedOut(seconds: seconds) }
                return first
            }
        } catch let error as FetchError {
            throw error
        } catch {
            throw classify(error)
        }
    }

    private func getWithoutTimer(_ url: String, validators: Validators?, now: Date) async throws(FetchError) -> FetchResponse {
        let deadline = NIODeadline.now() + .seconds(Int64(limits.totalTimeoutSeconds))
        var current = url
        var visited: Set<String> = [url]
        var movedPermanentlyTo: String?
        var isPermanentSoFar = true
        do {
            for hop in 0...limits.maxRedirects {
                let response = try await client.execute(request(for: current, validators: validators), deadline: deadline)
                let code = Int(response.status.code)
                if Self.redirectCodes.contains(code), let location = response.headers.first(name: "Location") {
                    _ = try? await response.body.collect(upTo: 64 << 10)
                    guard let next = URL(string: location, relativeTo: URL(string: current))?.absoluteURL.absoluteString else {
                        throw FetchError.invalidURL(location)
                    }
                    guard hop < limits.maxRedirects else { throw FetchError.tooManyRedirects(limit: limits.maxRedirects) }
                    guard visited.insert(next).inserted else { throw FetchError.redirectLoop }
                    isPermanentSoFar = isPermanentSoFar && (code == 301 || code == 308)
                    if isPermanentSoFar { movedPermanentlyTo = next }
                    current = next
                    continue
                }
                let headers = response.headers
                let received = Validators(etag: headers.first(name: "ETag"), lastModified: headers.first(name: "Last-Modified"))
                let result: FetchResponse.Result
                switch code {
                case 200..<300:
                    if let length = headers.first(name: "Content-Length").flatMap(Int.init), length > limits.maxBodyBytes {
                        throw FetchError.tooLarge(limit: limits.maxBodyBytes)
                    }
                    let body = try await response.body.collect(upTo: limits.maxBodyBytes)
                    result = .body(
                        FetchedDocument(
                            url: current, statusCode: code, contentType: headers.first(name: "Content-Type"), bytes: Array(body.readableBytesView)))
                case 304:
                    result = .notModified
                default:
                    _ = try? await response.body.collect(upTo: 64 << 10)
                    result = .status(code, retryAfter: headers.first(name: "Retry-After").flatMap { RetryAfter.date(from: $0, now: now) })
                }
                return FetchResponse(result: result, finalURL: current, movedPermanentlyTo: movedPermanentlyTo, validators: received)
            }
            throw FetchError.tooManyRedirects(limit: limits.maxRedirects)
        } catch let error as FetchError {
            throw error
        } catch {
            throw classify(error)
        }
    }

    public func shutdown() async {
        try? await client.shutdown()
    }

    private static let redirectCodes: Set<Int> = [301, 302, 303, 307, 308]

    private func request(for url: String, validators: Validators?) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "User-Agent", value: userAgent)
        request.headers.add(
            name: "Accept",
            value:
                "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5"
        )
        request.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        if let etag = validators?.etag { request.headers.add(name: "If-None-Match", value: etag) }
        if let lastModified = validators?.lastModified { request.headers.add(name: "If-Modified-Since", value: lastModified) }
        return request
    }

    /// What went wrong, by the error's type: what a person can act on, never a stack of NIO's
    /// wrappers. AsyncHTTPClient reports a refused or unreachable connection as NIO's `IOError`
    /// (its errno), a name that does not resolve as `NIOConnectionError` holding
    /// `SocketAddressError.UnknownHost`, and a failed TLS handshake (a bad certificate, a server
    /// that does not speak TLS) as `NIOSSLError`.
    private func classify(_ error: any Error) -> FetchError {
        if let error = error as? HTTPClientError {
            // HTTPClientError is a struct of static values, compared with ==.
            if error == .invalidURL || error == .emptyHost || error == .emptyScheme { return .invalidURL(String(describing: error)) }
            if error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout {
                return .timedOut(seconds: limits.totalTimeoutSeconds)
            }
            // `unsupportedScheme(_:)` carries the scheme, so it cannot be compared without it;
            // its name is the one thing to go by.
            if String(describing: error).contains("unsupportedScheme") { return .unsupportedScheme(String(describing: error)) }
        }
        if error is NIOTooManyBytesError || error is NIOHTTPDecompression.DecompressionError { return .tooLarge(limit: limits.maxBodyBytes) }
        if error is CancellationError { return .timedOut(seconds: limits.totalTimeoutSeconds) }
        if let error = error as? NIOConnectionError {
            if error.dnsAError is SocketAddressError.UnknownHost || error.dnsAAAAError is SocketAddressError.UnknownHost {
                return .connection("host not found")
            }
            if let first = error.connectionErrors.first?.error { return classify(first) }
            return .connection(String(describing: error))
        }
        if error is SocketAddressError.UnknownHost { return .connection("host not found") }
        if let error = error as? IOError {
            switch error.errnoCode {
            case ECONNREFUSED: return .connection("connection refused")
            case ENETUNREACH: return .connection("network unreachable")
            case EHOSTUNREACH: return .connection("host unreachable")
            case ECONNRESET: return .connection("connection reset by the server")
            case ETIMEDOUT: return .timedOut(seconds: limits.totalTimeoutSeconds)
            default: return .connection(String(cString: strerror(error.errnoCode)))
            }
        }
        if let error = error as? NIOSSLError {
            if case .handshakeFailed(let reason) = error { return .connection("TLS failed: the handshake failed\(Self.tlsReason(reason))") }
            return .connection("TLS failed: \(error)")
        }
        if let error = error as? BoringSSLError { return .connection("TLS failed\(Self.tlsReason(error))") }
        return .connection(String(describing: error))
    }

    /// BoringSSL's reason, the last field of its `error:CODE:LIBRARY:FUNCTION:REASON` lines
    /// (`CERTIFICATE_VERIFY_FAILED`, `WRONG_VERSION_NUMBER`), in brackets; empty without one.
    private static func tlsReason(_ error: BoringSSLError) -> String {
        let text = String(describing: error)
        guard let start = text.range(of: "error:") else { return "" }
        var line = text[start.upperBound...].prefix { $0 != "]" }
        if let end = line.range(of: " at ") { line = line[..<end.lowerBound] }
        guard let reason = line.split(separator: ":").last, !reason.isEmpty else { return "" }
        return " (\(reason))"
    }
}
