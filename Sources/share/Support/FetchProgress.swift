import Foundation

/// The live line on stderr while feeds are fetched: only on a terminal, redrawn in place, at
/// most ten times a second; erased when done so the summary starts on a clean line.
final class FetchProgress: @unchecked Sendable {
    // @unchecked: every use is under `lock`.
    private let lock = NSLock()
    private let isShown: Bool
    private var lastDrawn = Date.distantPast
    private var isDrawn = false
    private var counts = (done: 0, total: 0)

    /// `total`: how many feeds the run will fetch, known before the first is done (a Ctrl-C
    /// then says "0 of 6", not "0 of 0").
    init(total: Int, isShown: Bool = Terminal.standardErrorIsTerminal) {
        self.isShown = isShown
        counts = (0, total)
    }

    func update(done: Int, total: Int, failed: Int) {
        lock.withLock { counts = (done, total) }
        guard isShown else { return }
        lock.withLock {
            let now = Date()
            guard done == total || now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
            lastDrawn = now
            isDrawn = true
            let failures = failed == 0 ? "" : ", \(failed) failed"
            FileHandle.standardError.write(Data("\r\u{1B}[Kfetching feeds: \(done) of \(total)\(failures)".utf8))
        }
    }

    /// Ctrl-C: ends the line and says what was kept. Each feed's result is one transaction, so
    /// every feed is as it was before or after its fetch.
    func interrupted() {
        lock.withLock {
            if isShown && isDrawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            isDrawn = false
            let message = "share: stopped: \(counts.done) of \(counts.total) feeds fetched and kept; the others are as they were\n"
            FileHandle.standardError.write(Data(message.utf8))
        }
    }

    func finish() {
        guard isShown else { return }
        lock.withLock {
            if isDrawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            isDrawn = false
        }
    }
}
