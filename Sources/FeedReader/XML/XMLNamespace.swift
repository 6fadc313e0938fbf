/// The namespaces whose elements carry something a recommender needs. Everything else is
/// `other` and is ignored (its text is still kept where it sits inside a captured field).
enum XMLNamespace: Sendable {
    case none
    case atom10
    /// Atom 0.3 (`http://purl.org/atom/ns#`).
    case atom03
    /// RSS 1.0's own namespace.
    case rss10
    /// RSS 0.90's (Netscape's RDF Site Summary 0.9).
    case rss090
    case rdf
    case content
    case dublinCore
    case dublinCoreTerms
    case itunes
    case googlePlay
    case media
    case xhtml
    case xml
    case other

    /// The namespace of a URI. Feeds in the wild misspell these (a trailing slash, `https`, a
    /// missing `#`), so those variants count too.
    init(uri: String?) {
        guard var uri, !uri.isEmpty else {
            self = .none
            return
        }
        if uri.hasPrefix("https://") { uri = "http://" + uri.dropFirst(8) }
        while uri.hasSuffix("/") || uri.hasSuffix("#") { uri.removeLast() }
        self = Self.byURI[uri.lowercased()] ?? .other
    }

    private static let byURI: [String: XMLNamespace] = [
        "http://www.w3.org/2005/atom": .atom10,
        "http://purl.org/atom/ns": .atom03,
        "http://purl.org/rss/1.0": .rss10,
        "http://my.netscape.com/rdf/simple/0.9": .rss090,
        "http://www.w3.org/1999/02/22-rdf-syntax-ns": .rdf,
        "http://purl.org/rss/1.0/modules/content": .content,
        "http://purl.org/dc/elements/1.1": .dublinCore,
        "http://purl.org/dc/terms": .dublinCoreTerms,
        "http://www.itunes.com/dtds/podcast-1.0.dtd": .itunes,
        "http://www.itunes.com/dtd/podcast-1.0.dtd": .itunes,
        "http://www.google.com/schemas/play-podcasts/1.0": .googlePlay,
        "http://search.yahoo.com/mrss": .media,
        "http://search.yahoo.com/rss": .media,
        "http://www.w3.org/1999/xhtml": .xhtml,
        "http://www.w3.org/xml/1998/namespace": .xml,
        // Old, pre-release RSS 2.0 namespace some feeds still declare as their default.
        "http://backend.userland.com/rss2": .none,
        "http://blogs.law.harvard.edu/tech/rss": .none,
    ]
}
