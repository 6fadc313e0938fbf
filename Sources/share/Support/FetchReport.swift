import FeedUpdater

/// The end of a fetch, always: one summary line on stdout, then each failure's URL and reason
/// on stderr, where a cron job's mail and a person's eye look for problems.
enum FetchReport {
    static func print(_ summary: UpdateSummary, verbose: Bool) {
        let total = summary.reports.count
        var line =
            "\(total) \(total == 1 ? "feed" : "feeds"): \(summary.updated) updated, \(summary.notModified) not modified, \(summary.failed.count) failed"
        if summary.skipped > 0 { line += ", \(summary.skipped) skipped" }
        line += "; \(summary.newEntries) new \(summary.newEntries == 1 ? "entry" : "entries")"
        Terminal.output(line)
        for report in summary.reports.sorted(by: { $0.url < $1.url }) {
            switch report.result {
            case .failed(let reason):
                Terminal.problem("failed: \(report.url): \(reason)")
            case .skipped(let reason) where verbose:
                Terminal.output("  skipped: \(report.url): \(reason)")
            case .updated(let count) where verbose:
                Terminal.output("  updated: \(report.url): \(count) new")
            case .notModified where verbose:
                Terminal.output("  not modified: \(report.url)")
            default:
                break
            }
            if verbose {
                for warning in report.warnings { Terminal.problem("\(report.url): warning: \(warning)") }
            }
        }
    }
}
