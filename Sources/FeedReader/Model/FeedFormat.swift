/// The format and version of a feed document, as the contract (`feed.schema.json`) names them.
///
/// RSS 0.91 Netscape and UserLand are both `rss0.91`. `rss` is RSS whose version is missing or
/// unknown; `atom` is Atom whose version cannot be told. `unknown` is a document that is not a feed.
public enum FeedFormat: String, Sendable, Hashable, CaseIterable {
    case rss090 = "rss0.90"
    case rss091 = "rss0.91"
    case rss092 = "rss0.92"
    case rss093 = "rss0.93"
    case rss094 = "rss0.94"
    case rss20 = "rss2.0"
    case rss10 = "rss1.0"
    case rss = "rss"
    case atom03 = "atom0.3"
    case atom10 = "atom1.0"
    case atom = "atom"
    case jsonFeed10 = "jsonfeed1.0"
    case jsonFeed11 = "jsonfeed1.1"
    case unknown = "unknown"

    /// True for every RSS flavour, RDF included.
    public var isRSS: Bool {
        switch self {
        case .rss090, .rss091, .rss092, .rss093, .rss094, .rss20, .rss10, .rss: true
        default: false
        }
    }

    /// True for every Atom flavour.
    public var isAtom: Bool { self == .atom03 || self == .atom10 || self == .atom }

    /// True for JSON Feed 1.0 and 1.1.
    public var isJSONFeed: Bool { self == .jsonFeed10 || self == .jsonFeed11 }
}
