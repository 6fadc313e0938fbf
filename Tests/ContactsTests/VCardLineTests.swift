import Testing

@testable import Contacts

@Suite("vCard content lines")
struct VCardLineTests {
    @Test("a line break then one space or tab continues the line (RFC 6350 §3.2), with CRLF or LF")
    func unfolding() {
        let lines = VCardLine.lines(in: "NOTE:one\r\n  two\r\n\tthree\nFN:Wendy\n Park\n")
        #expect(lines.map(\.name) == ["NOTE", "FN"])
        #expect(lines[0].text == "one twothree")
        #expect(lines[1].text == "WendyPark")
        #expect(lines.map(\.number) == [1, 4])
    }

    @Test("blank lines and lines with no colon are left out")
    func notContentLines() {
        let lines = VCardLine.lines(in: "\r\nBEGIN:VCARD\r\n\r\njust text\r\nEND:VCARD\r\n")
        #expect(lines.map(\.name) == ["BEGIN", "END"])
        #expect(lines.map(\.number) == [2, 5])
    }

    @Test(
        "escapes: \\n and \\N are line breaks; \\, \\; and \\\\ are themselves; others stay",
        arguments: [
            (#"a\nb\Nc"#, "a\nb\nc"),
            (#"Park\, Wendy\; friend"#, "Park, Wendy; friend"),
            (#"C:\\Users"#, #"C:\Users"#),
            (#"C:\Users\me"#, #"C:\Users\me"#),
            (#"ends in \"#, #"ends in \"#),
        ])
    func escapes(written: String, meant: String) {
        #expect(VCardLine.unescape(written) == meant)
    }

    @Test("structured values split on unescaped separators only")
    func components() throws {
        let line = try #require(VCardLine(parsing: #"ADR:;;12 Elm St\; Apt 3;Omaha;NE;68102;US"#, number: 1))
        #expect(line.components(separatedBy: ";") == ["", "", "12 Elm St; Apt 3", "Omaha", "NE", "68102", "US"])
        let categories = try #require(VCardLine(parsing: #"CATEGORIES:chess,Rust\, the language"#, number: 1))
        #expect(categories.components(separatedBy: ",") == ["chess", "Rust, the language"])
    }

    @Test("a group prefix is split off, and names are upper-cased")
    func group() throws {
        let line = try #require(VCardLine(parsing: "item1.email;type=INTERNET:wendy@example.org", number: 3))
        #expect(line.group == "item1")
        #expect(line.name == "EMAIL")
        #expect(line.text == "wendy@example.org")
    }

    @Test("parameters: repeated, comma lists, quoted values holding : ; and , , RFC 6868 carets")
    func parameters() throws {
        let line = try #require(
            VCardLine(
                parsing: #"ADR;type=HOME;TYPE="work,pref";LABEL="1 Main St^nOmaha; NE: ^'home^' ^^":;;1 Main St;Omaha"#,
                number: 1
            ))
        #expect(line.parameters["TYPE"] == ["HOME", "work", "pref"])
        #expect(line.parameters["LABEL"] == ["1 Main St\nOmaha; NE: \"home\" ^"])
        #expect(line.hasType("Pref"))
        #expect(line.preference == 1)
        #expect(line.components(separatedBy: ";")[3] == "Omaha")
    }

    @Test("vCard 2.1 bare parameters are TYPE values, or ENCODING for an encoding")
    func bareParameters() throws {
        let line = try #require(VCardLine(parsing: "EMAIL;PREF;INTERNET;QUOTED-PRINTABLE:wendy=40example.org", number: 1))
        #expect(line.parameters["TYPE"] == ["PREF", "INTERNET"])
        #expect(line.isQuotedPrintable)
        #expect(line.preference == 1)
        #expect(line.text == "wendy@example.org")
    }

    @Test("PREF=n ranks lines; unmarked lines have no rank")
    func preference() throws {
        #expect(VCardLine(parsing: "EMAIL;PREF=2:a@example.org", number: 1)?.preference == 2)
        #expect(VCardLine(parsing: "EMAIL;TYPE=home:a@example.org", number: 1)?.preference == nil)
    }

    @Test("quoted-printable: soft line breaks join lines, =XX are bytes read in the CHARSET")
    func quotedPrintable() {
        let text =
            "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Zo=C3=AB=0D=0Aline two, soft=\r\nly joined\r\n"
            + "FN;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:M=FCller\r\n"
            + "NOTE;ENCODING=QUOTED-PRINTABLE:ends with an equals sign =3D and a stray = here\r\n"
        let lines = VCardLine.lines(in: text)
        #expect(lines.map(\.text) == ["Zoë\nline two, softly joined", "Müller", "ends with an equals sign = and a stray = here"])
    }

    @Test("a folded line ending in = is not a soft break unless the value is quoted-printable")
    func equalsWithoutQuotedPrintable() {
        let lines = VCardLine.lines(in: "NOTE:a=\r\nFN:Wendy\r\n")
        #expect(lines.map(\.text) == ["a=", "Wendy"])
    }
}
