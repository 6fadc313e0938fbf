import Matching
import Testing

/// The name a note greets a friend by: "Hi Dr.," would be a bug.
@Suite("First names")
struct FirstNameTests {
    func first(_ name: String) -> String {
        Friend(name: name, emails: [], interests: [], avoid: [], city: nil, birthday: nil, lastContact: nil, cadence: nil, notes: nil).firstName
    }

    @Test func theFirstWordOfAName() {
        #expect(first("Wendy Park") == "Wendy")
        #expect(first("Zoë Müller") == "Zoë")
        #expect(first("Cher") == "Cher")
    }

    @Test func aTitleIsPassedOver() {
        #expect(first("Dr. Wendy Park") == "Wendy")
        #expect(first("Prof Ada Lovelace") == "Ada")
        #expect(first("Mrs. Dalloway") == "Dalloway")
        #expect(first("Dr.") == "Dr.", "a name that is only a title is kept as written")
    }

    @Test func lastNameFirstIsTurnedRound() {
        #expect(first("Park, Wendy") == "Wendy")
        #expect(first("O'Brien, Pat J.") == "Pat")
    }
}
