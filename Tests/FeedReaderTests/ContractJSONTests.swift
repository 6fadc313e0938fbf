import Foundation
import Testing

@testable import FeedReader

@Suite("The JSON contract")
struct ContractJSONTests {
    static let fixtures = [
        "rss2-every-field.xml", "atom1-nested-xml-base.xml", "rss-bare-ampersand-then-entities.xml",
        "rss1-rdf-dublin-core.rdf", "atom03-base64-and-escaped.xml", "jsonfeed11-authors-and-attachments.json",
        "rss-duplicate-guids-and-no-ids.xml", "billion-laughs.xml",
    ]

    @Test(arguments: fixtures)
    func outputConformsToTheSchema(name: String) throws {
        let schema = try JSONSchemaCheck(schemaAt: Fixture.packageRoot.appendingPathComponent("Contracts/feed.schema.json"))
        let json = try Fixture.feed(name).contractJSON()
        let value = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
        let problems = schema.problems(value)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func theSchemaCheckCatchesAWrongShape() throws {
        // The check itself must be able to fail: a missing property and a bad date.
        let schema = try JSONSchemaCheck(schemaAt: Fixture.packageRoot.appendingPathComponent("Contracts/feed.schema.json"))
        var object = try JSONSerialization.jsonObject(with: Data(Fixture.feed("rss2-every-field.xml").contractJSON().utf8)) as! [String: Any]
        object["title"] = nil
        object["updated"] = "25 Nov 2026"
        let problems = schema.problems(object)
        #expect(problems.contains { $0.contains("missing title") })
        #expect(problems.contains { $0.contains("updated") })
    }

    /// The shared contract, beside the project in CI; a fresh clone has only its copy.
    static let sharedContract = Fixture.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/contracts/feed.schema.json")

    static let isSharedContractBeside = FileManager.default.fileExists(atPath: sharedContract.path)

    @Test(.enabled(if: isSharedContractBeside, "skipped: ../shared/contracts is not beside the project, so Contracts/ is not compared"))
    func theProjectsSchemaIsTheSharedContract() throws {
        let ours = try Data(contentsOf: Fixture.packageRoot.appendingPathComponent("Contracts/feed.schema.json"))
        #expect(ours == (try Data(contentsOf: Self.sharedContract)))
    }

    @Test func nullsAreWrittenAndDatesAreUTC() throws {
        let json = try Fixture.feed("rss2-every-field.xml").contractJSON(pretty: false)
        #expect(json.contains(#""updated":"2026-11-25T08:30:00Z""#))
        #expect(json.contains(#""source_feed":null"#))
        #expect(json.hasPrefix(#"{"format":"rss2.0","encoding":"utf-8","#))
    }
}
