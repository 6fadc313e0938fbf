import Foundation

/// Making a friend's ``FriendModel``: own words, then words from the word table, then words from
/// this run's entries, by the rules of ``InterestModel``.
extension Ranker {
    func model(for profile: FriendProfile, scratch: inout Scratch) -> FriendModel {
        var interests = profile.interests.map { interest -> InterestModel in
            let k = Double(interest.words.count)
            let words = interest.words.map { phrase in
                let r = rarity[phrase]
                return InterestModel.OwnWord(
                    phrase: phrase, stem: firstWords[phrase].stem, text: firstWords[phrase].text, weight: k == 1 ? r : r * r / k
                )
            }
            let phrase = interest.hasPhraseTerm ? interest.phrase : nil
            return InterestModel(
                text: interest.text, weight: interest.weight, phrase: phrase, phraseRarity: phrase.map { rarity[$0] } ?? 0,
                words: words, learned: []
            )
        }
        if let vectors { interests = withNeighbours(interests, vectors: vectors) }
        let beforeFeedback = interests
        interests = withFeedback(interests, scratch: &scratch)
        // An interest learned from the friend's posts learns nothing from this run's entries:
        // words learned from it would be twice removed from the friend (*Cold*, from the
        // cold-weather bakes that *bread oven* matched).
        for (place, interest) in profile.interests.enumerated() where interest.isLearned { interests[place] = beforeFeedback[place] }
        return FriendModel(interests: interests, avoid: profile.avoid.map(\.phrase))
    }

    /// Whether a learned word may be `term` at all: some story has it, and not too many.
    private func mayLearn(_ term: Int) -> Bool {
        let df = Int(terms.documentFrequency[term])
        return df > 0 && (df <= Expansion.learnedWordSmallPool || Double(df) <= Expansion.learnedWordMaxShare * Double(terms.storyCount))
    }

    /// Step 1 of ``InterestModel``: words close to each interest in the word table.
    private func withNeighbours(_ interests: [InterestModel], vectors: WordVectors) -> [InterestModel] {
        let interestVectors: [[Float]?] = interests.map { interest in
            var indices: [Int] = []
            var weights: [Float] = []
            for word in interest.words {
                guard let index = vectors.index(of: word.stem) else { continue }
                let term = termOfVector[index]
                let r = term >= 0 ? terms.rarity(of: Int(term)) : 0
                indices.append(index)
                weights.append(Float(r > 0 ? r : 1))
            }
            return indices.isEmpty ? nil : vectors.unitSum(indices, weights: weights)
        }
        let known = interestVectors.compactMap { $0 }
        var friendVector: [Float]?
        if known.count >= 2 {
            var sum = [Float](repeating: 0, count: vectors.dims)
            for vector in known { for d in sum.indices { sum[d] += vector[d] } }
            friendVector = WordVectors.unit(sum)
        }
        return zip(interests, interestVectors).enumerated().map { place, pair in
            let (interest, interestVector) = pair
            guard let interestVector else { return interest }
            let ownStems = Set(interest.words.map(\.stem))
            var seen: Set<Int32> = []
            var candidates: [(term: Int, u: Double, source: LearnedSource, stem: String)] = []
            for word in interest.words {
                guard let index = vectors.index(of: word.stem) else { continue }
                for neighbour in vectors.neighbours(of: index) where seen.insert(neighbour).inserted {
                    let term = termOfVector[Int(neighbour)]
                    let stem = vectors.stems[Int(neighbour)]
                    guard term >= 0, !ownStems.contains(stem), mayLearn(Int(term)) else { continue }
                    var closeness = Double(vectors.dot(Int(neighbour), interestVector))
                    if let friendVector { closeness = (closeness + Double(vectors.dot(Int(neighbour), friendVector))) / 2 }
                    guard closeness > Expansion.closenessThreshold else { continue }
                    let u = (closeness - Expansion.closenessThreshold) / (1 - Expansion.closenessThreshold) * terms.rarity(of: Int(term))
                    candidates.append((Int(term), u, .wordKnowledge(neighbourOf: word.text, closeness: closeness), stem))
                }
            }
            let kept = candidates.first(Expansion.neighbourWords) { $0.u != $1.u ? $0.u > $1.u : $0.stem < $1.stem }
            let total = kept.reduce(0) { $0 + $1.u }
            let mass = interest.words.reduce(0) { $0 + $1.weight }
            let learned =
                total > 0
                ? kept.map {
                    InterestModel.LearnedWord(term: $0.term, weight: Expansion.neighbourMass * mass * $0.u / max(1, total), source: $0.source)
                } : []
            return InterestModel(
                text: interest.text, weight: interest.weight, phrase: interest.phrase, phraseRarity: interest.phraseRarity,
                words: interest.words, learned: interest.learned + learned,
                sense: sense(of: place, in: interests, vectors: interestVectors)
            )
        }
    }

    /// The sense of the one-word interest at `place` that the friend's other interests settle,
    /// if they do (see ``InterestModel/Sense``).
    private func sense(of place: Int, in interests: [InterestModel], vectors: [[Float]?]) -> InterestModel.Sense? {
        guard interests[place].words.count == 1, let own = vectors[place] else { return nil }
        let siblings = interests.indices.filter { other in
            guard other != place, let vector = vectors[other] else { return false }
            return zip(own, vector).reduce(0) { $0 + $1.0 * $1.1 } >= Expansion.senseSiblingCloseness
        }
        guard !siblings.isEmpty else { return nil }
        var sum = own
        for sibling in siblings { for d in sum.indices { sum[d] += vectors[sibling]![d] } }
        guard let vector = WordVectors.unit(sum) else { return nil }
        return InterestModel.Sense(
            siblings: siblings.map { interests[$0].text }, vector: vector,
            ownTerms: interests[place].words.compactMap { terms.term(of: $0.stem) })
    }

    /// Step 2 of ``InterestModel``: words of the stories that match each interest best.
    private func withFeedback(_ interests: [InterestModel], scratch: inout Scratch) -> [InterestModel] {
        let scores = interests.map { interestScores(of: $0, scratch: &scratch) }
        // Each story's score summed over the interests, by story (a scratch array, cleared below).
        for list in scores { for (story, score, _) in list { scratch.storyTotal[story] += score } }
        let poolSize = Double(terms.storyCount)
        let models = zip(interests, scores).map { [scratch] interest, own in
            let feedback = own.lazy.filter(\.isSpokenOf).map { story, score, _ in
                (story: story, weight: score + Expansion.contextWeight * (scratch.storyTotal[story] - score))
            }.filter { $0.weight > 0 }
            return (
                interest,
                feedback.first(Expansion.feedbackStories) {
                    $0.weight != $1.weight ? $0.weight > $1.weight : (keys[$0.story], $0.story) < (keys[$1.story], $1.story)
                }
            )
        }
        for list in scores { for (story, _, _) in list { scratch.storyTotal[story] = 0 } }
        return models.map { interest, documents in
            guard !documents.isEmpty else { return interest }
            let sum = documents.reduce(0) { $0 + $1.weight }
            for (story, weight) in documents {
                for term in terms.terms(of: story) {
                    let term = Int(term)
                    if scratch.termStories[term] == 0 { scratch.termTouched.append(term) }
                    scratch.termShare[term] += weight / sum
                    scratch.termStories[term] += 1
                }
            }
            var excluded = Set(interest.learned.map(\.term))
            for word in interest.words { if let term = terms.term(of: word.stem) { excluded.insert(term) } }
            let leastStories = Int32(min(2, documents.count))
            var candidates: [(term: Int, u: Double, stories: Int)] = []
            for term in scratch.termTouched {
                let share = scratch.termShare[term]
                let stories = scratch.termStories[term]
                scratch.termShare[term] = 0
                scratch.termStories[term] = 0
                guard stories >= leastStories, !excluded.contains(term), mayLearn(term) else { continue }
                let poolShare = Double(terms.documentFrequency[term]) / poolSize
                if share > poolShare { candidates.append((term, share * log(share / poolShare), Int(stories))) }
            }
            scratch.termTouched.removeAll(keepingCapacity: true)
            let kept = candidates.first(Expansion.feedbackWords) { $0.u != $1.u ? $0.u > $1.u : terms.stems[$0.term] < terms.stems[$1.term] }
            let totalU = kept.reduce(0) { $0 + $1.u }
            guard totalU > 0 else { return interest }
            let mass = interest.words.reduce(0) { $0 + $1.weight } + interest.learned.reduce(0) { $0 + $1.weight }
            let learned = kept.map {
                InterestModel.LearnedWord(term: $0.term, weight: Expansion.feedbackMass * mass * $0.u / totalU, source: .thisRun(stories: $0.stories))
            }
            return interest.learning(learned)
        }
    }
}
