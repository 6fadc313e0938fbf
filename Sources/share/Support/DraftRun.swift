import Drafting
import FeedUpdater
import Foundation
import Matching
import Store

/// One run from feeds to notes: friends and history, then entries (the named feeds read
/// directly, or the store's, fetched first unless offline), then matches, then notes, the most
/// urgent friends first (overdue, then birthdays).
struct DraftRun {
    let options: DraftOptions
    let now: Date

    struct Result {
        let drafts: [Draft]
        let sender: Sender
    }

    func run() async throws -> Result {
        let sender = try SenderSettings.sender(from: options.from)
        let templates = try NoteTemplates.load(overridesIn: SenderSettings.configDirectory + "/templates")
        let friendsFile = FriendsFile(option: options.friendsPath)
        var friends = try friendsFile.load()
        guard !friends.isEmpty else {
            throw InputError(description: "no friends in \(friendsFile.path): add some with 'share friends add', or give --friends FILE")
        }
        let storePath = options.store.resolvedPath
        let store = FileManager.default.fileExists(atPath: storePath) ? try options.store.open() : nil
        let earliest = now.addingTimeInterval(-options.since.seconds)
        let candidates: [Candidate]
        if options.opml != nil || !options.feeds.isEmpty {
            let updateOptions = options.fetching.updateOptions(isOffline: options.offline, readingDay: try options.today.pinned)
            let loader = FeedLoader(store: options.store, updateOptions: updateOptions)
            let read = try await loader.load(opml: options.opml, feeds: options.feeds)
            candidates = try loader.candidates(of: read, since: earliest)
        } else {
            guard let store else { throw CandidatePool.noFeedsToRead(inStoreAt: nil) }
            try FriendFeeds.keep(friends, in: store)
            let feeds = try store.feeds()
            guard !feeds.isEmpty else { throw CandidatePool.noFeedsToRead(inStoreAt: storePath) }
            if !options.offline { await refresh(feeds, in: store, readingDay: try options.today.pinned) }
            candidates = try CandidatePool.candidates(from: store, since: earliest)
        }
        // What friends posted on their own feeds: news to reply to, and what they care about.
        let postsByFriend = FriendFeeds.postsByFriend(try store.map(CandidatePool.friendsPosts) ?? [])
        if let store { friends = try LearnedInterests.adding(to: friends, posts: postsByFriend, store: store) }
        let history = try store?.history() ?? []
        let contacts = try store?.lastContacts() ?? [:]
        // Links the user skipped for a friend ("not for them") count as sent: never again.
        let skipped = try store?.skippedLinks() ?? [:]
        let snoozed = try store?.snoozes() ?? [:]
        let matchOptions = MatchOptions(
            now: now, perFriend: options.perFriend,
            alreadySent: Set(history.map { SentKey(friendID: $0.friendKey, link: $0.link) })
                .union(skipped.flatMap { friend, links in links.map { SentKey(friendID: friend, link: $0) } })
        )
        let results = MatchEngine(friends: friends, candidates: candidates, options: matchOptions, wordVectors: WordTable.shared).suggestions()
        let suggestionsByFriend = Dictionary(results.map { ($0.friend.id, $0.suggestions) }, uniquingKeysWith: { first, _ in first })
        // A snoozed friend gets nothing until the snooze ends.
        let awake = friends.filter { friend in snoozed[friend.id].map { $0 <= now } ?? true }
        let ordered = Outreach.callList(awake, lastContacts: contacts, now: now)
        let composer = NoteComposer(templates: templates, sender: sender)
        var answeredByFriend: [String: Set<String>] = [:]
        for key in matchOptions.alreadySent { answeredByFriend[key.friendID, default: []].insert(key.link) }
        let drafts = ordered.flatMap { outreach in
            let friend = outreach.friend
            let news = PostNews.toAnswer(postsByFriend[friend.id] ?? [], answered: answeredByFriend[friend.id] ?? [], now: now)
            if let news, news.kind == .hardNews {
                Terminal.problem(
                    "\(friend.name) posted “\(news.post.title.isEmpty ? news.post.summary.prefix(80) : news.post.title.prefix(80))”: "
                        + "that may be hard news, so share drafts no reply; write to them yourself")
            }
            return composer.drafts(for: outreach, suggestions: suggestionsByFriend[friend.id] ?? [], digest: options.digest, news: news)
        }
        return Result(drafts: drafts, sender: sender)
    }

    private func refresh(_ feeds: [StoredFeed], in store: FeedStore, readingDay: Date?) async {
        let summary = await FeedRefresh.update(feeds, in: store, options: options.fetching.updateOptions(readingDay: readingDay))
        if !summary.failed.isEmpty {
            Terminal.problem("\(summary.failed.count) of \(summary.reports.count) feeds could not be fetched (see: share fetch)")
        }
    }
}
