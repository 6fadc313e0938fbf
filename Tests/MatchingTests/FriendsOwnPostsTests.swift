import Foundation
import Testing

@testable import Matching

/// What a friend posts on their own feeds: never a suggestion, and evidence of what they care
/// about (`TopicLearner`).
@Suite("Friends' own posts")
struct FriendsOwnPostsTests {
    /// A post on a friend's own feed.
    func post(_ slug: String, by friend: Friend, title: String, summary: String = "", categories: [String] = [], daysOld: Double = 3) -> Candidate {
        var candidate = entry(
            slug, title: title, summary: summary, categories: categories, feed: "https://social.example/@\(friend.firstName.lowercased()).rss",
            daysOld: daysOld)
        candidate.postedBy = friend.id
        return candidate
    }

    @Test func aFriendsOwnPostIsNeverSuggestedToThemOrToAnyoneElse() {
        let ana = friend("Ana", ["bread ovens"])
        let ben = friend("Ben", ["bread ovens"])
        let own = post("oven", by: ana, title: "Building bread ovens from clay", summary: "Bread ovens, bread ovens, bread ovens.")
        let other = entry("oven-guide", title: "A guide to bread ovens", summary: "How bread ovens hold their heat.")
        let engine = MatchEngine(friends: [ana, ben], candidates: [own, other], options: options(perFriend: 5, perFeed: 5))
        for result in engine.suggestions() {
            #expect(result.suggestions.map(\.candidate.id) == [other.id], "\(result.friend.name) is offered only the other entry")
        }
        // The same post from a subscription (not marked as anyone's) is an entry like any other.
        var subscribed = own
        subscribed.postedBy = nil
        let unmarked = MatchEngine(friends: [ben], candidates: [subscribed, other], options: options(perFriend: 5, perFeed: 5)).suggestions()
        #expect(unmarked[0].suggestions.map(\.candidate.id).contains(own.id))
    }

    @Test func whatTheyWriteAboutOftenAndOthersRarelyIsLearned() {
        let ana = friend("Ana Lima", [])
        let posts = [
            post("1", by: ana, title: "Firing the bread oven on a cold night", summary: "Two hours of oak, then twelve rye loaves."),
            post("2", by: ana, title: "Building a wood-fired bread oven", summary: "Clay, sand and straw over three weekends."),
            post("3", by: ana, title: "Rye loaves and the falling heat of a bread oven", summary: "A wood-fired oven bakes three rounds."),
            post("4", by: ana, title: "A cold night at the market", summary: "Selling loaves in the snow."),
        ]
        let background = TopicLearner.Background(
            (1...30).map { entry("news-\($0)", title: "Council news on a cold night, part \($0)", summary: "The market opens at night.") })
        let topics = TopicLearner.topics(of: posts, background: background, names: [ana.name])
        let phrases = topics.map(\.phrase)
        #expect(phrases.first == "bread oven", "the pair in three posts, rare elsewhere, comes first: \(phrases)")
        #expect(phrases.contains("wood-fired"), "written as the friend writes it, hyphen and all: \(phrases)")
        #expect(phrases.contains("loaves"), "the plural they write: \(phrases)")
        #expect(!phrases.contains("oven"), "a word its pair says in every post it is in is left out: \(phrases)")
        #expect(!phrases.contains { $0.contains("night") || $0.contains("cold") }, "everyone writes about cold nights: \(phrases)")
        #expect(topics[0].posts.map(\.id) == [posts[0].id, posts[1].id, posts[2].id], "with the posts it came from, newest first")
    }

    @Test func typedInterestsAvoidPhrasesNamesAndOnePostAreNotLearned() {
        let theo = friend("Theo Quinn", [])
        let posts = [
            post("1", by: theo, title: "theoquinn pushed to chess-drills", summary: "Rook endgame drills, politics aside.", categories: ["chess"]),
            post("2", by: theo, title: "theoquinn starred owl-camera", summary: "Owl box politics and the screech owl.", categories: ["owls"]),
            post("3", by: theo, title: "theoquinn created crane-count", summary: "Chess clubs and owl counts, no politics.", categories: ["chess"]),
        ].map { post in
            var post = post
            post.feedURL = "https://github.com/theoquinn.atom"
            return post
        }
        let background = TopicLearner.Background((1...30).map { entry("x\($0)", title: "Something else entirely, part \($0)") })
        let phrases = TopicLearner.topics(of: posts, background: background, known: ["owls", "politics"], names: [theo.name]).map(\.phrase)
        #expect(phrases.contains("chess"))
        #expect(!phrases.contains { $0.contains("owl") }, "a typed interest wins over what is learned: \(phrases)")
        #expect(!phrases.contains { $0.contains("politic") }, "and so does an avoid phrase: \(phrases)")
        #expect(!phrases.contains { $0.contains("theoquinn") }, "the name in the feed's URL is no topic: \(phrases)")
        #expect(!phrases.contains { $0.contains("rook") }, "a word of one post is no topic: \(phrases)")
        #expect(TopicLearner.topics(of: [posts[0]], background: background).isEmpty, "one post teaches nothing")
    }

    /// Seen on the development sets: twenty posts of old Usenet threads taught *held*, *states*
    /// and *provide*, words each said in three posts by chance, and missed *mac*, said in two of
    /// the five posts about Macs (the others said *Macintosh* and *Apple*).
    @Test func aWordIsWeighedWithItsKinInTheWordTable() throws {
        let words = try #require(repositoryWordVectors, "the word table is read from Sources/Matching/Resources")
        let ana = friend("Ana Lima", [])
        let posts = [
            ("My old Mac will not boot", "It chimes, then nothing."),
            ("Mac keyboards, ranked", "Every keyboard since 1984."),
            ("A Macintosh SE on the desk", "Restored after a flea market."),
            ("Apple laptops and swollen batteries", "A warning."),
            ("The meeting was held at noon", "Notes from the residents."),
            ("Held up in traffic again", "The ring road at five."),
            ("The storm door held", "A night on the coast."),
            ("Tomatoes in December", "A greenhouse experiment."),
            ("Reading list for winter", "Novels and essays."),
            ("Swimming in cold water", "The lake at dawn."),
        ].enumerated().map { post("\($0)", by: ana, title: $1.0, summary: $1.1) }
        // Everyone else writes the kin of *held* (hold, won, match, status, return), never *held*.
        let background = TopicLearner.Background(
            (1...40).map { index in
                let titles = ["Council holds a vote on parking", "Match report: United won", "Status of the ferry", "Return of the night bus"]
                return entry("news-\(index)", title: "\(titles[index % 4]), part \(index)")
            })
        let withKin = TopicLearner.topics(of: posts, background: background, names: [ana.name], words: words).map(\.phrase)
        #expect(withKin.contains("mac"), "two posts say Mac, two more Macintosh and Apple: \(withKin)")
        #expect(!withKin.contains("held"), "held's kin is what everyone writes: \(withKin)")
        let alone = TopicLearner.topics(of: posts, background: background, names: [ana.name]).map(\.phrase)
        #expect(!alone.contains("mac") && alone.contains("held"), "without the table, each word counts alone: \(alone)")
    }
}
