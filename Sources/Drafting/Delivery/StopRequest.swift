import Dispatch
import Foundation

/// Ctrl-C (SIGINT) or SIGTERM during a run of sends, asked for politely: the message in flight
/// finishes (or its command, which got the same Ctrl-C, stops) and is recorded as it ended, and
/// the run stops before the next one. Without this, the signal would end share between the
/// command's success and its record, and the next run would send that message again.
///
/// While installed, share itself does not die of these two signals; `uninstall()` gives them
/// back their default action. Children get the default action whatever share does
/// (``MailCommand``).
public final class StopRequest: @unchecked Sendable {
    // @unchecked: `requested` is read and written under `lock`; the sources are set once.
    private let lock = NSLock()
    private var requested: Int32?
    private var sources: [DispatchSourceSignal] = []
    private let signals: [Int32] = [SIGINT, SIGTERM]

    public init() {}

    /// Starts listening. Signals arrive on a queue of their own, never in the middle of a write.
    public func install() {
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.record(number) }
            source.resume()
            sources.append(source)
        }
    }

    /// Stops listening: the signals end share again.
    public func uninstall() {
        for source in sources { source.cancel() }
        sources.removeAll()
        for number in signals { signal(number, SIG_DFL) }
    }

    /// The signal that asked share to stop, if one did.
    public var stopSignal: Int32? { lock.withLock { requested } }

    public var isRequested: Bool { stopSignal != nil }

    private func record(_ number: Int32) {
        lock.withLock { if requested == nil { requested = number } }
    }
}
