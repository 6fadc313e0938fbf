import Foundation
import Matching
import Testing

@testable import Contacts

/// A friend's own feeds and the interests learned from them, in the friends file and in vCards.
@Suite("Friends' own feeds in contacts")
struct FriendFeedsTests {
    @Test func feedsAndLearnedInterestsReadAndWriteBackTheSame() throws {
        let (friends, warnings) = try FriendsYAML.read(Fixture.text("yaml-friend-feeds-and-learned-interests.yaml"), source: "friends.yaml")
        #expect(warnings.isEmpty)
        let ana = try #require(friends.first)
        #expect(ana.feeds == ["https://crumbandcoal.example/feed.xml", "https://social.example/@ana.rss"])
        #expect(
            ana.interests == [
                Interest("sourdough"), Interest("bread ovens", weight: Interest.learnedWeight, isLearned: true),
                Interest("rye", weight: 0.4, isLearned: true),
            ], "a learned interest weighs less than a typed one unless the file says otherwise")
        let written = FriendsYAML.write(friends)
        #expect(written.contains("{phrase: bread ovens, learned: true}"), "the default learned weight is not written out:\n\(written)")
        #expect(written.contains("feeds: [\"https://crumbandcoal.example/feed.xml\", \"https://social.example/@ana.rss\"]"), "\(written)")
        #expect(try FriendsYAML.read(written, source: "again").friends == friends)
    }

    @Test func aFeedThatIsNotAnHTTPURLIsAnErrorAtItsLine() throws {
        let text = try Fixture.text("yaml-friend-feed-not-http.yaml")
        let error = #expect(throws: ContactsError.self) { try FriendsYAML.read(text, source: "friends.yaml") }
        #expect(error?.description == "friends.yaml:6: feed 'file:///etc/passwd' is not an http or https URL")
        #expect(FriendFeedURL.problem(with: "https://social.example/@theo.rss") == nil)
        #expect(FriendFeedURL.problem(with: "social.example/@theo") != nil)
        #expect(FriendFeedURL.problem(with: "https:///no-host") == "has no host")
    }

    @Test func aVCardsWebAddressesAreOfferedNotFollowed() throws {
        let read = try VCardReader.readWithWebAddresses(Fixture.data("vcard3-apple-social-profiles.vcf"), source: "contacts.vcf")
        #expect(read.friends.map(\.name) == ["Theo Quinn", "Ana Lima"])
        #expect(read.friends.allSatisfy { $0.feeds.isEmpty }, "nothing is followed without asking")
        #expect(
            read.webAddresses == [
                "theo@example.org": ["https://theoquinn.example/", "https://social.example/@theo", "https://github.com/theoquinn"]
            ], "http and https addresses only, each once, in the order written")
    }

    @Test func importingAFriendAgainAddsTheirNewFeeds() {
        let known = Friend(name: "Ana Lima", emails: ["ana@example.org"], feeds: ["https://crumbandcoal.example/feed.xml"])
        let incoming = Friend(name: "Ana Lima", emails: ["ana@example.org"], feeds: ["https://social.example/@ana.rss"])
        let (merged, report) = FriendImport.merge([incoming], into: [known])
        #expect(merged[0].feeds == ["https://crumbandcoal.example/feed.xml", "https://social.example/@ana.rss"])
        #expect(report.updated.first?.changes == [.feed("https://social.example/@ana.rss")])
    }
}
