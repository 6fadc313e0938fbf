import Foundation
import Matching
import Testing

@testable import Contacts

@Suite("Importing vCards")
struct VCardReaderTests {
    private func read(_ fixture: String) throws -> (friends: [Friend], warnings: [ContactsWarning]) {
        try VCardReader.read(Fixture.data(fixture), source: fixture)
    }

    @Test("Apple Contacts 3.0: folded lines, item groups, type=pref first, escapes, year-less birthday")
    func apple() throws {
        let (friends, warnings) = try read("vcard3-apple-folded-lines.vcf")
        #expect(warnings.isEmpty)
        #expect(friends.map(\.name) == ["Wendy Park", "Sam Okafor"])
        let wendy = friends[0]
        #expect(wendy.emails == ["wendy@example.org", "w.park@example.org"])
        #expect(wendy.phrases == ["sourdough", "trail running", "jazz piano"])
        #expect(
            wendy.notes
                == "Met at SM301, Tuesday nights. Bakes sourdough on Sundays; runs the Keystone Trail before work.\nAsk about the jazz piano recital."
        )
        #expect(wendy.birthday == Birthday(month: 3, day: 14))
        #expect(wendy.city == "Omaha")
        #expect(friends[1].birthday == Birthday(month: 9, day: 30, year: 1990))
        #expect(friends[1].city == "Kansas City")
    }

    @Test("Google Contacts 3.0: non-ASCII names, --MM-DD birthdays, Google's own labels dropped, nameless card skipped")
    func google() throws {
        let (friends, warnings) = try read("vcard3-google-contacts.vcf")
        #expect(friends.map(\.name) == ["Zoë Müller", "Hannah Lee"])
        let zoe = friends[0]
        #expect(zoe.emails == ["zoe.mueller@example.org", "zmueller@example.com"])
        #expect(zoe.phrases == ["birdwatching", "heat pumps"])
        #expect(zoe.birthday == Birthday(month: 12, day: 2))
        #expect(zoe.city == "Lincoln")
        #expect(zoe.notes == "Birding club treasurer. Just insulated her attic.")
        #expect(friends[1].phrases == ["running"])
        #expect(friends[1].birthday == Birthday(month: 1, day: 17, year: 1992))
        #expect(warnings.map(\.description) == ["vcard3-google-contacts.vcf:21: card skipped: no name and no e-mail address"])
    }

    @Test("Thunderbird 4.0: PREF=1 first, VALUE=DATE birthday, quoted parameters, escaped comma in CATEGORIES")
    func thunderbird() throws {
        let (friends, warnings) = try read("vcard4-thunderbird.vcf")
        #expect(warnings.isEmpty)
        let marcus = try #require(friends.first)
        #expect(marcus.name == "Marcus Bell")
        #expect(marcus.emails == ["m.bell@example.org", "marcus@example.com"])
        #expect(marcus.notes == "Thursday chess club; owes me a rematch")
        #expect(marcus.birthday == Birthday(month: 7, day: 22, year: 1988))
        #expect(marcus.city == "Omaha")
        #expect(marcus.phrases == ["chess", "board games", "Rust, the language"])
    }

    @Test("Outlook 2.1: quoted-printable in Windows-1252, soft line breaks, bare PREF")
    func outlook() throws {
        let (friends, warnings) = try read("vcard21-quoted-printable-outlook.vcf")
        #expect(warnings.isEmpty)
        let zoe = try #require(friends.first)
        #expect(zoe.name == "Zoë Müller")
        #expect(zoe.notes == "Birding club treasurer.\nJust insulated her attic; ask how the heat pump is doing.")
        #expect(zoe.city == "Lincoln")
        #expect(zoe.emails == ["zoe.mueller@example.org", "zmueller@example.com"])
        #expect(zoe.birthday == Birthday(month: 12, day: 2, year: 1984))
    }

    @Test("an old Android phone's 2.1: quoted-printable UTF-8 split by a soft line break")
    func android() throws {
        let (friends, warnings) = try read("vcard21-quoted-printable-android.vcf")
        #expect(warnings.isEmpty)
        #expect(friends.first?.name == "Priya Raman")
        #expect(friends.first?.notes == "Shares a wheel at the North Omaha clay studio — glazes in celadon.")
    }

    @Test("cards without a name are skipped, and warnings say which card and which line")
    func skippedCards() throws {
        let (friends, warnings) = try read("vcard-cards-without-name-or-email.vcf")
        #expect(friends.map(\.name) == ["Ruth Alvarez", "Phone Only Friend"])
        #expect(friends[1].emails.isEmpty)
        #expect(friends[1].birthday == nil)
        #expect(
            warnings.map(\.description) == [
                "vcard-cards-without-name-or-email.vcf:15: card has no END:VCARD (read to the end of the file)",
                "vcard-cards-without-name-or-email.vcf:6: card skipped: no name and no e-mail address",
                "vcard-cards-without-name-or-email.vcf:11: card skipped: no name (e-mail collected@example.net)",
                "vcard-cards-without-name-or-email.vcf:19: unreadable EMAIL 'not an address' (ignored)",
                "vcard-cards-without-name-or-email.vcf:20: unreadable BDAY 'circa 1950' (ignored)",
            ])
    }

    @Test("the name comes from N when FN is missing: given, additional, family")
    func nameFromN() throws {
        let card = "BEGIN:VCARD\nVERSION:3.0\nN:Raman;Priya;K.;Dr.;\nEMAIL:priya.raman@example.com\nEND:VCARD\n"
        #expect(try VCardReader.read(card, source: "n.vcf").friends.first?.name == "Priya K. Raman")
    }

    @Test(
        "BDAY forms the exporters write",
        arguments: [
            ("19850314", Birthday(month: 3, day: 14, year: 1985)),
            ("1985-03-14", Birthday(month: 3, day: 14, year: 1985)),
            ("--0314", Birthday(month: 3, day: 14)),
            ("--03-14", Birthday(month: 3, day: 14)),
            ("1985-03-14T00:00:00Z", Birthday(month: 3, day: 14, year: 1985)),
            ("1985", nil),
            ("--03", nil),
        ])
    func birthdays(written: String, expected: Birthday?) throws {
        let line = try #require(VCardLine(parsing: "BDAY:" + written, number: 1))
        #expect(VCard.birthday(line) == expected)
    }

    @Test("a file with no BEGIN:VCARD is an error")
    func notAVCard() {
        let error = contactsError { () throws(ContactsError) in try VCardReader.read(Data("name,email\n".utf8), source: "contacts.vcf") }
        #expect(error?.description == "contacts.vcf: not a vCard file (no BEGIN:VCARD)")
    }

    @Test("a UTF-16 file with a byte order mark reads like UTF-8")
    func utf16() throws {
        let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Müller\r\nEMAIL:zoe.mueller@example.org\r\nEND:VCARD\r\n"
        let data = Data([0xFF, 0xFE]) + card.data(using: .utf16LittleEndian)!
        #expect(try VCardReader.read(data, source: "u.vcf").friends.first?.name == "Zoë Müller")
    }

    @Test("an AGENT card nested in a card is not a friend of its own")
    func nestedCard() throws {
        let text = "BEGIN:VCARD\nVERSION:2.1\nFN:Wendy Park\nAGENT:\nBEGIN:VCARD\nFN:Her Assistant\nEND:VCARD\nEMAIL:wendy@example.org\nEND:VCARD\n"
        let (friends, _) = try VCardReader.read(text, source: "agent.vcf")
        #expect(friends.map(\.name) == ["Wendy Park"])
        #expect(friends.first?.emails == ["wendy@example.org"])
    }
}
