/// A friend's interests and avoid phrases as phrases of the run's ``PhraseIndex``.
///
/// An interest or avoid phrase with no words is left out, and so is an interest whose weight is
/// not above zero. Two interests that are the same phrase (*trail running*, *Trail-running*) count
/// once, with the larger weight, under the spelling written first.
///
/// Each interest of two or more words that are not stop words also has each of those words, once
/// per stem, as a phrase of its own (*used* and *gear* of *buying and selling used gear*): its own
/// words, found by the same rules as the phrase (see ``Scoring``). A one-word interest is its own
/// only word.
struct FriendProfile: Sendable {
    struct WeightedPhrase: Sendable {
        let phrase: Int
        let weight: Double
        /// As the friend wrote it.
        let text: String
        /// The phrases of its own words (the phrase itself for a one-word interest; none for a
        /// phrase of stop words only).
        let words: [Int]
        /// Learned from the friend's own posts (``Interest/isLearned``), not typed by the user.
        var isLearned = false

        /// Whether the whole phrase is a term of its own, besides its words: two or more words, or
        /// stop words only.
        var hasPhraseTerm: Bool { words != [phrase] }
    }

    /// In the order of the friend's list.
    let interests: [WeightedPhrase]
    /// In the order of the friend's list: the first that matches is the one reported.
    let avoid: [WeightedPhrase]

    init(_ friend: Friend, index: inout PhraseIndex) {
        var interests: [WeightedPhrase] = []
        for interest in friend.interests where interest.weight > 0 && interest.weight.isFinite {
            guard let phrase = index.insert(interest.phrase, role: .interest) else { continue }
            if let same = interests.firstIndex(where: { $0.phrase == phrase }) {
                let kept = interests[same]
                // Typed and learned both: it is typed.
                interests[same] = WeightedPhrase(
                    phrase: phrase, weight: max(kept.weight, interest.weight), text: kept.text, words: kept.words,
                    isLearned: kept.isLearned && interest.isLearned)
            } else {
                let words = index.ownWords(of: phrase)
                interests.append(
                    WeightedPhrase(phrase: phrase, weight: interest.weight, text: interest.phrase, words: words, isLearned: interest.isLearned))
            }
        }
        var avoid: [WeightedPhrase] = []
        for text in friend.avoid {
            guard let phrase = index.insert(text, role: .avoid), !avoid.contains(where: { $0.phrase == phrase }) else { continue }
            avoid.append(WeightedPhrase(phrase: phrase, weight: 1, text: text, words: []))
        }
        self.interests = interests
        self.avoid = avoid
    }
}

extension PhraseIndex {
    /// The phrases of the own words of the interest `phrase` (see ``FriendProfile``), added if new.
    mutating func ownWords(of phrase: Int) -> [Int] {
        let content = phrases[phrase].words.filter { !$0.isStopWord }
        if content.count == phrases[phrase].words.count, content.count == 1 { return [phrase] }
        var stems: Set<String> = []
        var words: [Int] = []
        for word in content where stems.insert(word.stem).inserted {
            if let id = insert(word.folded, role: .interest) { words.append(id) }
        }
        return words
    }
}
