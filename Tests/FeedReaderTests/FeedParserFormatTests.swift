import Foundation
import Testing

@testable import FeedReader

@Suite("Reading each format into the model")
struct FeedParserFormatTests {
    @Test func rss2EveryFieldLandsInItsPlace() throws {
        let feed = try Fixture.feed("rss2-every-field.xml", documentURL: "https://example.org/feed.xml")
        #expect(feed.format == .rss20)
        #expect(feed.title == "The Baker & the Runner")
        #expect(feed.subtitle == "Notes on bread and trails")
        #expect(feed.link == "https://example.org/")
        #expect(feed.feedURL == "https://example.org/feed.xml")
        #expect(feed.language == "en-us")
        // lastBuildDate outranks the channel's pubDate, whatever their order.
        #expect(feed.updated?.utc == "2026-11-25T08:30:00Z")
        #expect(feed.generator == "Hand-written")
        #expect(feed.image == "https://example.org/logo.png")
        #expect(feed.authors == [Person(name: "Ed Itor", email: "editor@example.org", uri: nil)])
        #expect(feed.categories == ["Food"])
        #expect(feed.warnings.isEmpty)
        #expect(feed.items.count == 2)

        let first = feed.items[0]
        #expect(first.title == "Keeping a starter alive through winter")
        #expect(first.link == "https://example.org/posts/starter?utm_source=rss")
        #expect(first.summary == "Warm water, patience.")
        #expect(first.contentHTML == #"<p>Full text with <a href="https://example.org/relative/link">a link</a>.</p>"#)
        #expect(first.id == "starter-2026")
        #expect(first.stableID == "starter-2026")
        #expect(first.published?.utc == "2026-11-24T11:15:00Z")
        #expect(first.updated == nil)
        #expect(
            first.authors == [
                Person(name: "Wendy Park", email: "wendy@example.org", uri: nil),
                Person(name: "Sam Lee", email: nil, uri: nil),
            ])
        #expect(first.categories == ["sourdough", "baking"])
        #expect(first.enclosures == [Enclosure(url: "https://example.org/audio/starter.mp3", type: "audio/mpeg", length: 12345)])
        #expect(first.comments == "https://example.org/posts/starter#comments")
        #expect(first.sourceFeed == "Other Kitchen")

        // A guid that is a permalink (isPermaLink absent) is the link when there is no <link>.
        #expect(feed.items[1].link == "https://example.org/posts/shoes")
        #expect(feed.items[1].summary == nil)
    }

    @Test func atomResolvesNestedXMLBaseAndReadsXHTMLContent() throws {
        let feed = try Fixture.feed("atom1-nested-xml-base.xml")
        #expect(feed.format == .atom10)
        #expect(feed.title == "Jazz piano journal")
        #expect(feed.subtitle == "Voicings & practice")
        #expect(feed.link == "https://example.com/blog/")
        #expect(feed.feedURL == "https://example.com/blog/feed.atom")
        #expect(feed.language == "en-GB")
        #expect(feed.image == "https://example.com/blog/img/logo.png")
        #expect(feed.authors == [Person(name: "Ann Author", email: "ann@example.com", uri: "https://example.com/about")])
        let entry = try #require(feed.items.first)
        // type="text" is literal: angle brackets stay.
        #expect(entry.title == "Shell voicings <for> beginners")
        #expect(entry.link == "https://example.com/blog/posts/2026/shell-voicings")
        #expect(entry.enclosures == [Enclosure(url: "https://example.com/blog/posts/2026/audio/shell.mp3", type: "audio/mpeg", length: 999)])
        #expect(entry.id == "tag:example.com,2026:shell")
        #expect(entry.published?.utc == "2026-11-19T07:00:00Z")
        #expect(entry.updated?.utc == "2026-11-20T09:00:00Z")
        #expect(entry.categories == ["jazz", "piano"])
        #expect(entry.summary == "Three notes are enough.")
        let content = try #require(entry.contentHTML)
        #expect(!content.contains("<div"), "the XHTML wrapper div is not part of the content")
        #expect(content.contains(#"href="https://example.com/blog/posts/2026/chart.pdf""#))
        #expect(content.contains(#"src="https://example.com/img/hand.png""#))
        #expect(content.contains("&amp;"))
    }

    @Test func rss1ItemsAreSiblingsOfTheChannel() throws {
        let feed = try Fixture.feed("rss1-rdf-dublin-core.rdf")
        #expect(feed.format == .rss10)
        #expect(feed.title == "Birders' Digest")
        #expect(feed.language == "en")
        #expect(feed.updated?.utc == "2026-11-21T13:00:00Z")
        #expect(feed.items.count == 1)
        #expect(feed.items[0].published?.utc == "2026-11-20T18:30:00Z")
        #expect(feed.items[0].categories == ["owls"])
        #expect(feed.items[0].authors.first?.name == "Mo Ornith")
    }

    @Test func atom03DecodesBase64AndEscapedHTML() throws {
        let feed = try Fixture.feed("atom03-base64-and-escaped.xml")
        #expect(feed.format == .atom03)
        #expect(feed.title == "Base64 feed")
        #expect(feed.subtitle == "Bold tagline")
        #expect(feed.updated?.utc == "2026-11-10T12:00:00Z")
        let entry = try #require(feed.items.first)
        #expect(entry.title == "Pottery & glazes")
        #expect(entry.published?.utc == "2026-11-09T12:00:00Z")
        #expect(entry.contentHTML == "<p>Cone 6</p>")
        #expect(entry.summary == "Cone 6")
        #expect(entry.authors == [Person(name: "Pat Potter", email: nil, uri: "https://pots.example/")])
    }

    @Test func jsonFeedReadsAuthorsTagsAndAttachments() throws {
        let feed = try Fixture.feed("jsonfeed11-authors-and-attachments.json")
        #expect(feed.format == .jsonFeed11)
        #expect(feed.title == "Board game nights")
        #expect(feed.link == "https://games.example/")
        #expect(feed.feedURL == "https://games.example/feed.json")
        #expect(feed.image == "https://games.example/icon.png")
        #expect(feed.authors == [Person(name: "Gil Gamer", email: nil, uri: "https://games.example/gil")])
        #expect(feed.items.count == 2)
        let first = feed.items[0]
        #expect(first.summary == "Sheep rules")
        #expect(first.published?.utc == "2026-11-26T00:00:00Z")
        #expect(first.categories == ["board games", "strategy"])
        #expect(first.enclosures == [Enclosure(url: "https://games.example/catan.mp3", type: "audio/mpeg", length: 2048)])
        // A number where a string belongs is read, not dropped.
        #expect(feed.items[1].id == "42")
        #expect(feed.items[1].contentHTML == "Numbers as ids &amp; plain text")
        #expect(feed.items[1].summary == "Numbers as ids & plain text")
    }

    @Test func anHTMLPageIsNotAFeed() throws {
        #expect {
            try Fixture.feed("not-a-feed.html")
        } throws: { error in
            guard case .notAFeed(let why) = error as? FeedParserError else { return false }
            return why.contains("<html>")
        }
    }

    @Test(arguments: ["", "   \n\t", "\u{FEFF}"])
    func emptyDocumentsAreAnError(text: String) {
        #expect(throws: FeedParserError.self) { try FeedParser.parse(Data(text.utf8)) }
    }

    @Test func binaryBytesAreNotAFeed() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]
        #expect(throws: FeedParserError.self) { try FeedParser.parse(Data(png)) }
    }

    @Test func everyEntryGetsAStableUniqueID() throws {
        let feed = try Fixture.feed("rss-duplicate-guids-and-no-ids.xml")
        let ids = feed.items.map(\.stableID)
        #expect(ids[0] == "same")
        #expect(ids[1] == "same#2")
        #expect(ids[2].hasPrefix("hash:"))
        #expect(ids[3].hasPrefix("hash:"))
        #expect(ids[2] != ids[3], "different content, different hash")
        // And the same from one parse to the next.
        let again = try Fixture.feed("rss-duplicate-guids-and-no-ids.xml")
        #expect(again.items.map(\.stableID) == ids)
    }

    @Test(arguments: [
        ("0.91", FeedFormat.rss091), ("0.92", .rss092), ("0.93", .rss093), ("0.94", .rss094),
        ("2.0", .rss20), ("2.0.1", .rss20), ("", .rss), ("9.9", .rss),
    ])
    func rssVersionsAreToldApart(version: String, format: FeedFormat) throws {
        let attribute = version.isEmpty ? "" : " version=\"\(version)\""
        let feed = try FeedParser.parse(Data("<rss\(attribute)><channel><title>t</title></channel></rss>".utf8))
        #expect(feed.format == format)
    }

    @Test func rss090IsToldByItsNamespace() throws {
        let xml =
            #"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/"><channel><title>Old</title></channel><item><title>i</title><link>http://x.example/</link></item></rdf:RDF>"#
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.format == .rss090)
        #expect(feed.items.first?.title == "i")
    }
}
