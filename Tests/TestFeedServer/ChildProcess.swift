import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A program the tests run (`share`, python3, tmux, msmtp's sink): started with `posix_spawn`,
/// its output collected, reaped with `waitpid` on its own pid, and never waited for longer than
/// a deadline.
///
/// Why not Foundation's `Process`: on Linux its `waitUntilExit()` spins the run loop until a
/// SIGCHLD handler marks the child ended. When that is missed, the wait never ends: in CI a
/// `tmux new-session -d` client that exits at once stayed a zombie while the test spun at 100%
/// CPU, holding one of the two threads Swift Testing runs tests on, until CI's time ran out.
/// `waitpid` on the child's pid cannot miss its end, and a deadline turns any hang into a
/// failure that names the command.
///
/// Rules:
/// - Standard input is the given bytes, else /dev/null (a test never waits on a terminal).
/// - Standard output and error are each captured, discarded, or this process's own.
/// - With `ownProcessGroup` (the default) the child leads a process group, as a shell's job
///   does: a timeout kills the whole group, so no grandchild outlives its test.
public final class ChildProcess: @unchecked Sendable {
    // @unchecked: `pid` and the descriptors are set once in init; everything the reader thread
    // and the waiter share is behind `lock`.

    public enum Output: Sendable {
        case capture
        case discard
        case inherit
    }

    public struct Result: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
        /// True when the child ended by a signal (`status` is then that signal).
        public let wasSignaled: Bool
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public let pid: pid_t
    public let command: String
    private let lock = NSLock()
    private var collected: [Int32: Data] = [:]
    private var readersDone = false
    private var exitStatus: Int32?
    private let readers = DispatchGroup()

    public init(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil, directory: String? = nil,
        input: Data? = nil, stdout: Output = .capture, stderr: Output = .capture, ownProcessGroup: Bool = true
    ) throws {
        command = ([executable] + arguments).joined(separator: " ")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }

        // Held from the first pipe until the child has its ends: another test's child, spawned
        // meanwhile, must not inherit them (it would hold this child's output open). Glibc's
        // pipe2(O_CLOEXEC) is not imported into Swift, so pipe() and fcntl() under this lock.
        Self.spawning.lock()
        var isSpawning = true
        defer { if isSpawning { Self.spawning.unlock() } }
        var parentEnds: [(descriptor: Int32, stream: Int32)] = []
        var childEnds: [Int32] = []
        func pipeFor(_ stream: Int32, _ output: Output) throws {
            switch output {
            case .inherit: return
            case .discard: posix_spawn_file_actions_addopen(&actions, stream, "/dev/null", O_WRONLY, 0)
            case .capture:
                var ends: [Int32] = [0, 0]
                guard Self.makePipe(&ends) else { throw Failure(description: "pipe: \(String(cString: strerror(errno)))") }
                posix_spawn_file_actions_adddup2(&actions, ends[1], stream)
                parentEnds.append((ends[0], stream))
                childEnds.append(ends[1])
            }
        }
        try pipeFor(STDOUT_FILENO, stdout)
        try pipeFor(STDERR_FILENO, stderr)
        var inputEnds: [Int32] = [-1, -1]
        if input != nil {
            guard Self.makePipe(&inputEnds) else { throw Failure(description: "pipe: \(String(cString: strerror(errno)))") }
            posix_spawn_file_actions_adddup2(&actions, inputEnds[0], STDIN_FILENO)
        } else {
            posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        }
        if let directory {
            guard let addChdir = Self.addChdir else { throw Failure(description: "posix_spawn_file_actions_addchdir_np is missing") }
            _ = addChdir(&actions, directory)
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Default dispositions and an empty mask: the test runner's own signal handling is not
        // the child's (an inherited ignored SIGPIPE or SIGINT would change what is tested).
        var defaults = sigset_t()
        var noneBlocked = sigset_t()
        sigfillset(&defaults)
        sigdelset(&defaults, SIGKILL)
        sigdelset(&defaults, SIGSTOP)
        sigemptyset(&noneBlocked)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &noneBlocked)
        var flags = POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK
        if ownProcessGroup {
            flags |= POSIX_SPAWN_SETPGROUP
            posix_spawnattr_setpgroup(&attributes, 0)
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))

        let words = [executable] + arguments
        var argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let variables = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var envp: [UnsafeMutablePointer<CChar>?] = variables.map { strdup($0) } + [nil]
        defer { for pointer in envp { free(pointer) } }

        var child = pid_t()
        // posix_spawnp: "python3" and "tmux" are looked up on the PATH, as a shell would.
        let result = posix_spawnp(&child, executable, &actions, &attributes, &argv, &envp)
        for descriptor in childEnds { close(descriptor) }
        if inputEnds[0] >= 0 { close(inputEnds[0]) }
        Self.spawning.unlock()
        isSpawning = false
        guard result == 0 else {
            for (descriptor, _) in parentEnds { close(descriptor) }
            if inputEnds[1] >= 0 { close(inputEnds[1]) }
            throw Failure(description: "cannot start \(executable): \(String(cString: strerror(result)))")
        }
        pid = child

        if let input {
            let writer = inputEnds[1]
            // On a thread of its own: a child that does not read its input must not block the test.
            DispatchQueue.global().async {
                input.withUnsafeBytes { buffer in
                    var offset = 0
                    while offset < buffer.count {
                        let written = write(writer, buffer.baseAddress! + offset, buffer.count - offset)
                        if written < 0 { if errno == EINTR { continue } else { break } }
                        offset += written
                    }
                }
                close(writer)
            }
        }
        for (descriptor, stream) in parentEnds {
            readers.enter()
            DispatchQueue.global().async { [self] in
                var chunk = [UInt8](repeating: 0, count: 65_536)
                while true {
                    let count = read(descriptor, &chunk, chunk.count)
                    if count < 0 && errno == EINTR { continue }
                    if count <= 0 { break }
                    lock.withLock { collected[stream, default: Data()].append(contentsOf: chunk[0..<count]) }
                }
                close(descriptor)
                readers.leave()
            }
        }
    }

    private static let spawning = NSLock()

    /// Glibc has it since 2.29; Swift's Glibc module does not import the _np functions.
    private static let addChdir: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addchdir_np") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32).self)
    }()

    /// What the child has written to `stream` so far (for a server's first line).
    public func output(_ stream: Int32 = STDOUT_FILENO) -> Data {
        lock.withLock { collected[stream] ?? Data() }
    }

    /// Whether the child is still running; reaps it when it has ended.
    public var isRunning: Bool { reap(blocking: false) == nil }

    /// Sends `signal` to the child alone.
    public func signal(_ signal: Int32) {
        if lock.withLock({ exitStatus }) == nil { kill(pid, signal) }
    }

    /// Waits until the child has ended and its output is closed, at most `timeout`. Past the
    /// deadline the child's process group is killed and `Failure` thrown, naming the command.
    @discardableResult
    public func wait(timeout: Duration = .seconds(120)) throws -> Result {
        let deadline = ContinuousClock.now + timeout
        var status = reap(blocking: false)
        while status == nil && ContinuousClock.now < deadline {
            usleep(10_000)
            status = reap(blocking: false)
        }
        guard let status else {
            kill(-pid, SIGKILL)
            kill(pid, SIGKILL)
            _ = reap(blocking: true)
            throw Failure(description: "\(command) did not end within \(timeout); killed")
        }
        // A grandchild that keeps the output open (a daemon) must not hold the test either.
        let remaining = max(1, Int((deadline - ContinuousClock.now).components.seconds))
        let outputClosed = readers.wait(timeout: .now() + .seconds(remaining)) == .success
        guard outputClosed else {
            kill(-pid, SIGKILL)
            throw Failure(description: "\(command) ended, but something it started kept its output open past \(timeout)")
        }
        // The W* macros of <sys/wait.h>, which Swift does not import: the low 7 bits are the
        // signal that ended the child (0 when it exited), the next byte its exit status.
        let signal = status & 0x7f
        return Result(
            status: signal == 0 ? (status >> 8) & 0xff : signal,
            stdout: String(decoding: output(STDOUT_FILENO), as: UTF8.self),
            stderr: String(decoding: output(STDERR_FILENO), as: UTF8.self),
            wasSignaled: signal != 0
        )
    }

    /// `wait(timeout:)` on a thread of its own: a long run (the conformance suite) must not hold
    /// one of the few threads Swift Testing runs every test on, or the tests that race a timer
    /// (a feed's 30 s deadline) would lose to a clock that ran while they could not.
    public func waitWithoutBlocking(timeout: Duration = .seconds(120)) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Swift.Result { try self.wait(timeout: timeout) }) }
        }
    }

    /// SIGTERM, and SIGKILL to its process group after `grace`; then reaps it.
    public func stop(grace: Duration = .seconds(1)) {
        signal(SIGTERM)
        let deadline = ContinuousClock.now + grace
        while reap(blocking: false) == nil && ContinuousClock.now < deadline { usleep(10_000) }
        if reap(blocking: false) == nil {
            kill(-pid, SIGKILL)
            kill(pid, SIGKILL)
            _ = reap(blocking: true)
        }
    }

    private static func makePipe(_ ends: inout [Int32]) -> Bool {
        guard pipe(&ends) == 0 else { return false }
        for descriptor in ends { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        return true
    }

    /// The raw wait status once the child has ended, else nil. Reaped once; remembered after.
    private func reap(blocking: Bool) -> Int32? {
        lock.lock()
        defer { lock.unlock() }
        if let exitStatus { return exitStatus }
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, blocking ? 0 : WNOHANG)
            if result == pid {
                exitStatus = status
                return status
            }
            if result == -1 && errno == EINTR { continue }
            // ECHILD: someone else reaped it; it has ended, with an unknown status.
            if result == -1 { exitStatus = 0x7f00; return exitStatus }
            return nil
        }
    }
}
