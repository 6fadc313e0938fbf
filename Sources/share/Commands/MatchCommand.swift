import ArgumentParser
import Foundation
import Matching

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
