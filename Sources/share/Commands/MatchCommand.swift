import ArgumentParser
import Foundation
import Matching

/// The options `match` and `why` share: whose friends, which feeds, what window.
struct MatchInputOptions: ParsableArguments {
    @Option(name: .customLong("friends"), help: ArgumentHelp("The friends file (YAML).", valueName: "file"))
    var friendsPath: String?

    @Option(help: ArgumentHelp("Read the feeds this OPML subscription list names (else the store's entries, kept by share fetch).", valueName: "file"))
    var opml: String?

    @Option(name: .customLong("feed"), help: ArgumentHelp("A feed to read as well (file or URL; repeat).", valueName: "file|url"))
    var feeds: [String] = []

    // Unconditional: "-1d" is read as a value (and refused as one), not taken for an option.
    @Option(parsing: .unconditional, help: ArgumentHelp("Only entries from this far back: 24h, 7d, 2w, 1m, 1y (a number and a unit).", valueName: "window"))
    var since: LookBack = LookBack(argument: "7d")!

    @Flag(help: "Never touch the network: local files and file:// feeds are still read.")
    var offline = false

    @OptionGroup var store: StoreOption
    @OptionGroup var today: TodayOption

    /// Friends, and candidates from the feeds, read as the options say.
    func load() async throws -> (friends: [Friend], candidates: [Candidate]) {
        let file = FriendsFile(option: friendsPath)
        let friends = try file.load()
        guard !friends.isEmpty else {
            throw InputError(description: "no friends in \(file.path): add some with 'share friends add', or give --friends FILE")
        }
        let earliest = try today.now.addingTimeInterval(-since.seconds)
        guard opml != nil || !feeds.isEmpty else {
            // No feeds named: what `share fetch` has kept.
            return (friends, try CandidatePool.candidates(fromStoreAt: store, since: earliest))
        }
        let feeds = try await FeedLoader(offline: offline).load(opml: opml, feeds: self.feeds)
        return (friends, CandidatePool.candidates(from: feeds.loaded, since: earliest))
    }
}

/// `share match`: for each friend, the entries that fit, ranked, with the reasons.
struct MatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Show, per friend, the entries that fit them, ranked, with the reasons.",
        discussion: """
            A friend gets nothing when nothing fits well: no suggestion beats a bad one. An avoid \
            phrase is a veto. At most one entry per feed per friend.

            Examples:
              share match --friends Corpus/friends.yaml --opml Corpus/demo.opml \\
                  --today 2026-11-28
              share match --top 3 --format json          # what share fetch kept
              share match --opml subs.opml --min-score 0 # everything that matched
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var input: MatchInputOptions

    @Option(help: ArgumentHelp("How many entries per friend.", valueName: "n"))
    var top = 1

    @Option(name: .customLong("min-score"), help: ArgumentHelp("The lowest score shown (0 shows every match).", valueName: "score"))
    var minScore: Double?

    @Option(help: "Output: text for people, or json (JSON Lines, one suggestion a line).")
    var format: OutputFormat = .text

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be 1 or more.") }
        if let minScore, minScore < 0 { throw ValidationError("--min-score must be 0 or more.") }
    }

    func run() async throws {
        let (friends, candidates) = try await input.load()
        let options = MatchOptions(now: try input.today.now, perFriend: top, minScore: minScore ?? MatchOptions.defaultMinScore)
        let engine = MatchEngine(friends: friends, candidates: candidates, options: options, wordVectors: WordTable.shared)
        let results = engine.suggestions()
        switch format {
        case .json:
            for result in results {
                for suggestion in result.suggestions { Terminal.output(SuggestionJSON.line(suggestion)) }
            }
        case .text:
            Terminal.output(SuggestionText.report(results, candidateCount: candidates.count))
        }
    }
}
