import Foundation
import Testing

@testable import Drafting

#if canImport(Glibc)
    import Glibc
#endif

/// Ctrl-C during `share send` must never be lost: the run stops before the next message.
/// These signals are raised in the test process itself, so the suite runs them one at a time.
@Suite(.serialized) struct StopRequestTests {
    /// `raise` on a thread that takes the signal runs the handler before it returns. Under the
    /// DispatchSource this replaced, the handler was set later, on libdispatch's own thread, and
    /// a signal in between was dropped: in CI, `share send` went on to the next message after
    /// Ctrl-C.
    @Test func aSignalRightAfterInstallIsNoted() {
        let stop = StopRequest()
        stop.install()
        defer { stop.uninstall() }
        #expect(!stop.isRequested)
        raiseOnAThreadThatTakesIt(SIGTERM)
        #expect(stop.stopSignal == SIGTERM)
        raiseOnAThreadThatTakesIt(SIGINT)
        #expect(stop.stopSignal == SIGTERM, "the first signal is the one kept")
    }

    /// The test's own threads are libdispatch's, which block these signals: a new thread that
    /// unblocks them takes the signal it raises, at once.
    private func raiseOnAThreadThatTakesIt(_ number: Int32) {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            var signals = sigset_t()
            sigemptyset(&signals)
            sigaddset(&signals, number)
            pthread_sigmask(SIG_UNBLOCK, &signals, nil)
            raise(number)
            done.signal()
        }
        thread.start()
        done.wait()
    }

    @Test func uninstallPutsBackWhatWasThere() {
        var before = sigaction()
        sigaction(SIGINT, nil, &before)
        let stop = StopRequest()
        stop.install()
        stop.uninstall()
        var after = sigaction()
        sigaction(SIGINT, nil, &after)
        #expect(
            unsafeBitCast(after.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(before.__sigaction_handler.sa_handler, to: Int.self))

        // A new run starts with no request left from the last.
        stop.install()
        defer { stop.uninstall() }
        #expect(!stop.isRequested)
    }
}
