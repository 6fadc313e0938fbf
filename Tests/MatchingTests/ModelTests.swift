import Testing

@testable import Matching

@Test func cadenceAndBirthdayParse() {
    #expect(Cadence(parsing: "2w")?.approximateDays == 14)
    #expect(Birthday(parsing: "--03-14")?.description == "03-14")
}
