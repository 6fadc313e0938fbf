/// Picks a friend's suggestions from their ranking (already above the threshold), best first. Each
/// story in turn is:
///
/// 1. passed over if any of its copies was already sent to the friend (``MatchOptions/alreadySent``,
///    by canonical link or link as given);
/// 2. passed over if ``MatchOptions/perFeed`` stories from its feed (that of the copy that stands
///    for it) are already picked;
/// 3. passed over once ``MatchOptions/perFriend`` stories are picked;
/// 4. otherwise picked, as the next rank.
struct Selection {
    enum Decision: Equatable {
        case picked(rank: Int)
        case alreadySent(link: String)
        /// `perFeed` stories of the same feed were picked before it; the first of them.
        case sameFeed(pickedBefore: Int)
        case overLimit
    }

    private let friendID: String
    private let options: MatchOptions
    private let stories: [Story]
    private let candidates: [Candidate]
    private(set) var picked: [Int] = []
    private var pickedByFeed: [String: [Int]] = [:]

    init(friendID: String, options: MatchOptions, stories: [Story], candidates: [Candidate]) {
        self.friendID = friendID
        self.options = options
        self.stories = stories
        self.candidates = candidates
    }

    /// Whether no more stories can be picked.
    var isFull: Bool { picked.count >= options.perFriend }

    /// Whether `story` would be picked if it came next and there were room: not sent before, and
    /// its feed not full.
    func isEligible(_ story: Int) -> Bool {
        guard sentLink(of: story) == nil else { return false }
        return (pickedByFeed[candidates[stories[story].representative].feedURL]?.count ?? 0) < options.perFeed
    }

    /// What becomes of `story`, the next in the ranking.
    mutating func decide(_ story: Int) -> Decision {
        if let link = sentLink(of: story) { return .alreadySent(link: link) }
        let feed = candidates[stories[story].representative].feedURL
        if let fromFeed = pickedByFeed[feed], fromFeed.count >= options.perFeed { return .sameFeed(pickedBefore: fromFeed[0]) }
        if isFull { return .overLimit }
        picked.append(story)
        pickedByFeed[feed, default: []].append(story)
        return .picked(rank: picked.count)
    }

    /// The link by which some copy of `story` was already sent to the friend, if one was.
    func sentLink(of story: Int) -> String? {
        guard !options.alreadySent.isEmpty else { return nil }
        for copy in stories[story].copies {
            let candidate = candidates[copy]
            for link in [candidate.linkKey, candidate.canonicalLink, candidate.link].compactMap({ $0 })
            where options.alreadySent.contains(SentKey(friendID: friendID, link: link)) {
                return link
            }
        }
        return nil
    }
}
