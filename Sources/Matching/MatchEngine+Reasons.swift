import TextAnalysis

/// The parts of a story's score and the reasons for it, worked out for the stories shown only, by
/// looking each of a friend's terms up in the story.
extension MatchEngine {
    /// Each interest's part of `story`'s score for `model`, in the friend's order.
    func breakdown(for model: FriendModel, story: Int) -> [ScorePart] {
        breakdownWithSpellings(for: model, story: story, spellingFrom: 0).parts
    }

    /// ``breakdown(for:story:)``, with the first spelling in the story of each learned word found
    /// that adds at least `spellingFrom` (the others are named by their stems).
    private func breakdownWithSpellings(
        for model: FriendModel, story: Int, spellingFrom: Double
    ) -> (parts: [ScorePart], spellings: [String: Spelling]) {
        let terms = ranker.terms
        let found = model.interests.map { interest in
            interest.learned.compactMap { word -> (word: InterestModel.LearnedWord, x: Double)? in
                let x = terms.weight(of: word.term, in: story)
                return x > 0 ? (word, x) : nil
            }
        }
        let spelt = found.joined().filter { $0.word.weight * $0.x >= spellingFrom }.map { terms.stems[$0.word.term] }
        let spellings = self.spellings(of: Set(spelt), in: stories[story].representative)
        let parts = zip(model.interests, found).map { interest, found in
            let words = interest.words.compactMap { word -> ScorePart.Term? in
                ranker.posting(of: word.phrase, in: story).map { .init(word: word.text, value: word.weight * $0.strength, source: nil) }
            }
            let phrase = interest.phrase.flatMap { ranker.posting(of: $0, in: story) }.map { interest.phraseRarity * $0.strength } ?? 0
            let learned = found.map { word, x -> ScorePart.Term in
                let stem = terms.stems[word.term]
                return .init(word: spellings[stem]?.word ?? stem, value: word.weight * x, source: word.source)
            }.sorted { $0.value > $1.value }
            let knowledge = learned.reduce(0) { if case .wordKnowledge = $1.source { $0 + $1.value } else { $0 } }
            let gate = interest.gate(
                found: words.count, hasPhrase: phrase > 0, learned: learned.reduce(0) { $0 + $1.value }, knowledge: knowledge
            ) { ranker.isOf($0, story: story) }
            return ScorePart(interest: interest.text, weight: interest.weight, phrase: phrase, words: words, gate: gate, learned: learned)
        }
        return (parts, spellings)
    }

    /// The score of `story` for `model`, vetoes aside: `freshness × Σ weight × total`.
    func score(of story: Int, parts: [ScorePart]) -> Double {
        parts.reduce(0) { $0 + $1.weight * $1.total } * ranker.freshness[story]
    }

    /// An interest adding less than this share of the score is left out of the reasons (`share why`
    /// still shows it, in the parts).
    static let leastReasonShare = 0.1
    /// A learned word adding less than this is left out of the reasons (it is in the parts).
    static let leastLearnedWord = 0.05

    /// The reasons `story` matches `model`: interest by interest, the one adding most to the score
    /// first (in the friend's order when equal), those adding at least ``leastReasonShare`` of it;
    /// for each, the whole phrase field by field (in the order of ``Field``), its words close
    /// together, its own words, then the learned words found that add at least
    /// ``leastLearnedWord`` and are words a person can check (``isCheckable(_:)``; at most three of
    /// each source, the heaviest first).
    func reasons(for model: FriendModel, story storyIndex: Int) -> [MatchReason] {
        // Only the learned words that can be named need their spellings.
        let (parts, spellings) = breakdownWithSpellings(for: model, story: storyIndex, spellingFrom: Self.leastLearnedWord)
        let representative = stories[storyIndex].representative
        let candidate = candidates[representative]
        let analysis = analyses[representative]
        let score = parts.reduce(0) { $0 + $1.weight * $1.total }
        let order = parts.indices.filter { parts[$0].weight * parts[$0].total >= Self.leastReasonShare * score }.sorted {
            let a = parts[$0].weight * parts[$0].total
            let b = parts[$1].weight * parts[$1].total
            return a != b ? a > b : $0 < $1
        }
        return order.flatMap { at -> [MatchReason] in
            let interest = model.interests[at]
            let part = parts[at]
            var reasons: [MatchReason] = []
            let phraseID = interest.phrase ?? interest.words.first?.phrase
            if let phraseID {
                for match in analysis.matches(of: phraseID) {
                    reasons.append(
                        MatchReason(
                            interest: interest.text, field: match.field, quote: match.quote(in: candidate), occurrences: match.count,
                            categoryIndex: match.field == .categories ? match.categoryIndex : nil
                        ))
                }
            }
            if let phrase = interest.phrase {
                for near in analysis.nearMatches(of: phrase) where !analysis.matches(of: phrase).contains(where: { $0.field == near.field }) {
                    reasons.append(
                        MatchReason(
                            interest: interest.text, field: near.field,
                            quote: String(candidate.text(of: near.field, category: near.categoryIndex)[near.range]),
                            occurrences: near.count, categoryIndex: near.field == .categories ? near.categoryIndex : nil, kind: .near
                        ))
                }
            }
            if interest.phrase != nil, !part.gated, reasons.allSatisfy({ $0.kind != .phrase }) {
                for word in interest.words {
                    guard let match = analysis.matches(of: word.phrase).first else { continue }
                    reasons.append(
                        MatchReason(
                            interest: interest.text, field: match.field, quote: match.quote(in: candidate), occurrences: match.count,
                            categoryIndex: match.field == .categories ? match.categoryIndex : nil, kind: .word
                        ))
                }
            }
            let telling = part.learned.filter { $0.value >= Self.leastLearnedWord && Self.isCheckable($0.word) }
            let known = telling.filter { if case .wordKnowledge = $0.source { true } else { false } }.prefix(3)
            let run = telling.filter { if case .thisRun = $0.source { true } else { false } }.prefix(3)
            if !known.isEmpty {
                var closeTo: [String] = []
                for term in known {
                    if case let .wordKnowledge(own, _) = term.source, !closeTo.contains(own) { closeTo.append(own) }
                }
                reasons.append(learnedReason(interest.text, known, spellings: spellings, kind: .wordKnowledge(closeTo: closeTo)))
            }
            if !run.isEmpty { reasons.append(learnedReason(interest.text, run, spellings: spellings, kind: .thisRun)) }
            return reasons
        }
    }

    /// Whether a learned word says something a person can check in a reason: not a lone
    /// character, nor a figure of one or two digits. "mentions 5, Cold and F" (a heat-pump story's
    /// "5 °F") says nothing; "mentions 486" to a friend of PC hardware does. The word still counts
    /// in the score, and `share why` shows it.
    static func isCheckable(_ word: String) -> Bool {
        let characters = word.filter { $0 != "'" && $0 != "’" }
        return characters.count >= 2 && (characters.contains { $0.isLetter } || characters.count >= 3)
    }

    private func learnedReason(
        _ interest: String, _ terms: some Collection<ScorePart.Term>, spellings: [String: Spelling], kind: MatchReason.Kind
    ) -> MatchReason {
        let words = terms.map(\.word)
        let quote = words.count == 1 ? words[0] : words.dropLast().joined(separator: ", ") + " and " + words.last!
        let first = terms.compactMap { term in spellings.values.first { $0.word == term.word } }.min { $0.field < $1.field }
        return MatchReason(
            interest: interest, field: first?.field ?? .summary, quote: quote,
            categoryIndex: first?.field == .categories ? first?.category : nil, kind: kind
        )
    }

    /// Where a stem is first written in an entry, and how.
    struct Spelling {
        let word: String
        let field: Field
        let category: Int
    }

    /// For each of `stems` found in the candidate at `index`, its first spelling, field by field in
    /// the order of ``Field``. The fields are read only until every stem is found: the reasons of
    /// each suggestion read its entry again, and most learned words are in the title or summary,
    /// before a long content.
    func spellings(of stems: Set<String>, in index: Int) -> [String: Spelling] {
        let candidate = candidates[index]
        var spellings: [String: Spelling] = [:]
        func read(_ text: String, _ field: Field, category: Int = 0) {
            guard spellings.count < stems.count else { return }
            for token in analyzer.tokens(in: text, as: field == .categories ? .label : .prose)
            where !token.isStopWord && spellings[token.stem] == nil && stems.contains(token.stem) {
                spellings[token.stem] = Spelling(word: String(text[token.range]), field: field, category: category)
            }
        }
        read(candidate.title, .title)
        for (category, text) in candidate.categories.enumerated() { read(text, .categories, category: category) }
        read(candidate.summary, .summary)
        read(candidate.content, .content)
        return spellings
    }
}
