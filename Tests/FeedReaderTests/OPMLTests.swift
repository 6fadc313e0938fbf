import Foundation
import Testing

@testable import FeedReader

@Suite("OPML subscription lists")
struct OPMLTests {
    @Test func nestedFoldersBecomeCategoriesAndRelativeURLsResolve() throws {
        let list = try OPMLReader.read(Fixture.data("opml2-nested-folders-relative-urls.opml"), location: "file:///home/me/lists/subs.opml")
        #expect(list.title == "My feeds")
        #expect(list.subscriptions.count == 3, "the duplicate URL is kept once")
        let bakers = list.subscriptions[0]
        #expect(bakers.feedURL == "file:///home/me/lists/feeds/bakers.xml")
        #expect(bakers.title == "Bakers")
        #expect(bakers.siteURL == "https://bakers.example/")
        #expect(bakers.type == "rss")
        #expect(bakers.folders == ["Food", "Baking"])
        #expect(list.subscriptions[1].feedURL == "https://pots.example/feed.atom", "xmlURL in another case")
        #expect(list.subscriptions[1].folders == ["Food"])
        #expect(list.subscriptions[2].title == nil)
        #expect(list.subscriptions[2].folders == [])
    }

    @Test func whatTheWriterWritesReadsBackTheSame() throws {
        let list = try OPMLReader.read(Fixture.data("opml2-nested-folders-relative-urls.opml"), location: "https://example.org/subs.opml")
        let written = OPMLWriter.write(list)
        let reread = try OPMLReader.read(Data(written.utf8), location: nil)
        #expect(reread.title == list.title)
        #expect(reread.subscriptions.map(\.feedURL) == list.subscriptions.map(\.feedURL))
        #expect(reread.subscriptions.map(\.folders) == list.subscriptions.map(\.folders))
        #expect(reread.subscriptions.map(\.title) == list.subscriptions.map(\.title))
        #expect(reread.subscriptions.map(\.siteURL) == list.subscriptions.map(\.siteURL))
        #expect(reread.warnings.isEmpty)
    }

    @Test func aFeedIsNotAnOPMLDocument() {
        #expect {
            try OPMLReader.read(Fixture.data("rss2-every-field.xml"), location: nil)
        } throws: { error in
            guard case .notOPML(let why) = error as? FeedParserError else { return false }
            return why.contains("<rss>")
        }
    }

    @Test func opml1WithoutHeadIsRead() throws {
        let xml = #"<opml version="1.0"><body><outline title="A" xmlUrl="http://a.example/rss" type="rss"/></body></opml>"#
        let list = try OPMLReader.read(Data(xml.utf8), location: nil)
        #expect(list.subscriptions.map(\.feedURL) == ["http://a.example/rss"])
        #expect(list.subscriptions[0].title == "A")
    }
}
