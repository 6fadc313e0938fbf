import ArgumentParser
import Drafting
import Foundation
import Matching
import Store

/// What `suggest` and `send` share: where the feeds and friends come from, and how notes are made.
struct DraftOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Read the feeds this OPML file names (else the store's, fetched first).", valueName: "file"))
    var opml: String?

    @Option(name: .customLong("feed"), help: ArgumentHelp("A feed to read as well (file or URL; repeat).", valueName: "file|url"))
    var feeds: [String] = []

    @Option(name: .customLong("friends"), help: ArgumentHelp("The friends file (YAML).", valueName: "file"))
    var friendsPath: String?

    // Unconditional: "-1d" is read as a value (and refused as one), not taken for an option.
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Only entries from this far back: 24h, 7d, 2w, 1m, 1y (a number and a unit).", valueName: "window"))
    var since: LookBack = LookBack(argument: "7d")!

    @Option(name: .customLong("per-friend"), help: ArgumentHelp("Links per friend at most.", valueName: "n"))
    var perFriend = 1

    /// Several links for one friend go into one note unless `--separate` says otherwise: a
    /// friend sent three mails in a minute is a newsletter's reader, not a friend's.
    @Flag var grouping: NoteGrouping = .digest

    var digest: Bool { grouping == .digest }

    @Flag(help: "Never touch the network: the store's entries and local files only.")
    var offline = false

    @Option(help: ArgumentHelp("Who the notes are from, e.g. \"Ann Lee <ann@example.org>\" (else $SHARE_FROM or config.yaml).", valueName: "address"))
    var from: String?

    @OptionGroup var store: StoreOption
    @OptionGroup var fetching: FetchOptions
    @OptionGroup var today: TodayOption

    func validate() throws {
        if perFriend < 1 { throw ValidationError("--per-friend must be 1 or more.") }
    }
}

/// How a friend's links are put into notes (`--per-friend` above 1).
enum NoteGrouping: String, EnumerableFlag {
    case digest
    case separate

    static func help(for value: NoteGrouping) -> ArgumentHelp? {
        switch value {
        case .digest: "One note per friend with all their links (the default)."
        case .separate: "One note per link."
        }
    }
}
