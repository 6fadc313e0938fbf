import Foundation

/// A draft as an RFC 5322 message: To the friend (name and first address), the subject, the
/// body, a Message-ID made from the friend, the links and the day (the same draft written twice
/// the same day has the same id), and one `X-Share-Link` header per link, so that `share send`
/// can remember what went out even from a file the user edited.
public enum DraftMail {
    public static let linkHeader = "X-Share-Link"

    public static func message(for draft: Draft, sender: Sender, date: Date) throws(MailError) -> MailMessage {
        guard let address = draft.friend.emails.first else {
            throw MailError.invalidAddress("", reason: "\(draft.friend.name) has no e-mail address")
        }
        let to = try MailAddress(address, displayName: draft.friend.name)
        let day = Int(date.timeIntervalSince1970 / 86_400)
        let seed = [draft.friend.id, draft.kind.rawValue, String(day)] + draft.links
        let headers = try draft.links.map { link throws(MailError) in try MailHeader(name: linkHeader, value: link) }
        return MailMessage(
            from: sender.address, to: to, subject: draft.subject, date: date,
            messageID: MessageID(seed: seed.joined(separator: "|"), sender: sender.address), body: draft.body, extraHeaders: headers
        )
    }
}
