import Foundation
import Matching

/// One CSV record read through the header's columns: the friend it describes.
struct CSVRow {
    let record: CSVRecord
    let columns: [CSVColumn?]
    let source: String

    /// Google Contacts' own labels, not interests: `* myContacts`, `* starred`.
    private static let systemLabels: Set<String> = ["mycontacts", "starred"]

    /// How many non-empty fields stand beyond the header's last column; `nil` when none.
    var extraFields: Int? {
        let extra = record.fields.dropFirst(columns.count).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count
        return extra > 0 ? extra : nil
    }

    /// The friend this row describes; `nil` for an empty row or, with a warning, one with no name.
    func friend(warnings: inout [ContactsWarning]) throws(ContactsError) -> Friend? {
        guard record.fields.contains(where: { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) else { return nil }

        var emails: [String] = []
        for address in values(.email).flatMap({ split($0, on: [":::", ";", ","]) }) {
            guard EmailAddress.isValid(address) else { throw error(.invalidEmail(address)) }
            if !emails.containsIgnoringCase(address) { emails.append(address) }
        }
        let fullName =
            value(.name)
            ?? [value(.firstName), value(.middleName), value(.lastName)].compactMap { $0 }.joined(separator: " ")
        guard !fullName.isEmpty else {
            let reason = emails.isEmpty ? "no name and no e-mail address" : "no name (e-mail \(emails[0]))"
            warnings.append(ContactsWarning(source: source, line: record.line, problem: .rowSkipped(reason: reason)))
            return nil
        }

        var friend = Friend(name: fullName, emails: emails)
        let labels = values(.labels).flatMap { split($0, on: [":::", ";"]) }
            .map { $0.hasPrefix("*") ? $0.dropFirst().trimmingCharacters(in: .whitespaces) : $0 }
            .filter { !Self.systemLabels.contains($0.lowercased()) }
        for phrase in values(.interests).flatMap({ split($0, on: [";", "|"]) }) + labels
        where !friend.interests.containsPhrase(phrase) {
            friend.interests.append(Interest(phrase))
        }
        friend.avoid = values(.avoid).flatMap { split($0, on: [";", "|"]) }
        friend.city = value(.city)
        friend.notes = value(.notes)
        friend.birthday = try birthday()
        if let written = value(.lastContact) {
            guard let day = CalendarDay.date(parsing: written) else { throw error(.invalidDate(key: "last_contact", value: written)) }
            friend.lastContact = day
        }
        if let written = value(.cadence) {
            guard let cadence = Cadence(parsing: written) else { throw error(.invalidCadence(written)) }
            friend.cadence = cadence
        }
        return friend
    }

    /// From a birthday column, else from Thunderbird's year, month and day columns.
    private func birthday() throws(ContactsError) -> Birthday? {
        if let written = value(.birthday) {
            if let birthday = Birthday(parsing: written) { return birthday }
            let slashed = written.split(separator: "/").map { Int($0) }
            guard slashed.count == 3, let month = slashed[0], let day = slashed[1], let year = slashed[2] else {
                throw error(.invalidBirthday(written))
            }
            if month == 0 && day == 0 { return nil }  // Outlook's "0/0/00": no birthday.
            guard let birthday = Birthday(month: month, day: day, year: year >= 1000 ? year : nil) else {
                throw error(.invalidBirthday(written))
            }
            return birthday
        }
        guard let monthText = value(.birthMonth), let dayText = value(.birthDayOfMonth) else { return nil }
        let yearText = value(.birthYear)
        guard let month = Int(monthText), let day = Int(dayText),
            let birthday = Birthday(month: month, day: day, year: yearText.flatMap { Int($0) })
        else {
            throw error(.invalidBirthday([yearText, monthText, dayText].compactMap { $0 }.joined(separator: "-")))
        }
        return birthday
    }

    // MARK: - Cells

    /// The non-empty, trimmed cells of every column of this kind, in the header's order.
    private func values(_ column: CSVColumn) -> [String] {
        zip(columns, record.fields).compactMap { kind, field in
            let trimmed = field.trimmingCharacters(in: .whitespacesAndNewlines)
            return kind == column && !trimmed.isEmpty ? trimmed : nil
        }
    }

    /// The first non-empty cell of this kind.
    private func value(_ column: CSVColumn) -> String? {
        values(column).first
    }

    /// `cell` cut at each of `separators`, trimmed, empty pieces left out.
    private func split(_ cell: String, on separators: [String]) -> [String] {
        var pieces = [cell]
        for separator in separators {
            pieces = pieces.flatMap { $0.components(separatedBy: separator) }
        }
        return pieces.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    private func error(_ problem: ContactsError.Problem) -> ContactsError {
        ContactsError(source: source, line: record.line, problem: problem)
    }
}
