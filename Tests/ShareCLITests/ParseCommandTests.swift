import Foundation
import Testing

@Suite("share parse")
struct ParseCommandTests {
    static let fixtures = "Tests/FeedReaderTests/Fixtures/"

    @Test func textSummaryShowsTitleFormatAndEntries() throws {
        let result = try ShareProcess.run(["parse", Self.fixtures + "rss2-every-field.xml"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("The Baker & the Runner"))
        #expect(result.stdout.contains("rss2.0"))
        #expect(result.stdout.contains("2 entries"))
        #expect(result.stdout.contains("Keeping a starter alive through winter"))
        #expect(result.stderr.isEmpty)
    }

    @Test func jsonIsOneDocumentPerInput() throws {
        let result = try ShareProcess.run([
            "parse", "--format", "json", Self.fixtures + "rss1-rdf-dublin-core.rdf", Self.fixtures + "jsonfeed11-authors-and-attachments.json",
        ])
        #expect(result.status == 0)
        let documents = result.stdout.components(separatedBy: "\n}\n").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        #expect(documents.count == 2)
        let first = try JSONSerialization.jsonObject(with: Data((documents[0] + "\n}").utf8)) as? [String: Any]
        #expect(first?["format"] as? String == "rss1.0")
    }

    @Test func countPrintsOneLineAndFailuresGoToStderrWithExitOne() throws {
        let result = try ShareProcess.run([
            "parse", "--count", Self.fixtures + "rss2-every-field.xml", Self.fixtures + "not-a-feed.html", "no/such/file.xml",
            Self.fixtures + "rss-bare-ampersand-then-entities.xml",
        ])
        #expect(result.status == 1)
        #expect(result.stdout == "files=4 items=4 warnings=4 errors=2\n")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.contains { $0.contains("not-a-feed.html") && $0.contains("not a feed") })
        #expect(lines.contains { $0.contains("no/such/file.xml") && $0.contains("No such file") })
    }

    @Test func standardInputIsReadWithDash() throws {
        let xml = Data("<rss version=\"0.92\"><channel><title>From stdin</title></channel></rss>".utf8)
        let result = try ShareProcess.run(["parse", "-"], stdin: xml)
        #expect(result.status == 0)
        #expect(result.stdout.contains("From stdin"))
        #expect(result.stdout.contains("rss0.92"))
    }

    @Test func baseURLAndContentTypeApplyToASavedFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("share-parse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("saved.xml")
        // Latin-1 bytes with no declaration: only the Content-Type says what they are.
        try Data("<rss version=\"2.0\"><channel><title>Caf\u{E9}</title><link>/home</link></channel></rss>".data(using: .isoLatin1)!).write(to: file)
        let result = try ShareProcess.run([
            "parse", "--format", "json", "--base-url", "https://example.org/blog/", "--content-type", "text/xml; charset=iso-8859-1", file.path,
        ])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(json?["title"] as? String == "Café")
        #expect(json?["link"] as? String == "https://example.org/home")
        #expect((json?["warnings"] as? [Any])?.isEmpty == true)
    }

    @Test func usageErrorsExitTwo() throws {
        let result = try ShareProcess.run(["parse"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Give at least one feed"))
        let unknown = try ShareProcess.run(["parse", "--no-such-flag", "x.xml"])
        #expect(unknown.status == 2)
    }

    @Test func helpHasAnExample() throws {
        let result = try ShareProcess.run(["parse", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"))
        #expect(result.stdout.contains("share parse"))
    }
}
