import TextAnalysis

/// What a phrase is for: an interest, which earns an entry points, or an avoid phrase, which
/// vetoes it.
enum PhraseRole: Sendable, Hashable {
    case interest
    case avoid
}

/// An interest or avoid phrase, made ready to be found in entries: its words, analysed as the
/// entries' words are.
///
/// - Stop words at either end are dropped (*the Beatles* is found as *Beatles*), unless the phrase
///   is nothing but stop words (*The Who*, *IT*): then it must be written in the entry as in the
///   phrase, capitals and all, since the plain words are everywhere. Stop words inside stay, and
///   must be there in the entry too (*Lord of the Rings*).
/// - Two spellings that analyse to the same words (*Trail running*, *trail-running*) are one phrase,
///   looked for once, however many friends have it: ``key``.
/// - Categories are analysed as labels, split at changes of case (*TrailRunning* → trail, running).
///   When the phrase itself is split differently that way (*JavaScript* → java, script), it has
///   those words too, ``labelWords``, looked for in categories only.
struct Phrase: Sendable {
    let role: PhraseRole
    /// The words, in order, as found in titles, summaries, content and categories.
    let words: [PhraseWord]
    /// The words as found in categories, when they differ from ``words``.
    let labelWords: [PhraseWord]?
    /// What identifies the phrase: its role and its folded words (as written, for a phrase of stop
    /// words only).
    let key: String

    /// The phrase of `text`, or nil when it has no words.
    init?(_ text: String, role: PhraseRole, analyzer: TextAnalyzer) {
        let looseStems = role == .avoid
        func analysed(as kind: TextKind) -> [PhraseWord] {
            let tokens = analyzer.tokens(in: text, as: kind)
            let onlyStopWords = tokens.allSatisfy(\.isStopWord)
            return Self.meaningfulWords(of: tokens).map {
                PhraseWord($0, matchesAnyFormOfStem: looseStems, spelling: onlyStopWords ? String(text[$0.range]) : nil)
            }
        }
        let words = analysed(as: .prose)
        guard !words.isEmpty else { return nil }
        let labelWords = analysed(as: .label)
        self.role = role
        self.words = words
        self.labelWords = labelWords.map(\.folded) == words.map(\.folded) ? nil : labelWords
        key = (role == .interest ? "+" : "-") + words.map { $0.spelling ?? $0.folded }.joined(separator: " ")
    }

    /// `tokens` without their leading and trailing stop words, unless all are stop words.
    private static func meaningfulWords(of tokens: [Token]) -> ArraySlice<Token> {
        guard let first = tokens.firstIndex(where: { !$0.isStopWord }),
            let last = tokens.lastIndex(where: { !$0.isStopWord })
        else { return tokens[...] }
        return tokens[first...last]
    }
}
