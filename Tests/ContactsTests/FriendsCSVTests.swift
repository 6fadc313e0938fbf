import Foundation
import Matching
import Testing

@testable import Contacts

@Suite("Importing CSV")
struct FriendsCSVTests {
    private func read(_ fixture: String) throws -> (friends: [Friend], warnings: [ContactsWarning]) {
        try FriendsCSV.read(Fixture.data(fixture), source: fixture)
    }

    @Test("Google Contacts: First/Last Name, ':::'-separated addresses and labels, rows spanning lines")
    func google() throws {
        let (friends, warnings) = try read("google-contacts.csv")
        #expect(friends.map(\.name) == ["Wendy Park", "Marcus Bell"])
        let wendy = friends[0]
        #expect(wendy.emails == ["wendy@example.org", "w.park@example.org"])
        #expect(wendy.phrases == ["sourdough", "trail running"])
        #expect(wendy.birthday == Birthday(month: 3, day: 14))
        #expect(wendy.city == "Omaha")
        #expect(wendy.notes == "Met at SM301, Tuesday nights.")
        #expect(friends[1].emails == ["marcus@example.com", "m.bell@example.org"])
        #expect(friends[1].phrases == ["chess"])
        #expect(friends[1].birthday == Birthday(month: 7, day: 22, year: 1988))
        #expect(warnings.count == 2)
        #expect(warnings[0].line == 1)
        #expect(warnings[0].description.hasPrefix("google-contacts.csv:1: ignored columns: 'Phonetic First Name', "))
        #expect(warnings[1].description == "google-contacts.csv:6: row skipped: no name and no e-mail address")
    }

    @Test("Outlook: Windows-1252 bytes, 'E-mail Address', M/D/YYYY birthdays, 0/0/00 as none, Categories")
    func outlook() throws {
        let (friends, _) = try read("outlook-contacts-windows1252.csv")
        #expect(friends.map(\.name) == ["Zoë Müller", "Ruth Alvarez"])
        let zoe = friends[0]
        #expect(zoe.emails == ["zoe.mueller@example.org"])
        #expect(zoe.birthday == Birthday(month: 12, day: 2, year: 1984))
        #expect(zoe.notes == "Birding club treasurer; \"heat pump\" convert.")
        #expect(zoe.phrases == ["birdwatching", "gardening"])
        #expect(zoe.city == "Lincoln")
        #expect(friends[1].birthday == nil)
    }

    @Test("Thunderbird: Display Name, Primary and Secondary Email, birthday in three columns")
    func thunderbird() throws {
        let (friends, _) = try read("thunderbird-contacts.csv")
        #expect(friends.map(\.name) == ["Hannah Lee", "Sam Okafor"])
        #expect(friends[0].emails == ["hannah.lee@example.org", "hlee@example.com"])
        #expect(friends[0].birthday == Birthday(month: 1, day: 17, year: 1992))
        #expect(friends[0].city == "Omaha")
        #expect(friends[1].birthday == Birthday(month: 9, day: 30))
        #expect(friends[1].city == nil)
    }

    @Test("this tool's own columns, any case: interests and avoid split on ; and |, dates, cadence, notes")
    func ownColumns() throws {
        let (friends, warnings) = try read("csv-rfc4180-quoting.csv")
        #expect(warnings.isEmpty)
        let wendy = try #require(friends.first)
        #expect(wendy.name == "Park, Wendy")
        #expect(wendy.phrases == ["sourdough", "trail running", "jazz piano"])
        #expect(wendy.avoid == ["politics"])
        #expect(wendy.lastContact == utcDay(2026, 10, 1))
        #expect(wendy.cadence == Cadence(count: 1, unit: .months))
        #expect(wendy.notes == "met at SM301\nsaid \"hi\" first")
        #expect(friends[1].birthday == Birthday(month: 9, day: 30, year: 1990))
        #expect(friends[1].lastContact == nil)
    }

    @Test("a semicolon-separated export reads the same")
    func semicolons() throws {
        let (friends, _) = try read("csv-semicolon-separated.csv")
        #expect(friends == [Friend(name: "Priya Raman", emails: ["priya.raman@example.com"], city: "Omaha")])
    }

    @Test("unknown columns are one warning; empty rows pass silently; rows without a name are skipped")
    func unknownColumns() throws {
        let (friends, warnings) = try read("csv-unknown-columns.csv")
        #expect(friends.map(\.name) == ["Ruth Alvarez", "No Address"])
        #expect(
            warnings.map(\.description) == [
                "csv-unknown-columns.csv:1: ignored columns: 'Shoe Size', 'Favourite Colour'",
                "csv-unknown-columns.csv:5: row skipped: no name (e-mail someone@example.net)",
            ])
    }

    @Test("a row error names the row's line (a row that starts on line 3)")
    func rowError() throws {
        let data = try Fixture.data("csv-row-error-bad-email.csv")
        let error = contactsError { () throws(ContactsError) in try FriendsCSV.read(data, source: "csv-row-error-bad-email.csv") }
        #expect(
            error?.description
                == "csv-row-error-bad-email.csv:3: invalid e-mail address 'marcus at example.com': it contains a space or a control character")
    }

    @Test(
        "bad values are row errors",
        arguments: [
            ("name,birthday\nWendy,14/3/1985\n", ContactsError.Problem.invalidBirthday("14/3/1985")),
            ("name,last_contact\nWendy,10/01/2026\n", .invalidDate(key: "last_contact", value: "10/01/2026")),
            ("name,every\nWendy,sometimes\n", .invalidCadence("sometimes")),
        ])
    func badValues(text: String, problem: ContactsError.Problem) {
        let error = contactsError { () throws(ContactsError) in try FriendsCSV.read(text, source: "b.csv") }
        #expect(error == ContactsError(source: "b.csv", line: 2, problem: problem))
    }

    @Test("a header with neither a name nor an e-mail column is an error")
    func noNameColumn() throws {
        let data = try Fixture.data("csv-no-name-column.csv")
        let error = contactsError { () throws(ContactsError) in try FriendsCSV.read(data, source: "csv-no-name-column.csv") }
        #expect(error?.description == "csv-no-name-column.csv:1: the header has neither a name nor an e-mail column")
    }

    @Test("fields beyond the header are a warning on their row")
    func extraFields() throws {
        let (friends, warnings) = try FriendsCSV.read("name,email\nWendy Park,wendy@example.org,extra,more\n", source: "x.csv")
        #expect(friends.count == 1)
        #expect(warnings.map(\.description) == ["x.csv:2: 2 fields beyond the header (ignored)"])
    }

    @Test(
        "headers match loosely",
        arguments: [
            ("E-mail 1 - Value", CSVColumn.email), ("e-mail address", .email), ("PRIMARY EMAIL", .email),
            ("Full Name", .name), ("display_name", .name), ("Last Contact", .lastContact), ("last_contact", .lastContact),
            ("Birth Day", .birthDayOfMonth), ("Birthday", .birthday), ("Address 1 - City", .city),
        ])
    func headers(header: String, column: CSVColumn) {
        #expect(CSVColumn(header: header) == column)
    }
}
