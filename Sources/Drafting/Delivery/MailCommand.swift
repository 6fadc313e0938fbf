import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Delivers one message through the user's own mail command (`sendmail -t -i`, `msmtp -t`).
///
/// Rules:
/// - The command runs through `/bin/sh -c` exactly as the user typed it; the message goes to its
///   standard input and nothing from a feed or a friend ever reaches its arguments (the
///   recipients are in the headers).
/// - It runs as a foreground child would: in share's own process group, so Ctrl-C at the
///   terminal reaches it as it reaches share, with every signal at its default action (an
///   ignored SIGPIPE or SIGINT is not inherited) and no signal blocked.
/// - Success is exit status 0 and nothing else; on failure the command's own error output is
///   the reason. Its standard output goes to share's standard error, never into share's output.
/// - Nothing process-wide is changed: a command that exits before reading the whole message is
///   an EPIPE on this one write (SIGPIPE is held back for this thread alone), not share's end.
public enum MailCommand {
    public enum Outcome: Sendable, Hashable {
        case success
        case failure(Failure)
    }

    /// Why a message did not go, and how its command ended.
    public struct Failure: Sendable, Hashable, CustomStringConvertible {
        public let description: String
        /// How the command ended; nil when it could not be started at all.
        public let status: ShellCommand.ExitStatus?

        /// The command cannot run (the shell's "command not found", exit status 127, or no
        /// shell): every other message would fail the same way.
        public var isCommandUnavailable: Bool { status == nil || status == .exited(127) }

        /// Ctrl-C ended the command: the user asked to stop, as a shell stops a loop whose
        /// command died of SIGINT.
        public var isInterrupted: Bool { status == .signaled(SIGINT) }
    }

    /// How long the error output may stay open after the command exits: a command that leaves a
    /// child behind holding it (a queueing wrapper) must not hold the send up.
    static let errorOutputGrace: DispatchTimeInterval = .seconds(1)

    public static func deliver(_ message: String, via command: String) -> Outcome {
        var input: [Int32] = [-1, -1]
        var errors: [Int32] = [-1, -1]
        guard pipe(&input) == 0 else { return .failure(notStarted(command, String(cString: strerror(errno)))) }
        guard pipe(&errors) == 0 else {
            close(input[0]); close(input[1])
            return .failure(notStarted(command, String(cString: strerror(errno))))
        }
        let pid: pid_t
        // Its standard output goes to share's standard error: never into share's own output.
        switch ShellCommand.spawn(
            command, standardInput: input[0], standardOutput: STDERR_FILENO, standardError: errors[1], closing: [input[1], errors[0]]
        ) {
        case .success(let spawned): pid = spawned
        case .failure(let reason):
            for descriptor in input + errors { close(descriptor) }
            return .failure(notStarted(command, reason.description))
        }
        close(input[0])
        close(errors[1])

        let errorOutput = CollectedOutput()
        let finished = DispatchSemaphore(value: 0)
        let reader = Thread { [readEnd = errors[0]] in
            errorOutput.readAll(from: readEnd)
            close(readEnd)
            finished.signal()
        }
        reader.start()

        writeIgnoringBrokenPipe(Array(message.utf8), to: input[1])
        close(input[1])
        let status = ShellCommand.waitForExit(pid)
        _ = finished.wait(timeout: .now() + errorOutputGrace)

        guard status.isSuccess else { return .failure(failed(command, status, errorOutput.text)) }
        return .success
    }

    private static func notStarted(_ command: String, _ reason: String) -> Failure {
        Failure(description: "could not run '\(command)': \(reason)", status: nil)
    }

    private static func failed(_ command: String, _ status: ShellCommand.ExitStatus, _ errorOutput: String) -> Failure {
        let reason = errorOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        return Failure(description: "'\(command)' failed (\(status.description))\(reason.isEmpty ? "" : ": " + reason)", status: status)
    }

    /// Writes all of `bytes`, stopping quietly when the reader has gone (EPIPE). SIGPIPE is
    /// blocked on this thread for the write and a pending one taken back, so the process's
    /// own handling of SIGPIPE is untouched.
    private static func writeIgnoringBrokenPipe(_ bytes: [UInt8], to descriptor: Int32) {
        var pipeSignal = sigset_t()
        var previous = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
        var written = 0
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let count = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count > 0 {
                    written += count
                } else if count == -1 && errno == EINTR {
                    continue
                } else {
                    break
                }
            }
        }
        var pending = sigset_t()
        sigpending(&pending)
        if sigismember(&pending, SIGPIPE) == 1 {
            var none = timespec(tv_sec: 0, tv_nsec: 0)
            _ = sigtimedwait(&pipeSignal, nil, &none)
        }
        pthread_sigmask(SIG_SETMASK, &previous, nil)
    }
}

/// Bytes a reader thread collects while the caller waits: guarded by a lock.
private final class CollectedOutput: @unchecked Sendable {
    // @unchecked: every access is under `lock`.
    private let lock = NSLock()
    private var collected: [UInt8] = []

    func readAll(from descriptor: Int32) {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                lock.withLock { collected += buffer[0..<count] }
            } else if count == -1 && errno == EINTR {
                continue
            } else {
                return
            }
        }
    }

    var text: String { lock.withLock { String(decoding: collected, as: UTF8.self) } }
}
