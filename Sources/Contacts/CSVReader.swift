/// A CSV record: its fields, and the line it starts on (a quoted field can span lines).
struct CSVRecord: Sendable, Hashable {
    var line: Int
    var fields: [String]
}

/// Records from CSV text as RFC 4180 defines them: fields separated by commas, records by line
/// breaks; a field in double quotes may hold commas, line breaks and quotes (written `""`).
///
/// Liberties taken, because exporters and spreadsheets take them:
/// - a line break is CRLF, LF or CR; a UTF-8 byte order mark at the start is dropped;
/// - the separator is the comma, unless the first line holds more semicolons or tabs than commas
///   (spreadsheets in many locales save "CSV" with semicolons);
/// - a quote inside an unquoted field is kept as a character;
/// - blank lines are skipped, and the last record needs no line break after it.
///
/// A quoted field that is never closed, or a character after a closing quote other than a
/// separator or line break, is an error naming the line.
enum CSVReader {
    static func records(in text: String, source: String) throws(ContactsError) -> [CSVRecord] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var parser = Parser(scalars: scalars, separator: separator(of: scalars))
        return try parser.records(source: source)
    }

    /// Comma, semicolon or tab: whichever the first line holds most of outside quotes.
    static func separator(of scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [:]
        var quoted = false
        for scalar in scalars {
            if scalar == "\"" { quoted.toggle() }
            if !quoted && (scalar == "\n" || scalar == "\r") { break }
            if !quoted { counts[scalar, default: 0] += 1 }
        }
        return [";", "\t"].first { counts[$0, default: 0] > counts[",", default: 0] } ?? ","
    }

    /// The state machine: where in a field the next character falls.
    private struct Parser {
        enum State {
            /// At the start of a field: a quote here opens a quoted field.
            case fieldStart
            case unquoted
            case quoted
            /// Just after the quote that closed a quoted field.
            case afterClosingQuote
        }

        let scalars: [Unicode.Scalar]
        let separator: Unicode.Scalar
        private var state = State.fieldStart
        private var field = String.UnicodeScalarView()
        private var fields: [String] = []
        private var records: [CSVRecord] = []
        private var line = 1
        private var recordLine = 1
        private var quoteLine = 1

        init(scalars: [Unicode.Scalar], separator: Unicode.Scalar) {
            self.scalars = scalars
            self.separator = separator
        }

        mutating func records(source: String) throws(ContactsError) -> [CSVRecord] {
            var index = 0
            while index < scalars.count {
                let scalar = scalars[index]
                // CRLF is one line break: read it as its LF.
                let isBreak = scalar == "\n" || scalar == "\r"
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                    index += 1
                }
                index += 1
                switch state {
                case .quoted:
                    if scalar == "\"" {
                        if index < scalars.count, scalars[index] == "\"" {
                            field.append("\"")
                            index += 1
                        } else {
                            state = .afterClosingQuote
                        }
                    } else {
                        field.append(contentsOf: isBreak ? "\n".unicodeScalars : String(scalar).unicodeScalars)
                        if isBreak { line += 1 }
                    }
                case .fieldStart where scalar == "\"":
                    state = .quoted
                    quoteLine = line
                case _ where scalar == separator:
                    endField()
                case _ where isBreak:
                    endRecord()
                    line += 1
                    recordLine = line
                case .afterClosingQuote:
                    throw ContactsError(
                        source: source, line: line,
                        problem: .malformedCSV("'\(scalar)' after a closing quote (a quote inside a quoted field is written \"\")"))
                case .fieldStart, .unquoted:
                    field.append(scalar)
                    state = .unquoted
                }
            }
            if state == .quoted {
                throw ContactsError(source: source, line: quoteLine, problem: .malformedCSV("a quoted field opened on this line is never closed"))
            }
            if state != .fieldStart || !fields.isEmpty { endRecord() }
            return records
        }

        private mutating func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            state = .fieldStart
        }

        private mutating func endRecord() {
            endField()
            if fields != [""] { records.append(CSVRecord(line: recordLine, fields: fields)) }
            fields = []
        }
    }
}
