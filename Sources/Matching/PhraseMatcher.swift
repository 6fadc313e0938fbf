import TextAnalysis

/// Finds the phrases of a ``PhraseIndex`` in the words of one text.
///
/// A phrase is found where:
///
/// 1. its words are consecutive words of the text — positions one apart, nothing between them
///    but spaces and punctuation: *trail running*, *Trail-running*, *trail runners*, but not
///    *trail for running* and not *running trail*;
/// 2. each of its words matches the text's word by the rule of ``PhraseWord`` (a phrase of stop
///    words only, written the same, capitals and all);
/// 3. it starts and ends on a written word's boundary. Words written together and split at a
///    change of case (a category *JavaScript*, a hashtag *#TrailRunning*) can be matched only
///    whole: *trail running* is found in *#TrailRunning*, but *Java* is not found in *JavaScript*,
///    nor *running* alone in *#TrailRunning*.
///
/// 4. for an interest, it is not used as a figure of speech: right after "is a", "is an", "like a",
///    "as a" (and "are", "was", "were", "feels" … with "a"/"an"), the phrase names what something
///    else is compared to, not what the entry is about: "Running a company is an ultramarathon"
///    is not about ultramarathons. In categories, and for avoid phrases, this rule does not apply
///    (a veto stays a veto).
///
/// Words are never matched inside other words: the analyser has cut the text into words, and a
/// word matches only a whole word (*art* is not in *start*).
///
/// A class, so that handing the one matcher to each of the tasks that share it costs one reference
/// count, not one for each of its tables.
final class PhraseMatcher: Sendable {
    let index: PhraseIndex
    /// ``PhraseIndex/anchors``, one stem's after another's.
    private let anchors: [PhraseIndex.Anchor]
    /// Where each stem's anchors are in ``anchors``, in a table made for looking up every word of
    /// every entry.
    private let anchorsByStem: StemTable<Range<Int>>
    /// The interests of two or more words, looked for with their words close together.
    let near: NearMatcher

    init(index: PhraseIndex) {
        self.index = index
        near = NearMatcher(index: index)
        var anchors: [PhraseIndex.Anchor] = []
        var anchorsByStem: [String: Range<Int>] = [:]
        for (stem, stemAnchors) in index.anchors {
            anchorsByStem[stem] = anchors.count..<anchors.count + stemAnchors.count
            anchors += stemAnchors
        }
        self.anchors = anchors
        self.anchorsByStem = StemTable(anchorsByStem)
    }

    /// Calls `found` with the id and the range in `text` of each phrase found in `tokens`, the words
    /// of `text`, in order of where they start. `inCategories` says whether `text` is a category.
    func forEachMatch(
        in tokens: [Token], of text: String, inCategories: Bool, _ found: (_ phrase: Int, _ range: Range<String.Index>) -> Void
    ) {
        let lookUpStopWords = index.hasStopWordAnchors
        for start in tokens.indices {
            if tokens[start].isStopWord && !lookUpStopWords { continue }
            guard let stemAnchors = anchorsByStem[tokens[start]] else { continue }
            for anchor in anchors[stemAnchors] where inCategories || !anchor.inCategoriesOnly {
                guard let end = matchEnd(of: anchor.words, at: start, in: tokens, of: text),
                    startsAndEndsOnWordBoundaries(tokens[start..<end], in: tokens, text: text)
                else { continue }
                if !inCategories, index.phrases[anchor.phrase].role == .interest, Self.isFigurative(at: start, in: tokens) { continue }
                found(anchor.phrase, tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound)
            }
        }
    }

    /// The index after the last token of a match of `index.words[words]` starting at
    /// `tokens[start]`, or nil.
    private func matchEnd(of words: Range<Int>, at start: Int, in tokens: [Token], of text: String) -> Int? {
        let end = start + words.count
        guard end <= tokens.count else { return nil }
        let firstPosition = tokens[start].position
        for offset in 0..<words.count {
            guard tokens[start + offset].position == firstPosition + offset,
                index.words[words.lowerBound + offset].matches(tokens[start + offset], in: text)
            else { return nil }
        }
        return end
    }

    /// Words that, followed by "a" or "an", make what comes next a comparison (rule 4).
    private static let comparingWords: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "like", "as", "feels", "feel", "felt", "becomes", "became", "seems",
    ]

    /// Whether the word at `start` follows "is a", "like an" and the like, directly (rule 4).
    private static func isFigurative(at start: Int, in tokens: [Token]) -> Bool {
        guard start >= 2 else { return false }
        let article = tokens[start - 1]
        let verb = tokens[start - 2]
        guard article.position == tokens[start].position - 1, verb.position == article.position - 1 else { return false }
        return (article.text == "a" || article.text == "an") && comparingWords.contains(verb.text)
    }

    /// Whether `match` neither begins right after nor ends right before another part of a word
    /// written together with it (rule 3).
    private func startsAndEndsOnWordBoundaries(_ match: ArraySlice<Token>, in tokens: [Token], text: String) -> Bool {
        if match.startIndex > tokens.startIndex, Self.areJoined(tokens[match.startIndex - 1], match.first!, in: text) {
            return false
        }
        if match.endIndex < tokens.endIndex, Self.areJoined(match.last!, tokens[match.endIndex], in: text) {
            return false
        }
        return true
    }

    /// Whether two neighbouring words are parts of one written word split at a change of case:
    /// nothing between them, and cased letters either side (so that ideographs written without
    /// spaces, each a word, are not joined).
    private static func areJoined(_ left: Token, _ right: Token, in text: String) -> Bool {
        guard left.range.upperBound == right.range.lowerBound, right.range.lowerBound < text.endIndex,
            left.range.lowerBound < left.range.upperBound
        else { return false }
        return text[text.index(before: left.range.upperBound)].isCased && text[right.range.lowerBound].isCased
    }
}
