import Drafting
import Foundation

/// Drafts in the formats a user asks for: text for reading, JSON Lines for programs, mbox for
/// `mutt -f`, one .eml file per draft for `mutt -H`, mailto: URIs for a desktop client.
enum DraftOutput {
    enum Format: String, CaseIterable {
        case text, json, mbox, eml, mailto
    }

    /// The drafts that can be mail, with their messages. A friend without a usable address is
    /// named on stderr and left out: one such friend never holds up everyone else's notes.
    static func mailable(_ drafts: [Draft], sender: Sender, date: Date) -> [(draft: Draft, message: MailMessage)] {
        drafts.compactMap { draft in
            do {
                return (draft, try DraftMail.message(for: draft, sender: sender, date: date))
            } catch {
                Terminal.problem("\(draft.friend.name): no note as mail: \(error)")
                return nil
            }
        }
    }

    static func text(_ drafts: [Draft]) -> String {
        drafts.map { draft in
            let to = draft.friend.emails.first.map { "\(draft.friend.name) <\($0)>" } ?? draft.friend.name
            return "To: \(to)\nSubject: \(draft.subject)\n\n\(draft.body)"
        }.joined(separator: "\n" + String(repeating: "-", count: 72) + "\n\n")
    }

    static func jsonLine(_ draft: Draft) -> String {
        let object: [String: Any] = [
            "friend": draft.friend.name, "email": draft.friend.emails.first ?? "", "subject": draft.subject, "body": draft.body,
            "links": draft.links, "reasons": draft.reasons, "kind": draft.kind.rawValue, "invitation": draft.hasInvitation,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// Writes one file per message into `directory` ("01-wendy-park.eml"), returning the paths.
    static func writeEML(_ mail: [(draft: Draft, message: MailMessage)], into directory: String) throws -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw InputError(description: "\(directory): cannot create the directory: \(error.localizedDescription)")
        }
        let writer = MessageWriter()
        let width = String(mail.count).count
        return try mail.enumerated().map { index, pair in
            let number = String(index + 1)
            let name = String(repeating: "0", count: max(0, max(2, width) - number.count)) + number + "-" + slug(pair.draft.friend.name) + ".eml"
            let path = (directory as NSString).appendingPathComponent(name)
            do {
                try Data(writer.render(pair.message).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw InputError(description: "\(path): cannot write: \(error.localizedDescription)")
            }
            return path
        }
    }

    /// "Zoë Müller" → "zoe-muller": a file name any shell and mail client takes.
    static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return words.isEmpty ? "friend" : words.joined(separator: "-")
    }
}
