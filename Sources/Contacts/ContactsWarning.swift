/// Something passed over while reading friends: the read goes on, and the caller shows these.
///
/// Like ``ContactsError`` it names the file and the line:
/// `friends.yaml:12: unknown key 'emial' (ignored)`.
public struct ContactsWarning: Sendable, Hashable, CustomStringConvertible {
    /// The file's name as the caller gave it.
    public var source: String
    /// The line it is about, counting from 1; `nil` when it is the file as a whole.
    public var line: Int?
    public var problem: Problem

    public init(source: String, line: Int?, problem: Problem) {
        self.source = source
        self.line = line
        self.problem = problem
    }

    /// What was passed over.
    public enum Problem: Sendable, Hashable, CustomStringConvertible {
        /// A key the friends file does not know, likely a typo.
        case unknownKey(String)
        /// A second friend with an e-mail address an earlier one has; `firstLine` is the earlier one's.
        case duplicateEmail(String, firstLine: Int)
        /// A vCard that could not become a friend; `reason` says why.
        case cardSkipped(reason: String)
        /// A CSV row that could not become a friend; `reason` says why.
        case rowSkipped(reason: String)
        /// A vCard property whose value could not be used.
        case unreadableValue(property: String, value: String)
        /// A `BEGIN:VCARD` with no `END:VCARD` before the file ends; the card is read all the same.
        case unterminatedCard
        /// A CHARSET this reader does not know; the value was read as UTF-8.
        case unknownCharset(String)
        /// CSV columns that mean nothing to a friends list.
        case ignoredColumns([String])
        /// A CSV row with more fields than the header has names for.
        case extraFields(Int)

        public var description: String {
            switch self {
            case .unknownKey(let key): "unknown key '\(key)' (ignored)"
            case .duplicateEmail(let address, let firstLine): "'\(address)' is also the address of the friend at line \(firstLine)"
            case .cardSkipped(let reason): "card skipped: \(reason)"
            case .rowSkipped(let reason): "row skipped: \(reason)"
            case .unreadableValue(let property, let value): "unreadable \(property) '\(value)' (ignored)"
            case .unterminatedCard: "card has no END:VCARD (read to the end of the file)"
            case .unknownCharset(let name): "unknown charset '\(name)' (read as UTF-8)"
            case .ignoredColumns(let names): "ignored columns: " + Self.list(names)
            case .extraFields(let count): "\(count) field\(count == 1 ? "" : "s") beyond the header (ignored)"
            }
        }

        /// Up to eight names, then how many more: exports carry dozens of columns.
        private static func list(_ names: [String]) -> String {
            let shown = names.prefix(8).map { "'\($0)'" }.joined(separator: ", ")
            return names.count > 8 ? shown + " and \(names.count - 8) more" : shown
        }
    }

    public var description: String { Location.prefix(source: source, line: line) + problem.description }
}
