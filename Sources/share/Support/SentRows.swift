import ArgumentParser
import Drafting
import Foundation
import Store

/// The history rows for one note: one per link, or one with no link.
enum SentRows {
    static func rows(for draft: Draft, messageID: String?, at date: Date, how: String) -> [SentNote] {
        rows(
            friendKey: draft.friend.id, friendName: draft.friend.name, links: draft.links, subject: draft.subject, messageID: messageID, at: date,
            how: how)
    }

    static func rows(friendKey: String, friendName: String, links: [String], subject: String?, messageID: String?, at date: Date, how: String)
        -> [SentNote]
    {
        (links.isEmpty ? [""] : links).map {
            SentNote(friendKey: friendKey, friendName: friendName, link: $0, subject: subject, messageID: messageID, sentAt: date, how: how)
        }
    }
}
