import ArgumentParser
import Drafting
import FeedReader
import FeedUpdater
import Foundation
import Store

/// `share fetch`: bring every stored feed (or an OPML file's) up to date in the store.
struct FetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch your feeds and keep their new entries.",
        discussion: """
            Fetches every feed in the store, and your friends' own feeds (the friends file's \
            'feeds:'), politely: a feed that has not changed costs the \
            server a 304. With --opml, fetches that file's feeds (adding them to the store, so \
            the next run can ask "only if changed"). Dead feeds (410 Gone) are skipped; a feed \
            that keeps failing is tried less often.

            Exit status: 0 when the run completed, even if some feeds failed (they are listed on \
            stderr); 1 when every feed tried failed, or nothing could be done (the store or the \
            OPML file unusable).

            Examples:
              share fetch
              share fetch --opml subscriptions.opml --concurrency 8
            """
    )

    @Option(help: ArgumentHelp("Fetch the feeds of this OPML file.", valueName: "file"))
    var opml: String?

    @OptionGroup var fetching: FetchOptions
    @OptionGroup var store: StoreOption
    @OptionGroup var friendsFile: FriendsFileOption
    @OptionGroup var today: TodayOption

    @Flag(help: "List every feed's result, not only the failures.")
    var verbose = false

    func run() async throws {
        let store = try store.open()
        let feeds: [StoredFeed]
        if let opml {
            let list: SubscriptionList
            do {
                list = try SubscriptionFile.read(opml)
            } catch {
                throw InputError(description: "\(opml): \(error)")
            }
            let urls = list.subscriptions.map(\.feedURL)
            try store.add(list.subscriptions.map(NewFeed.init))
            feeds = try store.feeds(urls: urls)
        } else {
            if let friends = FriendFeeds.friendsForFetch(friendsFile.file) { try FriendFeeds.keep(friends, in: store) }
            feeds = try store.feeds()
        }
        guard !feeds.isEmpty else {
            Terminal.problem(
                "no feeds to fetch; add some first: share feeds import subscriptions.opml, or share feeds add URL (or a friend's own with share friends add NAME --feed URL)"
            )
            return
        }
        let progress = FetchProgress(total: feeds.count)
        // Ctrl-C or SIGTERM: say what was kept, on a line of its own, then stop. What is kept is
        // whole (each feed is one transaction). `StopRequest` notes the signal from the moment
        // it is installed; a dispatch source could miss one that came early (see StopRequest).
        let stop = StopRequest()
        stop.install()
        defer { stop.uninstall() }
        let watcher = Task {
            while !stop.isRequested {
                try await Task.sleep(for: .milliseconds(50))
            }
            progress.interrupted()
            Foundation.exit(1)
        }
        defer { watcher.cancel() }
        let updater = FeedUpdater(store: store, options: fetching.updateOptions(readingDay: try today.pinned), userAgent: Share.userAgent)
        let summary = await updater.update(feeds) { done, total, failed in
            progress.update(done: done, total: total, failed: failed)
        }
        progress.finish()
        FetchReport.print(summary, verbose: verbose)
        // Nothing could be fetched: a cron job must be able to tell from the exit status.
        if !summary.failed.isEmpty && summary.updated == 0 && summary.notModified == 0 {
            Terminal.problem("no feed could be fetched")
            throw ExitCode.failure
        }
    }
}
