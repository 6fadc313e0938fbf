import Foundation
import Matching
import Store

/// What a friend writes about, learned from their own feeds' entries in the store, set against
/// everyone's entries there (`Matching.TopicLearner` holds the rules).
enum LearnedInterests {
    /// How many topics are offered at most.
    /// 12: on the development sets (Scripts/learned-relevance.py), 4 topics gave 0.76 of typed
    /// interests' nDCG@5, 8 gave 0.81, 12 gave 0.85, and 16 no more. Once words were weighed with
    /// their kin, fewer pass: 8, 16 and 24 topics moved the average of four draws by under 0.01.
    static let limit = 12

    /// The friend's topics, best first, leaving out what their interests and avoid phrases
    /// already say. Empty when the store has no posts of theirs yet.
    static func topics(for friend: Friend, in store: FeedStore) throws -> (topics: [LearnedTopic], postCount: Int) {
        let posts = try CandidatePool.friendsPosts(in: store).filter { $0.postedBy == friend.id }
        return (topics(for: friend, posts: posts, background: try background(in: store)), posts.count)
    }

    /// The friend's topics from `posts`, against a background worked out once for the run.
    static func topics(for friend: Friend, posts: [Candidate], background: TopicLearner.Background) -> [LearnedTopic] {
        let known = friend.interests.map(\.phrase) + friend.avoid
        return TopicLearner.topics(
            of: posts, background: background, known: known, names: [friend.name] + friend.emails, limit: limit, words: WordTable.shared)
    }

    /// `friends` with what their own posts (in `postsByFriend`) say they care about added as
    /// learned interests (not saved): a friend with feeds is matched on them from the first run,
    /// before any `friends learn --accept`. The background is the store's newest entries (see
    /// ``background(in:)``), as for `friends show` and `friends learn`, so that all four say the
    /// same; it is read only when some friend has posts. Friends without posts are as they were.
    static func adding(to friends: [Friend], posts postsByFriend: [String: [Candidate]], store: FeedStore) throws -> [Friend] {
        guard friends.contains(where: { postsByFriend[$0.id] != nil }) else { return friends }
        let background = try background(in: store)
        return friends.map { friend in
            guard let posts = postsByFriend[friend.id] else { return friend }
            var learned = friend
            learned.interests += interests(from: topics(for: friend, posts: posts, background: background))
            return learned
        }
    }

    /// What everyone writes: the store's newest entries, as many as a background reads.
    static func background(in store: FeedStore) throws -> TopicLearner.Background {
        TopicLearner.Background(try CandidatePool.newest(TopicLearner.Background.limit, in: store))
    }

    /// Topics as learned interests: the best weighs ``Interest/learnedWeight``, and the others
    /// less, by the square root of their evidence against the best's (with all weighing the same,
    /// learned matching on the development sets was 0.83 of typed, against 0.85), never below
    /// half of it: a topic kept is a topic, and must be able to lift an entry to the threshold. Weights are rounded to two places, as a
    /// person would write them.
    static func interests(from topics: [LearnedTopic]) -> [Interest] {
        guard let best = topics.first?.score, best > 0 else { return [] }
        return topics.map { topic in
            let weight = Interest.learnedWeight * max(0.5, (topic.score / best).squareRoot())
            return Interest(topic.phrase, weight: (weight * 100).rounded() / 100, isLearned: true)
        }
    }

    /// The topics as YAML comments under a friend (`share friends show`), each with the posts it
    /// came from: the output stays a friends file a person could paste.
    static func describe(_ topics: [LearnedTopic], postCount: Int, friend: Friend) -> String {
        guard !friend.feeds.isEmpty else { return "" }
        guard postCount > 0 else {
            return "# Nothing fetched from their own feeds yet (share fetch).\n"
        }
        guard !topics.isEmpty else {
            return "# Their \(postCount) posts say nothing new yet about what they care about.\n"
        }
        var lines = ["# From their \(postCount) posts, they write about (keep with: share friends learn \"\(friend.name)\" --accept):"]
        for topic in topics {
            let titles = topic.posts.prefix(3).map { "“" + title(of: $0) + "”" }.joined(separator: ", ")
            let more = topic.posts.count > 3 ? " and \(topic.posts.count - 3) more" : ""
            lines.append("#   \(topic.phrase): \(titles)\(more)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func title(of post: Candidate) -> String {
        let text = post.title.isEmpty ? post.summary : post.title
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > 60 ? String(flat.prefix(59)) + "…" : flat
    }
}
