import ArgumentParser

/// `share friends`: the people you write to, and what they care about.
struct FriendsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "friends",
        abstract: "Keep your friends and what each cares about.",
        discussion: """
            Friends are kept in a YAML file: --friends FILE, else $SHARE_FRIENDS, else \
            $XDG_DATA_HOME/share/friends.yaml.

            Examples:
              share friends add "Wendy Park" --email wendy@example.org \\
                  --interest sourdough --interest "trail running" \\
                  --interest "jazz piano=2" --avoid politics --city Omaha --every 1m
              share friends import contacts.vcf
              share friends list
              share friends learn Ana --accept
            """,
        subcommands: [
            AddFriendCommand.self, ListFriendsCommand.self, ShowFriendCommand.self, EditFriendCommand.self,
            RemoveFriendCommand.self, ImportFriendsCommand.self, ExportFriendsCommand.self, LearnFriendCommand.self,
            ForgetFriendCommand.self,
        ]
    )
}

/// The option every friends command takes.
struct FriendsFileOption: ParsableArguments {
    @Option(name: .customLong("friends"), help: ArgumentHelp("The friends file (YAML).", valueName: "file"))
    var path: String?

    var file: FriendsFile { FriendsFile(option: path) }
}

/// The friend a command is about: show, edit and remove.
struct WhichFriend: ParsableArguments {
    @Argument(help: "A name, a first name or an e-mail address.")
    var friend: String
}
