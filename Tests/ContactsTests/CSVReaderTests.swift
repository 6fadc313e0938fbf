import Testing

@testable import Contacts

@Suite("CSV records (RFC 4180)")
struct CSVReaderTests {
    private func records(_ text: String) throws -> [CSVRecord] {
        try CSVReader.records(in: text, source: "t.csv")
    }

    @Test("quoted fields, doubled quotes, embedded commas and line breaks, a BOM, CRLF, a blank line")
    func rfc4180() throws {
        let records = try CSVReader.records(in: Fixture.text("csv-rfc4180-quoting.csv"), source: "q.csv")
        #expect(records.map(\.line) == [1, 2, 5])
        #expect(records[0].fields.first == "Name")
        #expect(records[1].fields[0] == "Park, Wendy")
        #expect(records[1].fields[8] == "met at SM301\nsaid \"hi\" first")
        #expect(records[2].fields[8] == "quotes \" and commas, kept")
    }

    @Test("LF, CR and CRLF all end records; the last record needs no line break", arguments: ["a,b\nc,d", "a,b\rc,d\r", "a,b\r\nc,d\r\n"])
    func lineBreaks(text: String) throws {
        #expect(try records(text).map(\.fields) == [["a", "b"], ["c", "d"]])
    }

    @Test("empty fields, a trailing separator, and a quote inside an unquoted field")
    func edges() throws {
        #expect(try records(",x,\n\"\",5'3\"\n").map(\.fields) == [["", "x", ""], ["", "5'3\""]])
    }

    @Test("a quoted field never closed is an error at the line it opened on")
    func unterminated() throws {
        let text = try Fixture.text("csv-unterminated-quote.csv")
        let error = contactsError { () throws(ContactsError) in try CSVReader.records(in: text, source: "u.csv") }
        #expect(error?.description == "u.csv:2: malformed CSV: a quoted field opened on this line is never closed")
    }

    @Test("text after a closing quote is an error at its line")
    func afterClosingQuote() {
        let error = contactsError { () throws(ContactsError) in try CSVReader.records(in: "a,b\n\"x\ny\"z,c\n", source: "c.csv") }
        #expect(error?.line == 3)
    }

    @Test("a first line with more semicolons (or tabs) than commas sets the separator")
    func separator() throws {
        #expect(try records("name;email\nPark, Wendy;wendy@example.org\n")[1].fields == ["Park, Wendy", "wendy@example.org"])
        #expect(try records("name\temail\nWendy\twendy@example.org\n")[1].fields == ["Wendy", "wendy@example.org"])
    }
}
