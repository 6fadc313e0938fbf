/// A friend's interests and avoid phrases as phrases of the run's ``PhraseIndex``.
///
/// An interest or avoid phrase with no words is left out, and so is an interest whose weight is
/// not above zero. Two interests that are the same phrase (*trail running*, *Trail-running*) count
/// once, with the larger weight, under the spelling written first.
struct FriendProfile: Sendable {
    struct WeightedPhrase: Sendable {
        let phrase: Int
        let weight: Double
        /// As the friend wrote it.
        let text: String
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
                interests[same] = WeightedPhrase(phrase: phrase, weight: max(kept.weight, interest.weight), text: kept.text)
            } else {
                interests.append(WeightedPhrase(phrase: phrase, weight: interest.weight, text: interest.phrase))
            }
        }
        var avoid: [WeightedPhrase] = []
        for text in friend.avoid {
            guard let phrase = index.insert(text, role: .avoid), !avoid.contains(where: { $0.phrase == phrase }) else { continue }
            avoid.append(WeightedPhrase(phrase: phrase, weight: 1, text: text))
        }
        self.interests = interests
        self.avoid = avoid
    }
}
