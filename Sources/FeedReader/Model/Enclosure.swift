/// A media file attached to an entry: RSS `<enclosure>`, Atom `<link rel="enclosure">`,
/// JSON Feed `attachments`.
public struct Enclosure: Sendable, Hashable {
    /// Absolute URL of the file.
    public let url: String
    /// Media type as given, e.g. `audio/mpeg`.
    public let type: String?
    /// Size in bytes; nil when absent or not a number.
    public let length: Int?

    public init(url: String, type: String?, length: Int?) {
        self.url = url
        self.type = type
        self.length = length
    }
}
