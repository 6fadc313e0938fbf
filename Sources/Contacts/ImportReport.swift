import Foundation
import Matching

/// What an import did to the friends list, friend by friend, for the user to read.
public struct ImportReport: Sendable, Hashable, CustomStringConvertible {
    /// Friends that were not in the list, as added.
    public var added: [Friend] = []
    /// Friends already in the list that the import added something to.
    public var updated: [Update] = []
    /// Friends already in the list that the import had nothing new for.
    public var unchanged: [Friend] = []
    /// Incoming friends that could not be imported, and why.
    public var skipped: [Skip] = []

    public init() {}

    /// A friend after the import, and what the import added.
    public struct Update: Sendable, Hashable {
        public var friend: Friend
        public var changes: [Change]
    }

    /// One thing an import added to a friend already in the list.
    public enum Change: Sendable, Hashable, CustomStringConvertible {
        case email(String)
        case interest(String)
        case avoid(String)
        /// A feed of the friend's own.
        case feed(String)
        case city(String)
        case birthday(Birthday)
        /// A birthday known by month and day got its year.
        case birthYear(Int)
        case lastContact(Date)
        case cadence(Cadence)
        case notes

        public var description: String {
            switch self {
            case .email(let address): "e-mail \(address)"
            case .interest(let phrase): "interest '\(phrase)'"
            case .avoid(let phrase): "avoid '\(phrase)'"
            case .feed(let url): "feed \(url)"
            case .city(let city): "city \(city)"
            case .birthday(let birthday): "birthday \(birthday)"
            case .birthYear(let year): "birth year \(year)"
            case .lastContact(let day): "last contact \(CalendarDay.string(from: day))"
            case .cadence(let cadence): "cadence \(cadence)"
            case .notes: "notes"
            }
        }
    }

    /// An incoming friend left out.
    public struct Skip: Sendable, Hashable {
        public var friend: Friend
        public var reason: String
    }

    /// `2 added, 1 updated, 4 unchanged, 1 skipped`.
    public var description: String {
        "\(added.count) added, \(updated.count) updated, \(unchanged.count) unchanged, \(skipped.count) skipped"
    }
}
