import ArgumentParser
import FeedUpdater
import Foundation
import Matching

/// The options `match` and `why` share: whose friends, which feeds, what window.
struct MatchInputOptions: ParsableArguments {
    @Option(name: .customLong("friends"), help: ArgumentHelp("The friends file (YAML).", valueName: "file"))
    var friendsPath: String?

    @Option(
        help: ArgumentHelp("Read the feeds this OPML subscription list names (else the store's entries, kept by share fetch).", valueName: "file"))
    var opml: String?

    @Option(name: .customLong("feed"), help: ArgumentHelp("A feed to read as well (file or URL; repeat).", valueName: "file|url"))
    var feeds: [String] = []

    // Unconditional: "-1d" is read as a value (and refused as one), not taken for an option.
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Only entries from this far back: 24h, 7d, 2w, 1m, 1y (a number and a unit).", valueName: "window"))
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
            // No feeds named: what `share fetch` has kept, and what friends posted on their own
            // feeds, learned from as `suggest` does.
            let opened = try CandidatePool.storeWithFeeds(at: store)
            let candidates = try CandidatePool.candidates(from: opened, since: earliest)
            let posts = FriendFeeds.postsByFriend(try CandidatePool.friendsPosts(in: opened))
            return (try LearnedInterests.adding(to: friends, posts: posts, store: opened), candidates)
        }
        let loader = FeedLoader(store: store, updateOptions: UpdateOptions(isOffline: offline, readingDay: try today.pinned))
        let read = try await loader.load(opml: opml, feeds: self.feeds)
        return (friends, try loader.candidates(of: read, since: earliest))
    }
}
