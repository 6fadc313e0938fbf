import ArgumentParser
import FeedFetcher
import FeedUpdater
import Foundation

/// The options that shape fetching, shared by `fetch` and the commands that fetch first.
struct FetchOptions: ParsableArguments {
    @Option(help: "Feeds fetched at once.")
    var concurrency: Int = 16

    @Option(name: .customLong("per-host"), help: "Feeds fetched at once from one host.")
    var perHost: Int = 2

    @Option(name: .customLong("connect-timeout"), help: ArgumentHelp("Seconds to wait for a connection.", valueName: "seconds"))
    var connectTimeout: Int = 10

    @Option(help: ArgumentHelp("Seconds one feed may take in all, redirects and body included.", valueName: "seconds"))
    var timeout: Int = 30

    @Option(name: .customLong("max-size"), help: ArgumentHelp("Largest feed accepted, in MB (after decompression).", valueName: "MB"))
    var maxSize: Int = 20

    @Option(help: ArgumentHelp("Days entries are kept.", valueName: "days"))
    var retention: Int = 90

    func validate() throws {
        guard concurrency >= 1 else { throw ValidationError("--concurrency must be at least 1") }
        guard perHost >= 1 else { throw ValidationError("--per-host must be at least 1") }
        guard connectTimeout >= 1, timeout >= 1 else { throw ValidationError("timeouts must be at least 1 second") }
        guard maxSize >= 1 else { throw ValidationError("--max-size must be at least 1 (MB)") }
        guard retention >= 1 else { throw ValidationError("--retention must be at least 1 (day)") }
    }

    /// `readingDay`: the pinned "today" (``TodayOption/pinned``), which moves the window of
    /// entries worth keeping.
    func updateOptions(isOffline: Bool = false, readingDay: Date? = nil) -> UpdateOptions {
        UpdateOptions(
            concurrency: concurrency, perHost: perHost, retentionDays: retention,
            limits: FetchLimits(maxBodyBytes: maxSize * 1_000_000, connectTimeoutSeconds: connectTimeout, totalTimeoutSeconds: timeout),
            isOffline: isOffline, readingDay: readingDay
        )
    }
}
