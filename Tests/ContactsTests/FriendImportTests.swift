import Foundation
import Matching
import Testing

@testable import Contacts

@Suite("Merging an import into the friends list")
struct FriendImportTests {
    let wendy = Friend(
        name: "Wendy Park", emails: ["wendy@example.org"], interests: [Interest("jazz piano", weight: 2)],
        avoid: ["politics"], city: "Omaha", birthday: Birthday(month: 3, day: 14), notes: "met at SM301"
    )
    let ruth = Friend(name: "Ruth Alvarez")

    @Test("a shared address, in any case, matches; the match gains what it lacks and keeps what it has")
    func updateByEmail() {
        let incoming = Friend(
            name: "W. Park", emails: ["WENDY@example.org", "w.park@example.org"],
            interests: [Interest("Jazz Piano"), Interest("sourdough")], avoid: ["Politics", "crypto"],
            city: "Lincoln", birthday: Birthday(month: 3, day: 14, year: 1985), lastContact: utcDay(2026, 10, 1),
            cadence: Cadence(count: 1, unit: .months), notes: "something else"
        )
        let (friends, report) = FriendImport.merge([incoming], into: [wendy, ruth])
        #expect(friends.count == 2)
        let merged = friends[0]
        #expect(merged.name == "Wendy Park")
        #expect(merged.emails == ["wendy@example.org", "w.park@example.org"])
        #expect(merged.interests == [Interest("jazz piano", weight: 2), Interest("sourdough")])
        #expect(merged.avoid == ["politics", "crypto"])
        #expect(merged.city == "Omaha")
        #expect(merged.notes == "met at SM301")
        #expect(merged.birthday == Birthday(month: 3, day: 14, year: 1985))
        #expect(merged.lastContact == utcDay(2026, 10, 1))
        #expect(merged.cadence == Cadence(count: 1, unit: .months))
        #expect(
            report.updated.map(\.changes) == [
                [
                    .email("w.park@example.org"), .interest("sourdough"), .avoid("crypto"), .birthYear(1985),
                    .lastContact(utcDay(2026, 10, 1)), .cadence(Cadence(count: 1, unit: .months)!),
                ]
            ])
        #expect(report.added.isEmpty && report.unchanged.isEmpty && report.skipped.isEmpty)
    }

    @Test("without addresses on either side, the exact name matches")
    func matchByName() {
        let (friends, report) = FriendImport.merge([Friend(name: "Ruth Alvarez", city: "Lincoln")], into: [wendy, ruth])
        #expect(friends.count == 2)
        #expect(friends[1].city == "Lincoln")
        #expect(report.updated.count == 1)
    }

    @Test("a name alone does not match a friend who has an address: that is someone new")
    func nameDoesNotMatchAcrossAddresses() {
        let (friends, report) = FriendImport.merge([Friend(name: "Wendy Park")], into: [wendy])
        #expect(friends.count == 2)
        #expect(report.added == [Friend(name: "Wendy Park")])
    }

    @Test("no match adds at the end")
    func add() {
        let priya = Friend(name: "Priya Raman", emails: ["priya.raman@example.com"])
        let (friends, report) = FriendImport.merge([priya], into: [wendy])
        #expect(friends == [wendy, priya])
        #expect(report.added == [priya])
        #expect(report.description == "1 added, 0 updated, 0 unchanged, 0 skipped")
    }

    @Test("neither name nor address, or no name and no match, is skipped with a reason")
    func skip() {
        let (friends, report) = FriendImport.merge(
            [Friend(name: "  "), Friend(name: "", emails: ["stranger@example.net"]), Friend(name: "", emails: ["WENDY@example.org"], city: "Omaha")],
            into: [wendy]
        )
        #expect(friends == [wendy])
        #expect(report.skipped.map(\.reason) == ["neither a name nor an e-mail address", "no name (e-mail stranger@example.net)"])
        #expect(report.unchanged == [wendy])
    }

    @Test("the same person twice in one import is added once")
    func duplicatesInOneImport() {
        let (friends, report) = FriendImport.merge(
            [
                Friend(name: "Sam Okafor", emails: ["sam.okafor@example.com"]),
                Friend(name: "Sam", emails: ["SAM.OKAFOR@example.com"], city: "Kansas City"),
            ],
            into: []
        )
        #expect(friends == [Friend(name: "Sam Okafor", emails: ["sam.okafor@example.com"], city: "Kansas City")])
        #expect(report.added == friends)
        #expect(report.updated.isEmpty && report.unchanged.isEmpty)
    }

    @Test(
        "importing the same file twice adds nothing the second time",
        arguments: [
            "vcard3-apple-folded-lines.vcf", "vcard3-google-contacts.vcf", "vcard4-thunderbird.vcf",
            "vcard21-quoted-printable-outlook.vcf", "google-contacts.csv", "thunderbird-contacts.csv",
        ])
    func idempotent(fixture: String) throws {
        let existing = try FriendsYAML.read(Fixture.text("friends-demo.yaml"), source: "friends.yaml").friends
        let incoming =
            fixture.hasSuffix(".csv")
            ? try FriendsCSV.read(Fixture.data(fixture), source: fixture).friends
            : try VCardReader.read(Fixture.data(fixture), source: fixture).friends
        let (once, firstReport) = FriendImport.merge(incoming, into: existing)
        #expect(!firstReport.added.isEmpty || !firstReport.updated.isEmpty)
        let (twice, secondReport) = FriendImport.merge(incoming, into: once)
        #expect(twice == once)
        #expect(secondReport.added.isEmpty)
        #expect(secondReport.updated.isEmpty)
        #expect(secondReport.unchanged.count == firstReport.added.count + firstReport.updated.count + firstReport.unchanged.count)

        // And the merged list survives the friends file.
        let (written, warnings) = try FriendsYAML.read(FriendsYAML.write(once), source: "friends.yaml")
        #expect(written == once)
        #expect(warnings.isEmpty)
    }
}
