import Foundation
import Matching

/// Friends from a CSV file: this tool's own columns, or a contacts export from Google, Outlook or
/// Thunderbird (see ``CSVColumn`` for the headers known). Records are read as ``CSVReader`` says
/// (RFC 4180).
///
/// Rules:
/// - The first record is the header. It needs a name column (`name`, `Full Name`, `Display Name`,
///   or `First Name` and `Last Name`) or an e-mail column; else that is an error. Columns it does
///   not know are ignored, with one warning that lists them.
/// - A cell may hold several e-mail addresses (separated by `;`, `,` or Google's `:::`), interests
///   and avoids (separated by `;` or `|`).
/// - `birthday` is `MM-DD`, `YYYY-MM-DD`, `--MM-DD`, or `M/D/YYYY` as Outlook writes it (its
///   `0/0/00` means none); `last_contact` is `YYYY-MM-DD`; `every` is a ``Cadence``.
/// - An invalid e-mail address, birthday, date or cadence is an error naming the row's line.
/// - A row with no name is skipped with a warning; a row of empty cells is skipped silently.
public enum FriendsCSV {
    /// The friends in a CSV file's bytes, read as ``TextDecoding`` says (a byte order mark,
    /// else UTF-8, else Windows-1252 as Outlook writes).
    public static func read(_ data: Data, source: String) throws(ContactsError) -> (friends: [Friend], warnings: [ContactsWarning]) {
        try read(TextDecoding.string(from: data), source: source)
    }

    /// The friends in CSV text.
    /// - Parameter source: the file's name, for messages.
    public static func read(_ text: String, source: String) throws(ContactsError) -> (friends: [Friend], warnings: [ContactsWarning]) {
        let records = try CSVReader.records(in: text, source: source)
        guard let header = records.first else { return ([], []) }
        var warnings: [ContactsWarning] = []
        let columns = header.fields.map(CSVColumn.init(header:))
        let unknown = zip(header.fields, columns).filter { $1 == nil && !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(\.0)
        if !unknown.isEmpty {
            warnings.append(ContactsWarning(source: source, line: header.line, problem: .ignoredColumns(unknown)))
        }
        let known = Set(columns.compactMap { $0 })
        guard !known.isDisjoint(with: [.name, .firstName, .lastName, .email]) else {
            throw ContactsError(source: source, line: header.line, problem: .noNameOrEmailColumn)
        }

        var friends: [Friend] = []
        for record in records.dropFirst() {
            let row = CSVRow(record: record, columns: columns, source: source)
            if let extra = row.extraFields {
                warnings.append(ContactsWarning(source: source, line: record.line, problem: .extraFields(extra)))
            }
            if let friend = try row.friend(warnings: &warnings) { friends.append(friend) }
        }
        return (friends, warnings)
    }
}
