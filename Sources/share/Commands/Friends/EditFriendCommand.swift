import ArgumentParser
import Contacts
import Drafting
import Foundation
import Matching

struct EditFriendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Edit a friend in your editor ($VISUAL, else $EDITOR, else vi).",
        discussion: """
            The friend opens as YAML. What you save is checked first: an invalid edit is shown with \
            its error and changes nothing.

            Example:
              EDITOR=nano share friends edit Wendy
            """
    )

    @OptionGroup var friendsFile: FriendsFileOption
    @OptionGroup var which: WhichFriend

    func run() async throws {
        let file = friendsFile.file
        var friends = try file.load()
        let index = try friends.index(matching: which.friend)
        let draft = FileManager.default.temporaryDirectory.appendingPathComponent("share-friend-\(getpid()).yaml")
        try Data(FriendsYAML.write([friends[index]]).utf8).write(to: draft)
        defer { try? FileManager.default.removeItem(at: draft) }
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        // The editor may carry arguments ("code --wait"): let the shell split them. It runs in
        // the foreground, where it can read the terminal.
        switch ShellCommand.runInForeground("\(editor) \"$1\"", arguments: [draft.path]) {
        case .success(let status) where status.isSuccess: break
        case .success(let status): throw InputError(description: "the editor (\(editor)) ended with \(status.description); nothing changed")
        case .failure(let error): throw InputError(description: "could not start the editor (\(editor)): \(error); nothing changed")
        }
        let edited = try String(contentsOf: draft, encoding: .utf8)
        let result: (friends: [Friend], warnings: [ContactsWarning])
        do {
            result = try FriendsYAML.read(edited, source: "the edited friend")
        } catch {
            throw InputError(description: "\(error); nothing changed")
        }
        // In an edit, a warning (an unknown key: a typo) would quietly drop what was typed.
        guard result.warnings.isEmpty else {
            throw InputError(description: result.warnings.map(\.description).joined(separator: "; ") + "; nothing changed")
        }
        guard result.friends.count == 1 else {
            throw InputError(description: "the edit holds \(result.friends.count) friends, not one; nothing changed")
        }
        guard result.friends[0] != friends[index] else {
            Terminal.output("No changes.")
            return
        }
        friends[index] = result.friends[0]
        try file.save(friends)
        Terminal.output("Saved \(result.friends[0].name).")
    }
}
