/// How much one fetch may cost. Defaults: a 20 MB body (after decompression), 10 s to connect,
/// 30 s in all, 5 redirects.
public struct FetchLimits: Sendable, Hashable {
    public var maxBodyBytes: Int
    public var connectTimeoutSeconds: Int
    public var totalTimeoutSeconds: Int
    public var maxRedirects: Int

    public init(maxBodyBytes: Int = 20_000_000, connectTimeoutSeconds: Int = 10, totalTimeoutSeconds: Int = 30, maxRedirects: Int = 5) {
        self.maxBodyBytes = maxBodyBytes
        self.connectTimeoutSeconds = connectTimeoutSeconds
        self.totalTimeoutSeconds = totalTimeoutSeconds
        self.maxRedirects = maxRedirects
    }
}
