import Crypto
import Drafting
import FeedReader
import Foundation
import Store

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

    /// The messages as the outbox keeps them: the whole text, rendered once, so that what is
    /// reviewed and sent is byte for byte what was drafted.
    static func outgoing(_ mail: [(draft: Draft, message: MailMessage)]) -> [NewOutboxDraft] {
        let writer = MessageWriter()
        return mail.map { draft, message in
            NewOutboxDraft(
                friendKey: draft.friend.id, friendName: draft.friend.name, recipient: "\(draft.friend.name) <\(message.to.address)>",
                subject: draft.subject, messageID: message.messageID.rendered, links: draft.links, message: writer.render(message)
            )
        }
    }

    static func text(_ drafts: [Draft]) -> String {
        drafts.map { draft in
            let to = draft.friend.emails.first.map { "\(draft.friend.name) <\($0)>" } ?? draft.friend.name
            return "To: \(to)\nSubject: \(draft.subject)\n\n\(draft.body)"
        }.joined(separator: "\n" + String(repeating: "-", count: 72) + "\n\n")
    }

    /// One draft as a JSON Lines object, its keys sorted.
    static func jsonLine(_ draft: Draft) -> String {
        var writer = JSONWriter(pretty: false)
        writer.object { w in
            w.key("body"); w.string(draft.body)
            w.key("email"); w.string(draft.friend.emails.first ?? "")
            w.key("friend"); w.string(draft.friend.name)
            w.key("invitation"); w.bool(draft.hasInvitation)
            w.key("kind"); w.string(draft.kind.rawValue)
            w.key("links"); w.strings(draft.links)
            w.key("reasons"); w.strings(draft.reasons)
            w.key("subject"); w.string(draft.subject)
        }
        return writer.output
    }

    /// What writing a batch of .eml files did.
    struct EMLBatch {
        /// The files written, in the drafts' order.
        var written: [String] = []
        /// Files of the last batch the user edited since: kept as they are.
        var keptEdited: [String] = []
        /// Files of the last batch, unchanged, whose friend has no draft now: removed.
        var removed: [String] = []
    }

    /// The file in a drafts directory that lists what share wrote there last, each file with its
    /// SHA-256, so that a file the user has edited since is told from one they have not.
    static let manifestName = ".share-drafts"

    /// Writes one file per message into `directory` ("01-wendy-park.eml").
    ///
    /// Rules: a file share wrote in the last batch and nobody changed since is replaced (or
    /// removed, when its friend has no draft now); a file the user edited is never touched, and
    /// the new draft goes beside it ("01-wendy-park.new.eml"); a file share did not write is
    /// never touched. The directory is made 0700 and the files 0600: they hold friends'
    /// addresses and what is said to them.
    static func writeEML(_ mail: [(draft: Draft, message: MailMessage)], into directory: String) throws -> EMLBatch {
        let files = FileManager.default
        do {
            try files.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw InputError(description: "\(directory): cannot create the directory: \(error.localizedDescription)")
        }
        let manifestPath = (directory as NSString).appendingPathComponent(manifestName)
        var batch = EMLBatch()
        var edited: Set<String> = []
        for (name, hash) in readManifest(manifestPath) {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = files.contents(atPath: path) else { continue }
            if sha256(data) == hash {
                try? files.removeItem(atPath: path)
            } else {
                edited.insert(name)
                batch.keptEdited.append(path)
            }
        }
        let writer = MessageWriter()
        let width = max(2, String(mail.count).count)
        var manifest: [(String, String)] = []
        for (index, pair) in mail.enumerated() {
            let number = String(index + 1)
            let stem = String(repeating: "0", count: max(0, width - number.count)) + number + "-" + slug(pair.draft.friend.name)
            let name = edited.contains(stem + ".eml") ? stem + ".new.eml" : stem + ".eml"
            let path = (directory as NSString).appendingPathComponent(name)
            let data = Data(writer.render(pair.message).utf8)
            guard files.createFile(atPath: path + ".part", contents: data, attributes: [.posixPermissions: 0o600]),
                rename(path + ".part", path) == 0
            else {
                throw InputError(description: "\(path): cannot write: \(String(cString: strerror(errno)))")
            }
            manifest.append((name, sha256(data)))
            batch.written.append(path)
        }
        let previous = Set(readManifest(manifestPath).map(\.name))
        batch.removed = previous.subtracting(edited).subtracting(manifest.map(\.0)).sorted()
            .map { (directory as NSString).appendingPathComponent($0) }
        let manifestText = manifest.map { "\($0.1)  \($0.0)\n" }.joined()
        guard files.createFile(atPath: manifestPath, contents: Data(manifestText.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw InputError(description: "\(manifestPath): cannot write")
        }
        return batch
    }

    /// The manifest's lines: SHA-256 in hex, two spaces, the file name (sha256sum's format).
    private static func readManifest(_ path: String) -> [(name: String, hash: String)] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
            guard parts.count == 2, !parts[1].contains("/") else { return nil }
            return (String(parts[1].drop { $0 == " " }), String(parts[0]))
        }
    }

    private static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// "Zoë Müller" → "zoe-muller": a file name any shell and mail client takes.
    static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return words.isEmpty ? "friend" : words.joined(separator: "-")
    }
}
