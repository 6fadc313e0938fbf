import Matching

/// One note to one friend, ready to be written as mail or read.
public struct Draft: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// One link that made the user think of the friend.
        case suggestion
        /// Several links in one note (`--digest`).
        case digest
        /// A birthday coming up, with a link when one fits.
        case birthday
        /// Overdue, and no link fits: a note to get back in touch.
        case checkIn = "check-in"
        /// A reply to something the friend posted on their own feed (see `PostNews`).
        case reply
    }

    public let friend: Friend
    public let kind: Kind
    public let subject: String
    public let body: String
    /// The links in the note, canonical (tracking parameters removed).
    public let links: [String]
    /// Why each link fits, in words ("\"sourdough\" in the title: \"Sourdough\"").
    public let reasons: [String]
    /// Whether the note ends with an invitation to call or meet.
    public let hasInvitation: Bool
}
