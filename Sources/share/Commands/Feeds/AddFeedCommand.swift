import ArgumentParser
import FeedUpdater
import Foundation
import Store

/// `share feeds add URL`: one feed, or a web page that announces one.
struct AddFeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a feed by its URL, a web page's URL, or a file path.",
        discussion: """
            The feed is fetched at once. A web page's URL is fine: share finds the feed the page \
            announces (<link rel="alternate">) and keeps that. If the first fetch fails, nothing \
            is added.

            Examples:
              share feeds add https://example.org/feed.xml
              share feeds add https://example.org/blog/ --folder Friends
            """
    )

    @Argument(help: ArgumentHelp("The feed's or the page's URL, or a file path.", valueName: "url"))
    var url: String

    @Option(help: ArgumentHelp("A folder to put it in (\"Food / Baking\" for nested ones).", valueName: "name"))
    var folder: String?

    @Option(help: ArgumentHelp("A title of your own (else the feed's).", valueName: "text"))
    var title: String?

    @OptionGroup var fetching: FetchOptions
    @OptionGroup var store: StoreOption
    @OptionGroup var today: TodayOption

    func run() async throws {
        let address = FeedAddress.normalized(url)
        let store = try store.open()
        let folders = folder.map { $0.components(separatedBy: "/").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } } ?? []
        let result = try store.add([NewFeed(url: address, title: title, folders: folders)])
        guard result.existing.isEmpty else {
            Terminal.output("\(address) is already in your feeds")
            return
        }
        guard let feed = try store.feeds(urls: [address]).first else { return }
        let updater = FeedUpdater(store: store, options: fetching.updateOptions(readingDay: try today.pinned), userAgent: Share.userAgent)
        let summary = await updater.update([feed])
        guard let report = summary.reports.first else { return }
        if case .failed(let reason) = report.result {
            try store.remove(feedID: feed.id)
            throw InputError(description: "\(url): \(reason); nothing added")
        }
        let stored = try store.feeds().first { $0.id == feed.id }
        let name = stored?.displayName ?? address
        var line = "Added \(name)"
        if let stored, stored.url != address {
            line += " (\(stored.url), found on \(address))"
        } else if name != address {
            line += " (\(address))"
        }
        if case .updated(let count) = report.result { line += ": \(count) \(count == 1 ? "entry" : "entries")" }
        Terminal.output(line)
    }
}
