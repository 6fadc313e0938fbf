import Testing

@testable import Matching

@Suite("An avoid phrase found anywhere vetoes the entry")
struct VetoTests {
    let priya = friend("Priya", ["bike lanes"], avoid: ["politics"])

    @Test("in any field, however well the rest matches")
    func vetoInAnyField() {
        let fields: [Candidate] = [
            entry("t", title: "Bike lanes and politics"),
            entry("c", title: "Bike lanes on Leavenworth", categories: ["Politics"]),
            entry("s", title: "Bike lanes on Leavenworth", summary: "Politics, not engineering, decided it."),
            entry("x", title: "Bike lanes on Leavenworth", content: "A long piece. In the end, politics won."),
        ]
        for candidate in fields {
            #expect(suggestedTitles(priya, [candidate]).isEmpty, "\(candidate.id)")
        }
        #expect(suggestedTitles(priya, [entry("ok", title: "Bike lanes on Leavenworth")]) == ["Bike lanes on Leavenworth"])
    }

    @Test("an avoid word also vetoes other words of its stem")
    func vetoByStem() {
        #expect(suggestedTitles(priya, [entry("p", title: "Bike lanes become a political fight")]).isEmpty)
        let zoe = friend("Zoë", ["gardening"], avoid: ["snakes"])
        #expect(suggestedTitles(zoe, [entry("s", title: "A garter snake in the garden")]).isEmpty)
    }

    @Test("a veto is only for the friend who avoids it")
    func vetoIsPersonal() {
        let other = friend("Omar", ["bike lanes"])
        let candidates = [entry("v", title: "Bike lanes vote", summary: "Politics as usual.")]
        let results = MatchEngine(friends: [priya, other], candidates: candidates, options: options()).suggestions()
        #expect(results[0].suggestions.isEmpty)
        #expect(results[1].suggestions.map(\.candidate.id) == [candidates[0].id])
    }

    @Test("a veto found in another copy of the same story counts")
    func vetoInAnotherCopy() {
        let plain = entry("a", title: "Council approves Leavenworth bike lanes", feed: "https://a.example/rss", daysOld: 2)
        let political = entry(
            "b", title: "Council approves Leavenworth bike lanes", categories: ["Politics"], feed: "https://b.example/rss", daysOld: 1
        )
        #expect(suggestedTitles(priya, [plain, political]).isEmpty)
    }
}
