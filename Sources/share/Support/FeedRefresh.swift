import FeedUpdater
import Store

/// A refresh of stored feeds on behalf of another command (`suggest` before it drafts; the
/// remote feeds `match`, `why` and `suggest` are given): `FeedUpdater`, with the progress line
/// on a terminal. `share fetch` runs its own, since it also reports each feed and stops on Ctrl-C.
enum FeedRefresh {
    static func update(_ feeds: [StoredFeed], in store: FeedStore, options: UpdateOptions) async -> UpdateSummary {
        let progress = FetchProgress(total: feeds.count)
        let updater = FeedUpdater(store: store, options: options, userAgent: Share.userAgent)
        let summary = await updater.update(feeds) { done, total, failed in progress.update(done: done, total: total, failed: failed) }
        progress.finish()
        return summary
    }
}
