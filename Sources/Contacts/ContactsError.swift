/// Why a friends file or an import could not be read: which file, which line, and what was wrong.
///
/// Errors stop the read: nothing half-read is returned. What can be passed over is a
/// ``ContactsWarning`` instead. The description reads like a compiler's,
/// `friends.yaml:12: invalid e-mail address 'wendy@example' (expected name@domain.tld)`,
/// so a person can go straight to the line.
public struct ContactsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's name as the caller gave it, e.g. `friends.yaml`.
    public var source: String
    /// The line the problem is on, counting from 1; `nil` when it is the file as a whole.
    public var line: Int?
    public var problem: Problem

    public init(source: String, line: Int?, problem: Problem) {
        self.source = source
        self.line = line
        self.problem = problem
    }

    /// What was wrong.
    public enum Problem: Sendable, Hashable, CustomStringConvertible {
        /// The YAML itself does not parse; the text is what the YAML parser said.
        case malformedYAML(String)
        /// The YAML parses but is not shaped like a friends file; the text says what was expected.
        case unexpectedShape(String)
        /// A friend without a name.
        case missingName
        /// An interest written as a mapping without a `phrase`.
        case missingPhrase
        case invalidEmail(String)
        case invalidBirthday(String)
        /// A calendar day (`last_contact`) that is not `YYYY-MM-DD`.
        case invalidDate(key: String, value: String)
        case invalidCadence(String)
        /// An interest's weight that is not a positive number.
        case invalidWeight(String)
        /// A friend's feed that is not an http or https URL (see `FriendFeedURL`).
        case invalidFeedURL(String)
        /// An interest's `learned` that is not true or false.
        case invalidFlag(key: String, value: String)
        /// A CSV file that breaks RFC 4180 in a way that cannot be read past.
        case malformedCSV(String)
        /// A CSV header with neither a name nor an e-mail column.
        case noNameOrEmailColumn
        /// A file with no `BEGIN:VCARD`.
        case notAVCard

        public var description: String {
            switch self {
            case .malformedYAML(let message): "malformed YAML: \(message)"
            case .unexpectedShape(let expectation): expectation
            case .missingName: "a friend needs a name"
            case .missingPhrase: "an interest needs a phrase"
            case .invalidEmail(let address):
                "invalid e-mail address '\(address)': it \(EmailAddress.problem(with: address) ?? "is not name@domain.tld")"
            case .invalidBirthday(let text): "unreadable birthday '\(text)' (expected MM-DD or YYYY-MM-DD)"
            case .invalidDate(let key, let value): "unreadable \(key) '\(value)' (expected YYYY-MM-DD)"
            case .invalidCadence(let text): "unreadable cadence '\(text)' (expected a count and a unit: 2w, 1m, 3m)"
            case .invalidWeight(let text): "interest weight '\(text)' is not a positive number"
            case .invalidFeedURL(let text): "feed '\(text)' \(FriendFeedURL.problem(with: text) ?? "is not a feed URL")"
            case .invalidFlag(let key, let value): "'\(key)' should be true or false, not '\(value)'"
            case .malformedCSV(let message): "malformed CSV: \(message)"
            case .noNameOrEmailColumn: "the header has neither a name nor an e-mail column"
            case .notAVCard: "not a vCard file (no BEGIN:VCARD)"
            }
        }
    }

    public var description: String { Location.prefix(source: source, line: line) + problem.description }
}

/// The `file:line: ` that starts every error and warning message.
enum Location {
    static func prefix(source: String, line: Int?) -> String {
        line.map { "\(source):\($0): " } ?? "\(source): "
    }
}
