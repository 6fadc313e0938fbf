import Foundation
import GRDB

/// A drafted message waiting in the outbox: the whole RFC 5322 text as the user saw it (and as
/// they edited it), so that `share send` delivers exactly that, never a new draft.
public struct OutboxDraft: Sendable, Hashable, Identifiable {
    /// Where a draft stands. Only ``pending`` and ``approved`` drafts are waiting to go.
    public enum State: String, Sendable, Hashable, Codable {
        /// Drafted by `share suggest`, not yet reviewed.
        case pending
        /// Kept in `share review`: to be sent as it is.
        case approved
        /// Skipped in `share review`: never sent.
        case skipped
        /// Delivered (and recorded in the history).
        case sent

        public var isWaiting: Bool { self == .pending || self == .approved }
    }

    public let id: Int64
    public let friendKey: String
    public let friendName: String
    /// The To line as people read it: `Name <address>`.
    public let recipient: String
    public let subject: String?
    /// The message's Message-ID (RFC 5322 section 3.6.4), with its angle brackets.
    public let messageID: String
    public let links: [String]
    /// The whole message, headers and body.
    public let message: String
    public let draftedAt: Date
    public let state: State
    /// When the user last changed the text, if they did.
    public let editedAt: Date?

    public var isEdited: Bool { editedAt != nil }

    init(row: Row) {
        id = row["id"]
        friendKey = row["friendKey"]
        friendName = row["friendName"]
        recipient = row["recipient"]
        subject = row["subject"]
        messageID = row["messageID"]
        let linksText: String = row["links"]
        links = (try? JSONDecoder().decode([String].self, from: Data(linksText.utf8))) ?? []
        message = row["message"]
        draftedAt = row["draftedAt"]
        state = State(rawValue: row["state"]) ?? .pending
        editedAt = row["editedAt"]
    }
}

/// A draft to put in the outbox.
public struct NewOutboxDraft: Sendable, Hashable {
    public let friendKey: String
    public let friendName: String
    public let recipient: String
    public let subject: String?
    public let messageID: String
    public let links: [String]
    public let message: String

    public init(friendKey: String, friendName: String, recipient: String, subject: String?, messageID: String, links: [String], message: String) {
        self.friendKey = friendKey
        self.friendName = friendName
        self.recipient = recipient
        self.subject = subject
        self.messageID = messageID
        self.links = links
        self.message = message
    }
}
