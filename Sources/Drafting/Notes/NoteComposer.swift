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
/// - A suggestion without a link the friend can open is no note.
/// - A note carries the entry's own sentence (`Hook`), the user's knowledge of the friend where
///   it fits (`FriendContext`, else a reason in the entry's words), a plan when the entry is
///   something to go to, and a subject of a few words of the title. An overdue friend in the
///   user's city asked to go along to an event needs no second invitation.
/// - A friend's own fresh post (``PostNews``) gets a reply, before any link: it is the best
///   reason to write. The reply carries the birthday wish and the invitation. Hard news gets
///   no note at all.
/// - Links are canonical (tracking parameters removed). Phrasing is chosen from the friend and
///   the entry, so the same run gives the same notes.
public struct NoteComposer: Sendable {
    public let templates: NoteTemplates
    public let sender: Sender
    /// The sentences this composer's notes have said so far: no two notes of one run share one
    /// (a phrasing already said moves to the next way of saying it). Friends are drafted in
    /// the run's order, so the same run still gives the same notes.
    private let said = SaidSentences()

    public init(templates: NoteTemplates, sender: Sender) {
        self.templates = templates
        self.sender = sender
    }

    /// The first of `make(0)`, `make(1)`, … not yet said in this run, now said; `make(0)` when
    /// every way has been.
    private func unsaid(_ ways: Int, _ make: (Int) -> String) -> String {
        unsaidOrNil(ways, make) ?? make(0)
    }

    /// The first way not yet said in this run, now said; nil when every way has been.
    private func unsaidOrNil(_ ways: Int, _ make: (Int) -> String) -> String? {
        for offset in 0..<ways where said.insert(make(offset)) { return make(offset) }
        return nil
    }

    /// The friend's notes: with `news` (their own fresh post, see ``PostNews/toAnswer(_:answered:now:)``),
    /// a reply to it first, carrying the birthday wish and the invitation; then a note per
    /// suggestion.
    public func drafts(for outreach: Outreach, suggestions: [Suggestion], digest: Bool, news: PostNews? = nil) -> [Draft] {
        guard let news, news.kind != .hardNews, let link = news.post.canonicalLink ?? news.post.link, !link.isEmpty else {
            return drafts(for: outreach, suggestions: suggestions, digest: digest, greets: true)
        }
        let friend = outreach.friend
        let seed = friend.id + "|" + link
        var context = NoteTemplateContext(firstName: friend.firstName)
        context.title = news.post.title
        context.link = link
        context.reply = unsaid(3) { Phrasing.reply(to: news, firstName: friend.firstName, seed: seed, offset: $0) }
        context.birthday = outreach.daysUntilBirthday.map { days in
            unsaid(4) { Phrasing.birthday(daysUntil: days, firstName: friend.firstName, seed: friend.id, offset: $0) }
        }
        let isMoving = news.kind == .milestone(.moving)
        context.invitation =
            outreach.isOverdue
            ? unsaid(3) {
                Phrasing.invitation(firstName: friend.firstName, sameCity: isSameCity(friend), seed: friend.id, offset: $0, beforeTheyGo: isMoving)
            } : nil
        // One question: "see you before you go" is the invitation's, when there is one.
        if !(isMoving && context.invitation != nil) {
            context.followUp = unsaid(2) { Phrasing.replyFollowUp(to: news, seed: seed, offset: $0) }
        }
        context.opener = ""
        let reply = draft(
            friend, kind: .reply, template: templates.reply, context: context, seed: seed, hook: nil,
            daysUntilBirthday: outreach.daysUntilBirthday, links: [link], reasons: ["their own post: \(Phrasing.quote(of: news))"],
            subject: Phrasing.replySubject(to: news, firstName: friend.firstName, seed: seed))
        return [reply] + drafts(for: outreach, suggestions: suggestions, digest: digest, greets: false)
    }

    private func isSameCity(_ friend: Friend) -> Bool {
        sender.city != nil && friend.city?.caseInsensitiveCompare(sender.city!) == .orderedSame
    }

    /// The notes of `suggestions`; with `greets`, the first carries the birthday wish and the
    /// invitation, and with no suggestion they make a note of their own.
    private func drafts(for outreach: Outreach, suggestions: [Suggestion], digest: Bool, greets: Bool) -> [Draft] {
        let friend = outreach.friend
        let suggestions = suggestions.filter { !link($0).isEmpty }
        let birthday = outreach.daysUntilBirthday.flatMap { days in
            greets ? unsaid(4) { Phrasing.birthday(daysUntil: days, firstName: friend.firstName, seed: friend.id, offset: $0) } : nil
        }
        let isSameCity = isSameCity(friend)
        let invitation =
            outreach.isOverdue && greets
            ? unsaid(3) { Phrasing.invitation(firstName: friend.firstName, sameCity: isSameCity, seed: friend.id, offset: $0) } : nil
        if suggestions.isEmpty {
            guard birthday != nil || invitation != nil else { return [] }
            let kind: Draft.Kind = birthday != nil ? .birthday : .checkIn
            let checkIn = birthday != nil ? nil : unsaid(3) { Phrasing.checkIn(friend: friend, seed: friend.id, offset: $0) }
            var context = NoteTemplateContext(firstName: friend.firstName)
            context.checkIn = checkIn
            context.opener = checkIn ?? ""
            context.birthday = birthday
            context.invitation = invitation
            return [
                draft(
                    friend, kind: kind, template: templates.checkIn, context: context,
                    seed: friend.id, hook: nil, daysUntilBirthday: outreach.daysUntilBirthday, links: [], reasons: [])
            ]
        }
        if digest && suggestions.count > 1 {
            let seed = friend.id + "|" + suggestions.map(link).joined(separator: " ")
            // One seed for the whole note, moved along per item: neighbours never share a phrasing.
            let items: [NoteTemplateContext.Link] = suggestions.enumerated().map { index, suggestion in
                let hook = Hook(candidate: suggestion.candidate, reasons: suggestion.reasons)
                let why = unsaid(4) {
                    Phrasing.why(reasons: suggestion.reasons, friend: friend, quoted: Array(hook.sentences.prefix(1)), seed: seed, offset: index + $0)
                }
                // The entry's sentence as it is; another of its sentences, or introduced, when a
                // friend before was quoted the same one.
                let quoted =
                    hook.sentences.isEmpty
                    ? nil
                    : unsaidOrNil(hook.sentences.count) { "“" + hook.sentences[$0] + "”" }
                        ?? unsaid(5 * hook.sentences.count) { Phrasing.hookLine(hook.sentences, seed: seed, offset: $0) }
                return NoteTemplateContext.Link(title: suggestion.candidate.title, link: link(suggestion), why: why, hook: quoted)
            }
            var context = NoteTemplateContext(firstName: friend.firstName)
            context.opener = unsaid(3) { Phrasing.digestOpener(firstName: friend.firstName, seed: seed, offset: $0) }
            context.links = items
            context.birthday = birthday
            context.invitation = invitation
            return [
                draft(
                    friend, kind: birthday != nil ? .birthday : .digest, template: templates.digest, context: context,
                    seed: seed, hook: nil, daysUntilBirthday: outreach.daysUntilBirthday, links: suggestions.map(link),
                    reasons: suggestions.flatMap { $0.reasons.map(\.description) })
            ]
        }
        return suggestions.enumerated().map { index, suggestion in
            let isFirst = index == 0
            let seed = friend.id + "|" + link(suggestion)
            let kind: Draft.Kind = isFirst && birthday != nil ? .birthday : .suggestion
            let hook = Hook(candidate: suggestion.candidate, reasons: suggestion.reasons)
            let context = FriendContext(friend: friend, candidate: suggestion.candidate, reasons: suggestion.reasons)
            var shared: String?
            if case .memory(_, let thing)? = context.line { shared = thing }
            let plan = hook.event.map { event in
                unsaidOrNil(4) { Phrasing.plan(event, sameCity: isSameCity, shared: shared, subject: hook.subject, seed: seed, offset: $0) }
                    ?? String(Phrasing.plan(event, sameCity: isSameCity, shared: shared, subject: hook.subject, seed: seed).dropLast())
                    + ", \(friend.firstName)?"
            }
            // A plan that recalls what they did together says it once: the memory line goes.
            let personal = context.line.flatMap { line -> String? in
                if plan != nil, shared != nil, case .memory = line { return nil }
                return unsaid(2) { Phrasing.personal(line, seed: seed, offset: $0) }
            }
            let reason = unsaid(4) {
                Phrasing.why(reasons: suggestion.reasons, friend: friend, quoted: Array(hook.sentences.prefix(1)), seed: seed, offset: $0)
            }
            // The same entry for many friends: once every way is said, the friend's name makes it theirs.
            let hookLine = hook.sentence.map { first in
                unsaidOrNil(5 * hook.sentences.count) { Phrasing.hookLine(hook.sentences, seed: seed, offset: $0) }
                    ?? "\(friend.firstName), look at this: “\(first)”"
            }
            // Going along together is the invitation; a second one would be one too many.
            let invites = isFirst ? invitation : nil
            let invitationLine = plan != nil && isSameCity && hook.event?.when != nil ? nil : invites
            var note = NoteTemplateContext(firstName: friend.firstName)
            note.title = suggestion.candidate.title
            note.link = link(suggestion)
            note.hook = hookLine
            note.personal = personal
            note.reason = reason
            note.why = personal ?? reason
            note.plan = plan
            note.birthday = isFirst ? birthday : nil
            note.invitation = invitationLine
            note.opener = ""
            return draft(
                friend, kind: kind, template: templates.note, context: note, seed: seed, hook: hook,
                daysUntilBirthday: outreach.daysUntilBirthday, links: [link(suggestion)],
                reasons: suggestion.reasons.map(\.description), invites: invites != nil)
        }
    }

    /// Sentences said in one run, shared by the copies of a composer (it is a value).
    final class SaidSentences: @unchecked Sendable {
        // @unchecked: `sentences` is only touched under `lock`.
        private let lock = NSLock()
        private var sentences: Set<String> = []

        /// Whether `sentence` was new (and is now said).
        func insert(_ sentence: String) -> Bool {
            lock.withLock { sentences.insert(sentence).inserted }
        }
    }

    private func link(_ suggestion: Suggestion) -> String {
        suggestion.candidate.canonicalLink ?? suggestion.candidate.link ?? ""
    }

    private func draft(
        _ friend: Friend, kind: Draft.Kind, template: MustacheTemplate, context: NoteTemplateContext, seed: String, hook: Hook?,
        daysUntilBirthday: Int?, links: [String], reasons: [String], invites: Bool? = nil, subject: String? = nil
    ) -> Draft {
        var context = context
        context.signoff = Phrasing.signoff(senderName: sender.name, seed: seed)
        let subject =
            subject ?? Phrasing.subject(kind: kind, hook: hook, firstName: friend.firstName, daysUntilBirthday: daysUntilBirthday, seed: seed)
        context.subject = subject
        let renderedSubject = templates.subject.render(context).trimmingCharacters(in: .whitespacesAndNewlines)
        return Draft(
            friend: friend, kind: kind, subject: renderedSubject.isEmpty ? subject : renderedSubject,
            body: Self.tidy(template.render(context)), links: links, reasons: reasons,
            hasInvitation: invites ?? (context.invitation != nil)
        )
    }

    /// At most one blank line in a row, no trailing spaces, one line break at the end: a user's
    /// template with a stray blank line still gives a tidy note.
    static func tidy(_ body: String) -> String {
        var lines: [String] = []
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            // Spaces and tabs are single bytes of UTF-8, never part of another character's: the
            // end is found byte by byte (reversing the characters twice was a twentieth of
            // `share suggest`).
            let bytes = line.utf8
            var end = bytes.endIndex
            while end > bytes.startIndex, case let before = bytes.index(before: end), bytes[before] == 0x20 || bytes[before] == 0x09 {
                end = before
            }
            let trimmed = String(Substring(line.unicodeScalars[..<end]))
            if trimmed.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(trimmed)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
