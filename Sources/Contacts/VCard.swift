import Foundation
import Matching

/// One `BEGIN:VCARD` … `END:VCARD`, and the friend it describes.
///
/// What becomes what:
/// - **name**: `FN`, else `N` as "given additional family" (honorific prefixes and suffixes
///   left out, so "Hi Wendy" stays right).
/// - **emails**: every valid `EMAIL`, preferred first (vCard 4.0's `PREF=1`, 3.0's `TYPE=pref`,
///   2.1's bare `PREF`), then in the order written; an invalid one is a warning and left out.
/// - **interests**: the comma-separated `CATEGORIES`, less Google's own labels (`myContacts`, `starred`).
/// - **notes**: `NOTE`; several are joined by a blank line.
/// - **birthday**: `BDAY` as `19850314`, `1985-03-14`, `--0314` or `--03-14` (a time after `T`
///   is ignored; Apple's `X-APPLE-OMIT-YEAR=1604` with year 1604 means no year). Others are a warning.
/// - **city**: the locality (fourth part) of the most preferred `ADR` that has one.
/// - **web addresses** (``webAddresses``): `URL` and `X-SOCIALPROFILE`, offered on import as
///   places to look for the friend's own feed, never followed without asking.
///
/// A card with no name is skipped with a warning naming its `BEGIN:VCARD` line. A card with a
/// name and no e-mail address is kept: the friends file allows such friends.
struct VCard {
    /// The line of `BEGIN:VCARD`: how a warning says which card.
    var beginLine: Int
    var lines: [VCardLine] = []

    /// Google Contacts writes these system labels into `CATEGORIES`; they are not interests.
    private static let systemLabels: Set<String> = ["mycontacts", "starred"]

    /// Something passed over in this card, at the line it is on.
    typealias PassedOver = (line: Int, problem: ContactsWarning.Problem)

    func friend(source: String, warnings: inout [ContactsWarning]) -> Friend? {
        var passedOver = unknownCharsets
        defer { warnings += passedOver.map { ContactsWarning(source: source, line: $0.line, problem: $0.problem) } }

        let emails = emails(passedOver: &passedOver)
        guard let name else {
            let reason = emails.isEmpty ? "no name and no e-mail address" : "no name (e-mail \(emails[0]))"
            passedOver.append((beginLine, .cardSkipped(reason: reason)))
            return nil
        }
        return Friend(
            name: name, emails: emails, interests: interests, city: city,
            birthday: birthday(passedOver: &passedOver), notes: notes
        )
    }

    // MARK: - Fields

    /// `FN` if it has text, else `N`'s given, additional and family names.
    var name: String? {
        if let formatted = named("FN").first?.text.trimmingCharacters(in: .whitespacesAndNewlines), !formatted.isEmpty {
            return formatted
        }
        guard let structured = named("N").first?.components(separatedBy: ";") else { return nil }
        let part = { (index: Int) in index < structured.count ? structured[index].replacingOccurrences(of: ",", with: " ") : "" }
        let joined = [part(1), part(2), part(0)]
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
        return joined.isEmpty ? nil : joined
    }

    /// Valid addresses, most preferred first, each once; an invalid one is passed over.
    private func emails(passedOver: inout [PassedOver]) -> [String] {
        var emails: [String] = []
        for line in byPreference(named("EMAIL")) {
            var address = line.text.trimmingCharacters(in: .whitespaces)
            if address.lowercased().hasPrefix("mailto:") { address.removeFirst("mailto:".count) }
            guard EmailAddress.isValid(address) else {
                passedOver.append((line.number, .unreadableValue(property: "EMAIL", value: address)))
                continue
            }
            if !emails.containsIgnoringCase(address) { emails.append(address) }
        }
        return emails
    }

    /// Every category of every `CATEGORIES` line, each once, without Google's own labels.
    private var interests: [Interest] {
        var interests: [Interest] = []
        for line in named("CATEGORIES") {
            for category in line.components(separatedBy: ",") {
                let phrase = category.trimmingCharacters(in: .whitespaces)
                guard !phrase.isEmpty, !Self.systemLabels.contains(phrase.lowercased()), !interests.containsPhrase(phrase)
                else { continue }
                interests.append(Interest(phrase))
            }
        }
        return interests
    }

    /// The card's web addresses, `URL` and Apple's `X-SOCIALPROFILE` (a blog, a Mastodon or
    /// GitHub profile): places a feed of the friend's own may be found. Only http and https ones
    /// (Apple writes `x-apple:` handles too); each once, in the order written.
    var webAddresses: [String] {
        var found: [String] = []
        for line in lines where line.name == "URL" || line.name == "X-SOCIALPROFILE" {
            let address = line.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if FriendFeedURL.isValid(address), !found.contains(address) { found.append(address) }
        }
        return found
    }

    private var notes: String? {
        let notes = named("NOTE").map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        return notes.isEmpty ? nil : notes.joined(separator: "\n\n")
    }

    /// The locality of the most preferred address that has one.
    private var city: String? {
        byPreference(named("ADR")).lazy
            .compactMap { line -> String? in
                let parts = line.components(separatedBy: ";")
                guard parts.count > 3 else { return nil }
                let locality = parts[3].trimmingCharacters(in: .whitespacesAndNewlines)
                return locality.isEmpty ? nil : locality
            }
            .first
    }

    private func birthday(passedOver: inout [PassedOver]) -> Birthday? {
        guard let line = named("BDAY").first else { return nil }
        guard let birthday = Self.birthday(line) else {
            passedOver.append((line.number, .unreadableValue(property: "BDAY", value: line.text)))
            return nil
        }
        return birthday
    }

    /// Quoted-printable values in a charset this reader does not know (they are read as UTF-8).
    private var unknownCharsets: [PassedOver] {
        lines.compactMap { line in
            guard line.isQuotedPrintable, let charset = line.charset, TextDecoding.encoding(named: charset) == nil else { return nil }
            return (line.number, .unknownCharset(charset))
        }
    }

    /// `BDAY` in the forms the exporters write; `nil` for a text value or a partial date.
    static func birthday(_ line: VCardLine) -> Birthday? {
        var value = line.text.trimmingCharacters(in: .whitespaces)
        if let time = value.firstIndex(of: "T") { value = String(value[..<time]) }
        guard var birthday = Birthday(parsing: value) else { return nil }
        if let omitted = line.parameters["X-APPLE-OMIT-YEAR"]?.first.flatMap({ Int($0) }), birthday.year == omitted {
            birthday.year = nil
        }
        return birthday
    }

    private func named(_ name: String) -> [VCardLine] {
        lines.filter { $0.name == name }
    }

    /// Most preferred first; lines equally preferred keep the order they were written in.
    private func byPreference(_ lines: [VCardLine]) -> [VCardLine] {
        lines.enumerated()
            .sorted { ($0.element.preference ?? .max, $0.offset) < ($1.element.preference ?? .max, $1.offset) }
            .map(\.element)
    }
}
