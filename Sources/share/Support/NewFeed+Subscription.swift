import ArgumentParser
import FeedReader
import FeedUpdater
import Foundation
import Store

/// A subscription read from an OPML file, as a feed the store keeps.
extension NewFeed {
    init(_ subscription: Subscription) {
        self.init(url: subscription.feedURL, title: subscription.title, siteURL: subscription.siteURL, folders: subscription.folders)
    }
}
