import Foundation
import GRDB

/// A note that went to a friend (or was recorded as sent): one row per link, so "already sent"
/// is a lookup. A note without a link (a birthday or check-in note) has one row with an empty link.
public struct SentNote: Sendable, Hashable, Codable, FetchableRecord, TableRecord {
    public static let databaseTableName = "sent"

    public let friendKey: String
    public let friendName: String
    public let link: String
    public let subject: String?
    public let messageID: String?
    public let sentAt: Date
    /// "sent through msmtp -t" or "recorded".
    public let how: String

    public init(friendKey: String, friendName: String, link: String, subject: String?, messageID: String?, sentAt: Date, how: String) {
        self.friendKey = friendKey
        self.friendName = friendName
        self.link = link
        self.subject = subject
        self.messageID = messageID
        self.sentAt = sentAt
        self.how = how
    }
}
