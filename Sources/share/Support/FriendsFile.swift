import Contacts
import Foundation
import Matching

/// The user's friends, kept in a YAML file a person can read and edit (the store keeps what was
/// sent to them and when they were last in touch).
///
/// Where it is, in order: `--friends FILE`, then `SHARE_FRIENDS`, then
/// `$XDG_DATA_HOME/share/friends.yaml` (`~/.local/share/share/friends.yaml`). The default file
/// not existing yet is an empty list; a file named by `--friends` or `SHARE_FRIENDS` that does
/// not exist is an error (a typo must not read as "no friends"), except to add friends to it. Saving writes a new file beside it and renames it into place,
/// so an interrupted save never leaves half a file.
struct FriendsFile {
    let path: String
    /// Whether the user named the file (`--friends`, `SHARE_FRIENDS`) rather than taking the default.
    let isNamed: Bool

    init(option: String?) {
        if let option, !option.isEmpty {
            path = option
            isNamed = true
        } else if let variable = ProcessInfo.processInfo.environment["SHARE_FRIENDS"], !variable.isEmpty {
            path = variable
            isNamed = true
        } else {
            isNamed = false
            path = UserDirectories.data + "/friends.yaml"
        }
    }

    var exists: Bool { FileManager.default.fileExists(atPath: path) }

    /// The friends in the file; warnings go to stderr, naming the file and line.
    func load() throws -> [Friend] {
        if isNamed && !exists {
            throw InputError(description: "\(path): no such friends file")
        }
        return try loadForAdding()
    }

    /// As ``load()``, but a file that does not exist yet is an empty list wherever it is: for
    /// adding and importing friends into a new file.
    func loadForAdding() throws -> [Friend] {
        guard exists else { return [] }
        // share's own file, where the user never chose a mode: say when others can read it.
        if !isNamed { Terminal.warnIfReadableByOthers(path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(description: "\(path): cannot read the friends file")
        }
        let result = try FriendsYAML.read(String(decoding: data, as: UTF8.self), source: path)
        for warning in result.warnings { Terminal.problem("warning: \(warning)") }
        return result.friends
    }

    func save(_ friends: [Friend]) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        try Data(FriendsYAML.write(friends).utf8).write(to: temporary)
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw InputError(description: "\(path): cannot save: \(reason)")
        }
    }
}

extension [Friend] {
    /// The friend a person means by `query`: a full name or an e-mail address, or a first name
    /// that only one friend has; compared folded, so case and accents do not count ("zoe" is
    /// Zoë). Every command that takes a friend resolves them here.
    func index(matching query: String) throws -> Int {
        let wanted = FriendIdentity.key(ofName: query)
        func folded(_ text: String) -> String { FriendIdentity.key(ofName: text) }
        if let index = firstIndex(where: { folded($0.name) == wanted || $0.emails.contains { folded($0) == wanted } }) {
            return index
        }
        let byFirstName = indices.filter { folded(self[$0].firstName) == wanted }
        if byFirstName.count == 1 { return byFirstName[0] }
        if byFirstName.count > 1 {
            let names = byFirstName.map { self[$0].name }.joined(separator: ", ")
            throw InputError(description: "'\(query)' could be \(names): say which with the full name or the e-mail address")
        }
        throw InputError(description: "no friend called '\(query)' (see 'share friends list')")
    }
}
