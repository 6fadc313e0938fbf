/// What a column of a contacts CSV holds, known from its header.
///
/// Headers match case-insensitively and loosely: hyphens are dropped and other punctuation and
/// runs of spaces count as one space, so `E-mail 1 - Value`, `e-mail 1 value` and
/// `EMAIL 1 VALUE` are one header. The names are this tool's own (`name`, `email`, `interests`,
/// `avoid`, `city`, `birthday`, `last_contact`, `every`, `notes`) and those of the exports
/// people have: Google Contacts (`First Name`, `E-mail 1 - Value`, `Labels`, `Address 1 - City`),
/// Outlook (`E-mail Address`, `Home City`, `Categories`) and Thunderbird (`Display Name`,
/// `Primary Email`, `Birth Year`/`Birth Month`/`Birth Day`).
enum CSVColumn: Sendable, Hashable {
    case name, firstName, middleName, lastName
    /// Any e-mail column; the first one written is the first address.
    case email
    /// Interests, separated by `;` or `|`.
    case interests
    /// An address book's labels or categories, taken as interests (Google separates them with `:::`).
    case labels
    case avoid, city, birthday, lastContact, cadence, notes
    /// Thunderbird's birthday, in three columns.
    case birthYear, birthMonth, birthDayOfMonth

    init?(header: String) {
        guard let column = Self.byHeader[Self.normalized(header)] else { return nil }
        self = column
    }

    /// Lower-cased, hyphens dropped, other non-alphanumerics and runs of spaces made one space.
    static func normalized(_ header: String) -> String {
        header.lowercased()
            .filter { $0 != "-" }
            .map { $0.isLetter || $0.isNumber ? String($0) : " " }
            .joined()
            .split(separator: " ")
            .joined(separator: " ")
    }

    private static let byHeader: [String: CSVColumn] = {
        let names: [CSVColumn: [String]] = [
            .name: ["name", "full name", "display name", "formatted name"],
            .firstName: ["first name", "given name"],
            .middleName: ["middle name", "additional name"],
            .lastName: ["last name", "family name", "surname"],
            .email: [
                "email", "emails", "email address", "primary email", "secondary email",
                "email 1", "email 2", "email 3", "email 1 value", "email 2 value", "email 3 value",
                "email 2 address", "email 3 address",
            ],
            .interests: ["interests", "interest", "tags"],
            .labels: ["labels", "categories", "group membership"],
            .avoid: ["avoid"],
            .city: ["city", "home city", "address 1 city", "locality"],
            .birthday: ["birthday", "bday", "birth date", "date of birth"],
            .birthYear: ["birth year"],
            .birthMonth: ["birth month"],
            .birthDayOfMonth: ["birth day"],
            .lastContact: ["last contact", "lastcontact", "last contacted"],
            .cadence: ["every", "cadence"],
            .notes: ["notes", "note"],
        ]
        var byHeader: [String: CSVColumn] = [:]
        for (column, headers) in names {
            for header in headers { byHeader[header] = column }
        }
        return byHeader
    }()
}
