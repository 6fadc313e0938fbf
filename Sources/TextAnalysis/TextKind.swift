/// What sort of text is analysed, which decides whether words written without spaces are split.
public enum TextKind: Sendable, Hashable {
    /// Sentences: titles, summaries, a friend's interests. A word with capitals inside it stays one
    /// word (*JavaScript*, *iPhone*, *McDonald's*), because in prose such a word is a name, spelled
    /// the same way each time. Only a hashtag is split at its changes of case (*#TrailRunning* →
    /// *trail*, *running*).
    case prose

    /// A label: an entry's category or tag, where words are often run together. Every word is split
    /// at its changes of case (*jazzPiano* → *jazz*, *piano*; *HTMLParser* → *html*, *parser*),
    /// except that a lone lower-case first letter stays with what follows (*iOS*, *eBay*) and so
    /// does a plural *s* after capitals (*PDFs*).
    case label
}
