import Drafting
import Foundation
import Matching
import Testing

/// A reply to what a friend posted on their own feed: what kind of news it is, and a note that
/// answers it before any link.
@Suite("Replies to a friend's own posts")
struct ReplyNoteTests {
    let now = Date(timeIntervalSince1970: 1_795_867_200)  // 2026-11-28 12:00 UTC
    let composer = NoteComposer(templates: try! NoteTemplates.load(overridesIn: nil), sender: Sender(name: "Ann Lee", address: nil, city: "Omaha"))

    func post(_ title: String, summary: String = "", daysOld: Double = 2, slug: String = "post") -> Candidate {
        let link = "https://ana.example/\(slug)"
        return Candidate(
            id: "ana#\(slug)", link: link, canonicalLink: link, title: title, summary: summary, feedURL: "https://ana.example/feed",
            published: now.addingTimeInterval(-daysOld * 86_400), postedBy: "ana@example.org")
    }

    func ana(lastContact: Date? = nil, city: String? = "Omaha") -> Friend {
        Friend(
            name: "Ana Lima", emails: ["ana@example.org"], interests: [Interest("sourdough")], city: city, lastContact: lastContact,
            cadence: Cadence(parsing: "1m"))
    }

    @Test func theNewsIsToldApartFromTheTitleAndSummary() {
        func kind(_ title: String, _ summary: String = "") -> PostNews.Kind { PostNews(post(title, summary: summary)).kind }
        #expect(kind("Big news: we're moving to Denver!") == .milestone(.moving))
        #expect(kind("Settling in: our new home in Denver") == .milestone(.move))
        #expect(kind("Personal best at the Omaha half marathon") == .milestone(.race))
        #expect(kind("Some news", "Today was my first day at Kiln Labs.") == .milestone(.newJob))
        #expect(kind("Three weeks hiking in Patagonia") == .trip)
        #expect(kind("Notes on rye hydration") == .other)
        #expect(kind("I didn't get the job") == .hardNews, "a milestone with a 'not' in it is no milestone")
        #expect(kind("We're not moving after all") == .hardNews)
        #expect(kind("Laid off today, after nine years") == .hardNews)
        #expect(kind("Saying goodbye to Biscuit, the best dog there was") == .hardNews)
    }

    @Test func theNewestFreshPostIsTheOneToAnswerOnce() {
        let older = post("Notes on rye hydration", daysOld: 6, slug: "rye")
        let newest = post("Big news: we're moving to Denver!", daysOld: 2, slug: "denver")
        #expect(PostNews.toAnswer([older, newest], answered: [], now: now)?.post.id == newest.id)
        #expect(PostNews.toAnswer([older, newest], answered: ["https://ana.example/denver"], now: now) == nil, "answered once is enough")
        #expect(PostNews.toAnswer([post("Old news", daysOld: 30)], answered: [], now: now) == nil, "a month late is too late")
        var undated = post("Undated")
        undated.published = nil
        #expect(PostNews.toAnswer([undated], answered: [], now: now) == nil, "an undated post could be years old")
    }

    @Test func anOverdueFriendsNewsIsAnsweredFirstWithTheInvitation() throws {
        let friend = ana(lastContact: now.addingTimeInterval(-120 * 86_400))
        let news = try #require(
            PostNews.toAnswer([post("Big news: we're moving to Denver!", summary: "We leave in January.")], answered: [], now: now))
        let link = Candidate(
            id: "b#1", link: "https://bread.example/starter", canonicalLink: "https://bread.example/starter",
            title: "How to keep a sourdough starter alive", feedURL: "https://bread.example/feed")
        let suggestion = Suggestion(
            friend: friend, candidate: link, rank: 1, score: 3, reasons: [MatchReason(interest: "sourdough", field: .title, quote: "sourdough")])
        let drafts = composer.drafts(
            for: Outreach(friend: friend, lastContact: friend.lastContact, now: now), suggestions: [suggestion], digest: false, news: news)
        #expect(drafts.map(\.kind) == [.reply, .suggestion])
        let reply = drafts[0]
        #expect(reply.subject == "Congratulations, Ana!")
        #expect(reply.links == ["https://ana.example/post"])
        #expect(reply.body.contains("“Big news: we're moving to Denver!”"), "their post, named:\n\(reply.body)")
        #expect(reply.body.contains("congratulations on the big move") || reply.body.contains("Congratulations on the big move"))
        #expect(reply.body.contains("Coffee before you go, Ana?"), "the invitation fits the news, in the same city:\n\(reply.body)")
        #expect(!reply.body.contains("!”."), "no full stop after a quote that ends its own sentence")
        #expect(reply.hasInvitation && !drafts[1].hasInvitation, "one invitation, in the reply")
    }

    @Test func hardNewsGetsNoNoteFromATemplate() {
        let friend = ana()
        let news = PostNews.toAnswer([post("Laid off today, after nine years")], answered: [], now: now)
        #expect(news?.kind == .hardNews)
        let drafts = composer.drafts(for: Outreach(friend: friend, lastContact: now, now: now), suggestions: [], digest: false, news: news)
        #expect(drafts.isEmpty)
    }

    @Test func aMastodonPostWithoutATitleIsQuotedByItsFirstSentence() throws {
        var toot = post("", summary: "Sent my first V5 at the bouldering gym tonight! Arms are jelly. #climbing")
        toot.title = ""
        let news = try #require(PostNews.toAnswer([toot], answered: [], now: now))
        let drafts = composer.drafts(for: Outreach(friend: ana(), lastContact: now, now: now), suggestions: [], digest: false, news: news)
        let body = try #require(drafts.first?.body)
        #expect(body.contains("“Sent my first V5 at the bouldering gym tonight!”"), "\(body)")
        #expect(!body.contains("Arms are jelly"))
    }
}
