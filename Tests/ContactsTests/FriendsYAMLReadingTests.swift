import Foundation
import Matching
import Testing

@testable import Contacts

@Suite("Reading the friends file")
struct FriendsYAMLReadingTests {
    @Test("the demo friends file reads whole, with no warnings")
    func demoFile() throws {
        let (friends, warnings) = try FriendsYAML.read(Fixture.text("friends-demo.yaml"), source: "friends.yaml")
        #expect(warnings.isEmpty)
        #expect(friends.map(\.name) == ["Wendy Park", "Zoë Müller", "Marcus Bell", "Priya Raman", "Sam Okafor", "Hannah Lee", "Ruth Alvarez"])

        let wendy = friends[0]
        #expect(wendy.emails == ["wendy@example.org"])
        #expect(wendy.interests == [Interest("sourdough"), Interest("trail running"), Interest("jazz piano", weight: 2)])
        #expect(wendy.avoid == ["politics"])
        #expect(wendy.city == "Omaha")
        #expect(wendy.birthday == Birthday(month: 3, day: 14))
        #expect(wendy.lastContact == utcDay(2026, 10, 1))
        #expect(wendy.cadence == Cadence(count: 1, unit: .months))
        #expect(wendy.notes == "met at SM301")

        #expect(friends[1].birthday == Birthday(month: 12, day: 2))
        #expect(friends[1].cadence == Cadence(count: 2, unit: .weeks))
        #expect(friends[1].notes == "birding club treasurer; just insulated her attic")
        #expect(friends[2].emails == ["marcus@example.com", "m.bell@example.org"])
        #expect(friends[6].interests.first { $0.phrase == "pie" }?.weight == 3)
        #expect(friends[6].avoid.isEmpty)
    }

    @Test("an unknown key is a warning naming the key and its line, and the rest is read")
    func unknownKey() throws {
        let (friends, warnings) = try FriendsYAML.read(Fixture.text("yaml-unknown-key.yaml"), source: "friends.yaml")
        #expect(
            warnings.map(\.description) == [
                "friends.yaml:5: unknown key 'emial' (ignored)",
                "friends.yaml:6: unknown key 'wieght' (ignored)",
            ])
        #expect(friends.first?.emails == ["wendy@example.org"])
        #expect(friends.first?.interests == [Interest("jazz piano")])
    }

    @Test("a second friend with an address already used is a warning at that friend's line")
    func duplicateEmail() throws {
        let (friends, warnings) = try FriendsYAML.read(Fixture.text("yaml-duplicate-email.yaml"), source: "friends.yaml")
        #expect(friends.count == 2)
        #expect(warnings.map(\.description) == ["friends.yaml:6: 'WENDY@example.org' is also the address of the friend at line 3"])
    }

    /// Each fixture breaks one rule, on the line its first comment names.
    static let errors: [(fixture: String, line: Int, problem: ContactsError.Problem)] = [
        ("yaml-missing-name.yaml", 6, .missingName),
        ("yaml-invalid-email.yaml", 5, .invalidEmail("marcus@example")),
        ("yaml-bad-birthday.yaml", 4, .invalidBirthday("13-09")),
        ("yaml-bad-last-contact.yaml", 4, .invalidDate(key: "last_contact", value: "2026-02-30")),
        ("yaml-bad-cadence.yaml", 4, .invalidCadence("fortnightly")),
        ("yaml-bad-weight.yaml", 5, .invalidWeight("-3")),
    ]

    @Test("a broken rule is an error naming the file and line", arguments: errors)
    func ruleErrors(fixture: String, line: Int, problem: ContactsError.Problem) throws {
        let text = try Fixture.text(fixture)
        let error = contactsError { () throws(ContactsError) in try FriendsYAML.read(text, source: fixture) }
        #expect(error == ContactsError(source: fixture, line: line, problem: problem))
        #expect(error?.description.hasPrefix("\(fixture):\(line): ") == true)
    }

    @Test(
        "malformed YAML is an error at the line the parser stopped on",
        arguments: [
            ("yaml-malformed.yaml", 5),
            ("yaml-unclosed-flow-list.yaml", 5),
        ])
    func malformed(fixture: String, line: Int) throws {
        let text = try Fixture.text(fixture)
        let error = contactsError { () throws(ContactsError) in try FriendsYAML.read(text, source: "friends.yaml") }
        #expect(error?.line == line)
        guard case .malformedYAML = error?.problem else {
            Issue.record("expected malformed YAML, got \(String(describing: error))")
            return
        }
    }

    @Test("a character YAML does not allow is malformed YAML at its line")
    func controlCharacter() {
        let error = contactsError { () throws(ContactsError) in
            try FriendsYAML.read("friends:\r\n  - name: Wendy Park\r\n    city: Oma\u{01}ha\r\n", source: "friends.yaml")
        }
        #expect(error?.line == 3)
        #expect(error?.description.hasPrefix("friends.yaml:3: malformed YAML: control characters are not allowed") == true)
    }

    @Test("a file saved with CRLF line endings reads the same")
    func crlf() throws {
        let text = try Fixture.text("friends-demo.yaml")
        let windows = text.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try FriendsYAML.read(windows, source: "f.yaml") == FriendsYAML.read(text, source: "f.yaml"))
    }

    @Test("a key given twice is malformed YAML, at the key's line")
    func duplicateKey() {
        let text = "friends:\n  - name: Wendy Park\n    city: Omaha\n    city: Lincoln\n"
        let error = contactsError { () throws(ContactsError) in try FriendsYAML.read(text, source: "friends.yaml") }
        #expect(error?.problem == .malformedYAML("duplicate key 'city'"))
        #expect(error?.line == 3)
    }

    @Test("email and emails take one address or a list; nulls are empty; quoted text stays text")
    func listsNullsAndQuotes() throws {
        let (friends, warnings) = try FriendsYAML.read(Fixture.text("yaml-emails-list-null-and-quoted.yaml"), source: "friends.yaml")
        #expect(warnings.isEmpty)
        let friend = try #require(friends.first)
        #expect(friend.name == "Yes")
        #expect(friend.emails == ["marcus@example.com", "M.Bell@example.org"])
        #expect(friend.interests == [Interest("single interest")])
        #expect(friend.avoid.isEmpty)
        #expect(friend.city == nil)
        #expect(friend.birthday == Birthday(month: 7, day: 22, year: 1985))
        #expect(friend.notes == #"said: "checkmate", then left"#)
    }

    @Test("an empty file, or an empty list, is no friends", arguments: ["", "# nothing yet\n", "friends:\n", "friends: []\n"])
    func empty(text: String) throws {
        let (friends, warnings) = try FriendsYAML.read(text, source: "friends.yaml")
        #expect(friends.isEmpty)
        #expect(warnings.isEmpty)
    }

    @Test(
        "a file not shaped like a friends file is an error",
        arguments: [
            ("- name: Wendy Park\n", 1, "expected 'friends:' followed by a list of friends"),
            ("friend:\n  - name: Wendy Park\n", 1, "no 'friends:' list"),
            ("friends:\n  name: Wendy Park\n", 2, "'friends' should be a list, each entry starting with '- name:'"),
            ("friends:\n  - Wendy Park\n", 2, "expected a friend: a mapping with at least a name"),
            ("friends:\n  - name: [Wendy, Park]\n", 2, "'name' should be a single value, not a list or mapping"),
        ])
    func wrongShape(text: String, line: Int, message: String) {
        let error = contactsError { () throws(ContactsError) in try FriendsYAML.read(text, source: "friends.yaml") }
        #expect(error == ContactsError(source: "friends.yaml", line: line, problem: .unexpectedShape(message)))
    }

    @Test("a name of only spaces is a missing name")
    func blankName() {
        let error = contactsError { () throws(ContactsError) in try FriendsYAML.read("friends:\n  - name: \"  \"\n", source: "f.yaml") }
        #expect(error?.description == "f.yaml:2: a friend needs a name")
    }
}
