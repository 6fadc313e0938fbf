import Foundation
import Matching

/// Friends from a vCard file, as Apple Contacts, Google Contacts, Thunderbird, Outlook and old
/// phones export them: vCard 4.0 (RFC 6350), 3.0 (RFC 2426) and 2.1.
///
/// A file holds any number of cards, each from `BEGIN:VCARD` to `END:VCARD`; what is outside
/// them is ignored, and so is a card nested in another (vCard 2.1's `AGENT`). How a card's lines
/// are read is ``VCardLine``'s business, and what a card becomes is ``VCard``'s.
///
/// The bytes are read as ``TextDecoding`` says (a byte order mark, else UTF-8, else Windows-1252).
/// Problems with one card are warnings naming its line; only a file with no card at all is an error.
public enum VCardReader {
    /// The friends in a vCard file, and what was passed over.
    /// - Parameter source: the file's name, for messages.
    public static func read(_ data: Data, source: String) throws(ContactsError) -> (friends: [Friend], warnings: [ContactsWarning]) {
        try read(TextDecoding.string(from: data), source: source)
    }

    /// The friends in vCard text already decoded.
    public static func read(_ text: String, source: String) throws(ContactsError) -> (friends: [Friend], warnings: [ContactsWarning]) {
        let read = try readWithWebAddresses(text, source: source)
        return (read.friends, read.warnings)
    }

    /// As ``read(_:source:)-(Data,_)``, with each friend's web addresses (`URL`, `X-SOCIALPROFILE`), by
    /// friend id: where a feed of their own may be found.
    public static func readWithWebAddresses(_ data: Data, source: String) throws(ContactsError) -> VCardImport {
        try readWithWebAddresses(TextDecoding.string(from: data), source: source)
    }

    static func readWithWebAddresses(_ text: String, source: String) throws(ContactsError) -> VCardImport {
        var warnings: [ContactsWarning] = []
        let cards = try cards(in: VCardLine.lines(in: text), source: source, warnings: &warnings)
        var friends: [Friend] = []
        var webAddresses: [String: [String]] = [:]
        for card in cards {
            guard let friend = card.friend(source: source, warnings: &warnings) else { continue }
            friends.append(friend)
            let addresses = card.webAddresses
            if !addresses.isEmpty { webAddresses[friend.id, default: []] += addresses }
        }
        return VCardImport(friends: friends, warnings: warnings, webAddresses: webAddresses)
    }

    private static func cards(in lines: [VCardLine], source: String, warnings: inout [ContactsWarning]) throws(ContactsError) -> [VCard] {
        var cards: [VCard] = []
        var current: VCard?
        var nesting = 0
        var sawBegin = false
        for line in lines {
            let marksCard = line.text.trimmingCharacters(in: .whitespaces).caseInsensitiveCompare("VCARD") == .orderedSame
            if line.name == "BEGIN" && marksCard {
                sawBegin = true
                if current == nil { current = VCard(beginLine: line.number) } else { nesting += 1 }
            } else if line.name == "END" && marksCard {
                if nesting > 0 {
                    nesting -= 1
                } else if let card = current {
                    cards.append(card)
                    current = nil
                }
            } else if nesting == 0 {
                current?.lines.append(line)
            }
        }
        if let unfinished = current {
            warnings.append(ContactsWarning(source: source, line: unfinished.beginLine, problem: .unterminatedCard))
            cards.append(unfinished)
        }
        guard sawBegin else { throw ContactsError(source: source, line: nil, problem: .notAVCard) }
        return cards
    }
}

/// What a vCard file holds: its friends, what was passed over, and each friend's web addresses
/// (by friend id).
public struct VCardImport: Sendable {
    public let friends: [Friend]
    public let warnings: [ContactsWarning]
    public let webAddresses: [String: [String]]
}
