import ArgumentParser
import Foundation
import Matching

/// `share why FRIEND LINK`: why an entry was, or was not, suggested to a friend.
struct WhyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "why",
        abstract: "Explain why an entry was or was not suggested to a friend.",
        discussion: """
            The answer is the reasons for a match, or why not: no interest matched, vetoed by an \
            avoid phrase (which, and where), below the threshold, already sent, or another entry \
            ranked above it.

            Example:
              share why Wendy \\
                  https://bakers-almanac.example/2026/11/27/starter-sulks-in-november/ \\
                  --friends Corpus/friends.yaml --opml Corpus/demo.opml --today 2026-11-28
            """
    )

    @Argument(help: "A friend's name, first name or e-mail address.") var friend: String
    @Argument(help: "The entry's link.") var link: String
    @OptionGroup var input: MatchInputOptions

    @Option(name: .customLong("min-score"), help: ArgumentHelp("The threshold to judge by.", valueName: "score"))
    var minScore: Double?

    func run() async throws {
        let (friends, candidates) = try await input.load()
        let index = try friends.index(matching: friend)
        let options = MatchOptions(now: try input.today.now, minScore: minScore ?? MatchOptions.defaultMinScore)
        let engine = MatchEngine(friends: friends, candidates: candidates, options: options, wordVectors: WordTable.shared)
        let explanation = engine.explain(friend: friends[index], candidateLink: link)
        Terminal.output(explanation.description)
    }
}
