/// ``MatchEngine/explain(friend:candidateLink:)``: the verdicts of ``Explanation``, in its order,
/// worked out for one friend and one entry with the same ranking and the same rules as
/// ``MatchEngine/suggestions()``.
extension MatchEngine {
    /// Why the entry with `candidateLink` (its canonical link, link or id) was or was not suggested
    /// to `friend` (one of ``friends``, by ``Friend/id``). See ``Explanation`` for the verdicts and
    /// their order.
    public func explain(friend: Friend, candidateLink: String) -> Explanation {
        guard let friendIndex = friends.firstIndex(where: { $0.id == friend.id }) else {
            return Explanation(friend: friend, link: candidateLink, candidate: nil, verdict: .unknownFriend)
        }
        let friend = friends[friendIndex]
        guard let candidateIndex = candidateIndex(named: candidateLink) else {
            return Explanation(friend: friend, link: candidateLink, candidate: nil, verdict: .notInPool)
        }
        let storyIndex = storyOfCandidate[candidateIndex]
        let story = stories[storyIndex]
        let standIn = story.representative == candidateIndex ? nil : candidates[story.representative]
        var scratch = makeScratch()
        let (model, ranking) = ranking(forFriendAt: friendIndex, complete: true, scratch: &scratch)
        let parts = breakdown(for: model, story: storyIndex)
        func explanation(_ verdict: Explanation.Verdict, score: Double? = nil) -> Explanation {
            Explanation(
                friend: friend, link: candidateLink, candidate: candidates[candidateIndex], standIn: standIn, verdict: verdict,
                score: score, reasons: score == nil ? [] : reasons(for: model, story: storyIndex),
                parts: score == nil ? [] : parts.filter { $0.total > 0 || !$0.words.isEmpty }, freshness: ranker.freshness[storyIndex]
            )
        }

        let score = self.score(of: storyIndex, parts: parts)
        guard score > 0 else {
            // An interest found but not counted (a gate of ``Scoring``) is shown, with why.
            guard parts.contains(where: \.gated) else { return explanation(.noInterestMatched) }
            return Explanation(
                friend: friend, link: candidateLink, candidate: candidates[candidateIndex], standIn: standIn, verdict: .notCounted,
                score: nil, reasons: [], parts: parts.filter(\.gated), freshness: ranker.freshness[storyIndex])
        }
        if let veto = veto(of: storyIndex, for: profiles[friendIndex]) { return explanation(veto, score: score) }
        var selection = Selection(friendID: friend.id, options: options, stories: stories, candidates: candidates)
        if let link = selection.sentLink(of: storyIndex) { return explanation(.alreadySent(link: link), score: score) }
        guard score >= options.minScore else {
            return explanation(.belowThreshold(score: score, minScore: options.minScore), score: score)
        }
        for entry in ranking {
            let decision = selection.decide(entry.story)
            guard entry.story == storyIndex else { continue }
            switch decision {
            case let .picked(rank):
                return explanation(.suggested(rank: rank), score: score)
            case let .alreadySent(link):
                return explanation(.alreadySent(link: link), score: score)
            case let .sameFeed(pickedBefore):
                return explanation(.sameFeedRankedAbove(candidates[stories[pickedBefore].representative]), score: score)
            case .overLimit:
                return explanation(.outranked(by: selection.picked.map { candidates[stories[$0].representative] }), score: score)
            }
        }
        return explanation(.belowThreshold(score: score, minScore: options.minScore), score: score)
    }

    /// The first candidate whose link key, canonical link, link or id is `link` (spaces around it
    /// aside); searched for, since it is asked for rarely.
    private func candidateIndex(named link: String) -> Int? {
        guard let link = Candidate.trimmed(link) else { return nil }
        return candidates.firstIndex { $0.linkKey == link }
            ?? candidates.firstIndex { $0.canonicalLink == link || $0.link == link || $0.id == link }
    }

    /// The first of `profile`'s avoid phrases found in some copy of `story`, as a verdict.
    private func veto(of story: Int, for profile: FriendProfile) -> Explanation.Verdict? {
        for avoid in profile.avoid {
            guard let posting = ranker.posting(of: avoid.phrase, in: story),
                let match = analyses[posting.candidate].matches(of: avoid.phrase).first
            else { continue }
            return .vetoed(avoid: avoid.text, field: match.field, quote: match.quote(in: candidates[posting.candidate]))
        }
        return nil
    }
}
