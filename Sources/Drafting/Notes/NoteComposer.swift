import Foundation
import Matching
import Mustache

/// Turns a friend's suggestions into notes.
///
/// Rules:
/// - One note per suggestion; with `digest`, one note holding every suggestion.
/// - A birthday coming up and an invitation (the friend is overdue) go in the first note only.
/// - No suggestion: a birthday note when the birthday is near, else a check-in note when the
///   friend is overdue, else nothing (no note beats a bad one).
/// - Links are canonical (tracking parameters removed). Phrasing is chosen from the friend and
///   the entry, so the same run gives the same notes.
public struct NoteComposer: Sendable {
    public let templates: NoteTemplates
    public let sender: Sender

    public init(templates: NoteTemplates, sender: Sender) {
        self.templates = templates
        self.sender = sender
    }

    public func drafts(for outreach: Outreach, suggestions: [Suggestion], digest: Bool) -> [Draft] {
        let friend = outreach.friend
        let birthday = outreach.daysUntilBirthday.flatMap { days in outreach.nextBirthday.map { Phrasing.birthday(daysUntil: days, date: $0) } }
        let isSameCity = sender.city != nil && friend.city?.caseInsensitiveCompare(sender.city!) == .orderedSame
        let invitation = outreach.isOverdue ? Phrasing.invitation(sameCity: isSameCity, seed: friend.id) : nil
        if suggestions.isEmpty {
            guard birthday != nil || invitation != nil else { return [] }
            let kind: Draft.Kind = birthday != nil ? .birthday : .checkIn
            let opener = birthday != nil ? "" : Phrasing.checkInOpener(seed: friend.id)
            return [draft(friend, kind: kind, template: templates.checkIn, context: [
                "firstName": friend.firstName, "opener": opener, "birthday": birthday as Any, "invitation": invitation as Any,
            ], seed: friend.id, title: nil, daysUntilBirthday: outreach.daysUntilBirthday, links: [], reasons: [])]
        }
        if digest {
            let seed = friend.id + "|" + suggestions.map(link).joined(separator: " ")
            // One seed for the whole note, moved along per item: neighbours never share a phrasing.
            let items: [[String: Any]] = suggestions.enumerated().map { index, suggestion in
                let why = Phrasing.why(interests: suggestion.reasons.map(\.interest), seed: seed, offset: index)
                return ["title": suggestion.candidate.title, "link": link(suggestion), "why": why]
            }
            return [draft(friend, kind: birthday != nil ? .birthday : .digest, template: templates.digest, context: [
                "firstName": friend.firstName, "opener": Phrasing.digestOpener(seed: seed), "links": items,
                "birthday": birthday as Any, "invitation": invitation as Any,
            ], seed: seed, title: nil, daysUntilBirthday: outreach.daysUntilBirthday, links: suggestions.map(link), reasons: suggestions.flatMap { $0.reasons.map(\.description) })]
        }
        return suggestions.enumerated().map { index, suggestion in
            let isFirst = index == 0
            let seed = friend.id + "|" + link(suggestion)
            let kind: Draft.Kind = isFirst && birthday != nil ? .birthday : .suggestion
            return draft(friend, kind: kind, template: templates.note, context: [
                "firstName": friend.firstName, "opener": Phrasing.opener(seed: seed), "title": suggestion.candidate.title,
                "link": link(suggestion), "why": why(suggestion),
                "birthday": (isFirst ? birthday : nil) as Any, "invitation": (isFirst ? invitation : nil) as Any,
            ], seed: seed, title: suggestion.candidate.title, daysUntilBirthday: outreach.daysUntilBirthday, links: [link(suggestion)], reasons: suggestion.reasons.map(\.description))
        }
    }

    private func link(_ suggestion: Suggestion) -> String {
        suggestion.candidate.canonicalLink ?? suggestion.candidate.link ?? ""
    }

    private func why(_ suggestion: Suggestion) -> String {
        Phrasing.why(interests: suggestion.reasons.map(\.interest), seed: suggestion.friend.id + "|" + link(suggestion))
    }

    private func draft(
        _ friend: Friend, kind: Draft.Kind, template: MustacheTemplate, context: [String: Any], seed: String, title: String?,
        daysUntilBirthday: Int?, links: [String], reasons: [String]
    ) -> Draft {
        // Mustache would print a nil wrapped in Any as "nil": a missing part is a missing key.
        var context = context.filter { !Self.isNil($0.value) }
        context["signoff"] = Phrasing.signoff(senderName: sender.name, seed: seed)
        let subject = Phrasing.subject(kind: kind, title: title, firstName: friend.firstName, daysUntilBirthday: daysUntilBirthday, seed: seed)
        context["subject"] = subject
        let renderedSubject = templates.subject.render(context).trimmingCharacters(in: .whitespacesAndNewlines)
        return Draft(
            friend: friend, kind: kind, subject: renderedSubject.isEmpty ? subject : renderedSubject,
            body: Self.tidy(template.render(context)), links: links, reasons: reasons, hasInvitation: context["invitation"] != nil
        )
    }

    private static func isNil(_ value: Any) -> Bool {
        if case Optional<Any>.none = value as Any? { return true }
        let mirror = Mirror(reflecting: value)
        return mirror.displayStyle == .optional && mirror.children.isEmpty
    }

    /// At most one blank line in a row, no trailing spaces, one line break at the end: a user's
    /// template with a stray blank line still gives a tidy note.
    static func tidy(_ body: String) -> String {
        var lines: [String] = []
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = String(line.reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
            if trimmed.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(trimmed)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
