import Drafting
import Foundation
import Yams

/// Who the notes are from. In order: `--from`, then `SHARE_FROM`, then `from:` in
/// `$XDG_CONFIG_HOME/share/config.yaml` (`~/.config/share/config.yaml`); the city from `city:`
/// there or `SHARE_CITY`. Without a From, drafts leave it out for the mail client to fill.
///
/// config.yaml:
///     from: Ann Lee <ann@example.org>
///     city: Omaha
///     mail: msmtp -t          # the command 'share send' delivers through (mutt's $sendmail)
///
/// A key share does not know is a warning naming the file and the key (a `form:` typo would
/// otherwise quietly mean no From).
enum SenderSettings {
    /// The keys config.yaml may hold.
    static let knownKeys: Set<String> = ["from", "city", "mail"]

    /// The mail command from config.yaml's `mail:`, if it names one.
    static func mailCommand() throws -> String? {
        try configFile()["mail"].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
    }

    static var configDirectory: String { UserDirectories.config }

    static func sender(from option: String?) throws -> Sender {
        let environment = ProcessInfo.processInfo.environment
        let config = try configFile()
        let from = option ?? environment["SHARE_FROM"].flatMap { $0.isEmpty ? nil : $0 } ?? config["from"]
        let city = environment["SHARE_CITY"].flatMap { $0.isEmpty ? nil : $0 } ?? config["city"]
        guard let from else { return Sender(name: nil, address: nil, city: city) }
        let (name, address) = split(from)
        do {
            return Sender(name: name, address: try MailAddress(address, displayName: name), city: city)
        } catch {
            throw InputError(description: "the From address '\(from)': \(error)")
        }
    }

    /// "Ann Lee <ann@example.org>" → ("Ann Lee", "ann@example.org"); a bare address has no name.
    static func split(_ text: String) -> (name: String?, address: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let open = trimmed.lastIndex(of: "<"), trimmed.hasSuffix(">") else { return (nil, trimmed) }
        let name = trimmed[..<open].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        return (name.isEmpty ? nil : name, String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]))
    }

    private static func configFile() throws -> [String: String] {
        let path = configDirectory + "/config.yaml"
        guard let data = FileManager.default.contents(atPath: path) else { return [:] }
        do {
            guard let node = try Yams.load(yaml: String(decoding: data, as: UTF8.self)) as? [String: Any] else { return [:] }
            for key in node.keys.sorted() where !knownKeys.contains(key) {
                let nearest = NearestName.nearest(to: key, in: Array(knownKeys)).map { " (did you mean '\($0):'?)" } ?? ""
                Terminal.problem("warning: \(path): unknown key '\(key)'\(nearest); it is ignored")
            }
            return node.compactMapValues { $0 as? String }
        } catch {
            // Yams's message ends with the offending line and a caret: one line on stderr is enough.
            let lines = String(describing: error).split(separator: "\n").prefix(2).joined(separator: " ")
            throw InputError(description: "\(path): \(lines)")
        }
    }
}
