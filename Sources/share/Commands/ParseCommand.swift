import ArgumentParser
import FeedFetcher
import FeedReader
import Foundation

/// `share parse`: reads feeds and shows what they hold.
struct ParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Read feeds (RSS, Atom, JSON Feed) and show what they hold.",
        discussion: """
            Each input is a file, a file:// or http(s):// URL, or - for standard input. The format \
            is told from the content, never from the name.

            Exit status: 0 when every input was read as a feed (with warnings or not), 1 when any \
            could not be; each failure is one line on stderr naming the input and the reason.

            Examples:
              share parse Corpus/feeds/atom1-jazz-piano-journal.xml
              share parse --format json https://example.org/feed.xml
              curl -s https://example.org/feed | share parse -
              share parse --opml Corpus/demo.opml
              share parse --count Corpus/feeds/*
              share parse --base-url https://example.org/ --content-type text/xml \\
                  saved.xml
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp("Feeds to read: files, URLs, or - for standard input.", valueName: "file|url|-"))
    var inputs: [String] = []

    @Option(help: ArgumentHelp("Also read every feed an OPML subscription list names (relative paths resolve against it).", valueName: "file"))
    var opml: String?

    @Option(help: "Output: text (a summary for people) or json (the contract's shape, one document per input).")
    var format: OutputFormat = .text

    @Flag(help: "Only count: print one line at the end, files=F items=N warnings=W errors=E.")
    var count = false

    @Option(name: .customLong("base-url"), help: ArgumentHelp("The URL a saved file came from: the base for its relative links.", valueName: "url"))
    var baseURL: String?

    @Option(
        name: .customLong("content-type"),
        help: ArgumentHelp("The Content-Type a saved file was served with (its charset counts).", valueName: "type"))
    var contentType: String?

    @Option(help: ArgumentHelp("How many entries the text summary shows per feed.", valueName: "n"))
    var entries = 5

    func validate() throws {
        if inputs.isEmpty, opml == nil { throw ValidationError("Give at least one feed: a file, a URL, or - for standard input.") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("Standard input (-) can be read only once.") }
        if entries < 0 { throw ValidationError("--entries must be 0 or more.") }
    }

    func run() async throws {
        var inputs = inputs
        if let opml {
            do {
                inputs += try SubscriptionFile.read(opml).subscriptions.map(\.feedURL)
            } catch {
                Terminal.problem("\(opml): \(error)")
                throw ExitCode.failure
            }
        }
        let needsNetwork = inputs.contains { if case .web = DocumentInput($0) { true } else { false } }
        let fetcher = needsNetwork ? HTTPFetcher(userAgent: Share.userAgent) : nil
        // The conformance runner passes empty strings for "not given".
        let reader = DocumentReader(
            fetcher: fetcher,
            baseURL: baseURL.flatMap { $0.isEmpty ? nil : $0 },
            contentType: contentType.flatMap { $0.isEmpty ? nil : $0 }
        )
        var tally = (files: 0, items: 0, warnings: 0, errors: 0)
        for argument in inputs {
            let input = DocumentInput(argument)
            tally.files += 1
            do {
                let feed = try await reader.parse(input)
                tally.items += feed.items.count
                tally.warnings += feed.warnings.count
                if count { continue }
                switch format {
                case .json: Terminal.output(feed.contractJSON())
                case .text: Terminal.output(FeedSummary(feed: feed, source: input.description, entryLimit: entries).text)
                }
            } catch {
                tally.errors += 1
                Terminal.problem("\(input): \(error)")
            }
        }
        await fetcher?.shutdown()
        if count {
            Terminal.output("files=\(tally.files) items=\(tally.items) warnings=\(tally.warnings) errors=\(tally.errors)")
        }
        if tally.errors > 0 { throw ExitCode.failure }
    }
}
