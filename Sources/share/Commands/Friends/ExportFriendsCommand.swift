import ArgumentParser
import Contacts
import Foundation
import Matching

struct ExportFriendsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print every friend as YAML (the shape 'import' and --friends read).",
        discussion: "Example:\n  share friends export > friends-backup.yaml"
    )

    @OptionGroup var friendsFile: FriendsFileOption

    func run() async throws {
        FileHandle.standardOutput.write(Data(FriendsYAML.write(try friendsFile.file.load()).utf8))
    }
}
