import Foundation
import Matching
import Testing

@testable import Contacts

@Suite("Writing the friends file")
struct FriendsYAMLWritingTests {
    @Test("writes the shape people write by hand")
    func shape() {
        let friends = [
            Friend(
                name: "Wendy Park", emails: ["wendy@example.org"],
                interests: [Interest("sourdough"), Interest("jazz piano", weight: 2)], avoid: ["politics"],
                city: "Omaha", birthday: Birthday(month: 3, day: 14), lastContact: utcDay(2026, 10, 1),
                cadence: Cadence(count: 1, unit: .months), notes: "met at SM301"
            ),
            Friend(name: "Marcus Bell", emails: ["marcus@example.com", "m.bell@example.org"], birthday: Birthday(month: 7, day: 22, year: 1988)),
        ]
        #expect(
            FriendsYAML.write(friends) == """
                friends:
                  - name: Wendy Park
                    email: wendy@example.org
                    interests: [sourdough, {phrase: jazz piano, weight: 2}]
                    avoid: [politics]
                    city: Omaha
                    birthday: 03-14
                    last_contact: 2026-10-01
                    every: 1m
                    notes: met at SM301

                  - name: Marcus Bell
                    emails: [marcus@example.com, m.bell@example.org]
                    birthday: 1988-07-22

                """)
    }

    @Test("an interest's because: is written in its mapping and reads back the same")
    func because() throws {
        let zoe = Friend(
            name: "Zoë Müller", emails: ["zoe@example.org"],
            interests: [
                Interest("heat pumps", weight: 2, because: "you just insulated the attic: finally"),
                Interest("climate", because: "you lead the club"),
            ]
        )
        let written = FriendsYAML.write([zoe])
        #expect(written.contains("{phrase: heat pumps, weight: 2, because: "))
        #expect(written.contains("{phrase: climate, because: you lead the club}"))
        let read = try FriendsYAML.read(written, source: "friends.yaml")
        #expect(read.friends.first?.interests == zoe.interests)
    }

    @Test("no friends is an empty list")
    func noFriends() throws {
        #expect(FriendsYAML.write([]) == "friends: []\n")
        #expect(try FriendsYAML.read(FriendsYAML.write([]), source: "f.yaml").friends.isEmpty)
    }

    @Test("the demo file reads back the same after writing")
    func demoRoundTrip() throws {
        let friends = try FriendsYAML.read(Fixture.text("friends-demo.yaml"), source: "friends.yaml").friends
        let (again, warnings) = try FriendsYAML.read(FriendsYAML.write(friends), source: "written.yaml")
        #expect(warnings.isEmpty)
        #expect(again == friends)
    }

    /// Text that plain YAML would misread, cut short, or turn into something else.
    static let awkwardTexts = [
        "Zoë Müller", "José O'Brien", "Yes", "no", "null", "~", "123", "1.5", "0x1F", "2026-10-01", ".inf",
        "- dash first", "[bracketed]", "{braced}", "#hash first", "a: b", "ends with colon:", "a #not a comment",
        "a, b", "key:value", "@handle", "`tick", "%percent", "&anchor", "*alias", "!tag", "|pipe", ">fold",
        "'single'", "\"double\"", " leading space", "trailing space ", "tab\there", "back\\slash",
        "line one\nline two", "ends with a newline\n", "\n starts with a newline", " indented first line\nsecond",
        "crlf\r\nline", "blank line\n\nbetween", "spaces only line\n   \nafter", "two newlines at the end\n\n",
        "line\u{2028}separator", "bom\u{FEFF}inside", "bell\u{07}", "emoji 🎉 party", "日本語のメモ",
    ]

    @Test("awkward text reads back unchanged as name, city, notes, interest and avoid", arguments: awkwardTexts)
    func awkwardRoundTrip(text: String) throws {
        let friend = Friend(
            name: text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "Named" : text,
            emails: ["someone@example.org"],
            interests: [Interest(text), Interest(text + " too", weight: 2.5)],
            avoid: [text], city: text, notes: text
        )
        let written = FriendsYAML.write([friend])
        let (friends, warnings) = try FriendsYAML.read(written, source: "written.yaml")
        #expect(warnings.isEmpty, "\(written)")
        #expect(friends == [friend], "\(written)")
    }

    @Test("names, notes with colons, quotes and newlines, and every field round-trip together")
    func fullRoundTrip() throws {
        let friends = [
            Friend(
                name: "Zoë Müller", emails: ["zoe.mueller@example.org", "Z.Mueller@example.com"],
                interests: [Interest("heat pumps", weight: 2), Interest("birdwatching"), Interest("C++: the hard parts", weight: 0.5)],
                avoid: ["snakes", "politics"], city: "Lincoln, NE", birthday: Birthday(month: 12, day: 2),
                lastContact: utcDay(2026, 11, 20), cadence: Cadence(count: 2, unit: .weeks),
                notes: "treasurer: birding club\nsaid \"heat pumps\" twice; 'really'\n\n— ask about the attic"
            ),
            Friend(name: "Nobody Else"),
        ]
        let written = FriendsYAML.write(friends)
        #expect(written.contains("    notes: |-\n      treasurer: birding club\n"))
        let (again, warnings) = try FriendsYAML.read(written, source: "written.yaml")
        #expect(warnings.isEmpty)
        #expect(again == friends)
    }

    @Test("last_contact is written as its UTC day")
    func lastContactDay() throws {
        let friend = Friend(name: "Hannah Lee", lastContact: utcDay(2026, 1, 31))
        #expect(FriendsYAML.write([friend]).contains("last_contact: 2026-01-31\n"))
    }
}
