import Foundation

/// One note as mail, for ``MessageWriter``, ``Mbox`` and ``MailtoURI``: a plain-text message
/// to one friend.
///
/// Everything that goes into a header is checked or sanitised on the way in, so what these
/// properties hold is what a reader decodes: the subject with control characters made spaces
/// and spaces collapsed (``HeaderText/sanitized(_:)``). The body is kept as given; the writer
/// normalises its line breaks.
public struct MailMessage: Sendable, Hashable {
    /// The sender; `nil` leaves From out, for the mail client or `sendmail` to fill in.
    public let from: MailAddress?
    public let to: MailAddress
    public let subject: String
    public let date: Date
    public let messageID: MessageID
    public let body: String
    /// Written after the standard fields, in this order.
    public let extraHeaders: [MailHeader]

    public init(
        from: MailAddress? = nil, to: MailAddress, subject: String, date: Date, messageID: MessageID, body: String,
        extraHeaders: [MailHeader] = []
    ) {
        self.from = from
        self.to = to
        self.subject = HeaderText.sanitized(subject)
        self.date = date
        self.messageID = messageID
        self.body = body
        self.extraHeaders = extraHeaders
    }
}
