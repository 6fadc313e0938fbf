import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ctrl-C (SIGINT) or SIGTERM during a run of sends, asked for politely: the message in flight
/// finishes (or its command, which got the same Ctrl-C, stops) and is recorded as it ended, and
/// the run stops before the next one. Without this, the signal would end share between the
/// command's success and its record, and the next run would send that message again.
///
/// Rules:
/// - From the moment `install()` returns, no signal is lost: the handler is share's own, set
///   with `sigaction` before `install()` returns, and it only notes the signal's number in an
///   atomic (async-signal-safe). A `DispatchSource` is not used, for two reasons seen in CI: on
///   Linux, libdispatch sets its handler later, on its manager thread, and a signal that
///   arrives before then meets the `SIG_IGN` such a source needs and is dropped; and its event
///   handler runs later still, on another queue, so the send loop could ask before it had run.
///   Either way the run went on to the next message.
/// - The first signal is the one kept. `SA_RESTART` is set, so a wait for the mail command goes
///   on through the signal: the command got the same Ctrl-C, or (SIGTERM to share alone) its
///   message is let finish.
/// - While installed, share itself does not die of these two signals; `uninstall()` puts back
///   what was there before. Children get the default action whatever share does
///   (``ShellCommand``), and exec resets a handled signal anyway.
public final class StopRequest: Sendable {
    private let signals: [Int32] = [SIGINT, SIGTERM]
    private let previous = Mutex<[Int32: sigaction]>([:])

    public init() {}

    /// Starts listening: from its return, SIGINT and SIGTERM are noted, not fatal.
    public func install() {
        receivedStopSignal.store(0, ordering: .sequentiallyConsistent)
        for number in signals {
            var action = sigaction()
            #if canImport(Glibc)
                action.__sigaction_handler.sa_handler = noteStopSignal
            #else
                action.__sigaction_u.__sa_handler = noteStopSignal
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            var old = sigaction()
            sigaction(number, &action, &old)
            previous.withLock { $0[number] = old }
        }
    }

    /// Stops listening: the signals do what they did before `install()`.
    public func uninstall() {
        let saved = previous.withLock { saved in
            defer { saved.removeAll() }
            return saved
        }
        for (number, action) in saved {
            var action = action
            sigaction(number, &action, nil)
        }
    }

    /// The signal that asked share to stop, if one did.
    public var stopSignal: Int32? {
        let number = receivedStopSignal.load(ordering: .sequentiallyConsistent)
        return number == 0 ? nil : number
    }

    public var isRequested: Bool { stopSignal != nil }
}

/// The first stop signal since `install()`, or 0. Signals are the process's, so this is too.
private let receivedStopSignal = Atomic<Int32>(0)

/// The signal handler: one lock-free atomic operation, which is safe inside a handler.
private func noteStopSignal(_ number: Int32) {
    _ = receivedStopSignal.compareExchange(expected: 0, desired: number, ordering: .sequentiallyConsistent)
}
