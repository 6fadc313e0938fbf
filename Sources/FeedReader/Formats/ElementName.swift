/// The local names of the elements `FeedXMLBuilder` acts on, so that choosing what to do with an
/// element is a switch over small integers: matching the name as a String against each case
/// cost a comparison call per case on every element. Told once per name (libxml2 interns names,
/// and the builder caches by the interned address).
enum ElementName: String {
    // Roots and scopes.
    case rss
    case rdf = "RDF"
    case feed, channel, item, entry, image, source
    // Text and dates.
    case title, description, subtitle, tagline, summary, content, encoded, body
    case link, guid, id, comments, language, generator, logo, icon, url
    case pubDate, lastBuildDate, date, published, issued, updated, modified
    /// `<pubdate>`: not RSS (XML names are case-sensitive), but a Russian video site writes
    /// every item's date so; read with a warning, as a browser-grade reader would.
    case lowercasePubDate = "pubdate"
    // People and terms.
    case author, managingEditor, creator, name, email, uri, homepage
    case category, subject, keywords, tags
    // Media and podcasts.
    case enclosure, group
    /// Any name the builder has no rule for.
    case other

    init(_ localName: String) {
        self = ElementName(rawValue: localName) ?? .other
    }
}

/// An element's local name as libxml2 interned it, and what it is to the builder.
struct InternedName {
    let text: String
    let known: ElementName
}
