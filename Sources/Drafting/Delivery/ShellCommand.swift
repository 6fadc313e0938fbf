import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A command of the user's (a mail command, an editor) run through `/bin/sh -c` as a
/// foreground child: in share's own process group, so the terminal's Ctrl-C and its keyboard
/// reach it as they reach share, with every signal at its default action and none blocked.
///
/// Foundation's `Process` would start it in a process group of its own: there Ctrl-C never
/// reaches it (a mail command goes on after share has stopped) and an editor cannot read the
/// terminal. So this spawns it with `posix_spawn`, without `POSIX_SPAWN_SETPGROUP`.
public enum ShellCommand {
    public enum ExitStatus: Sendable, Hashable {
        case exited(Int32)
        case signaled(Int32)

        public var isSuccess: Bool { self == .exited(0) }

        public var description: String {
            switch self {
            case .exited(let code): "exit status \(code)"
            case .signaled(let signal): "killed by signal \(signal)"
            }
        }
    }

    public struct SpawnError: Error, CustomStringConvertible {
        public let description: String
    }

    /// The signals a child gets back at their default action, whatever share does with them
    /// (an ignored SIGPIPE or SIGINT would otherwise be inherited through exec).
    static let signalsReset: [Int32] = [SIGPIPE, SIGINT, SIGTERM, SIGQUIT, SIGHUP, SIGTSTP, SIGCHLD]

    /// Runs `script` with `arguments` as `$1`… on share's own terminal, and waits for it.
    public static func runInForeground(_ script: String, arguments: [String] = []) -> Result<ExitStatus, SpawnError> {
        spawn(script, arguments: arguments).map(waitForExit)
    }

    /// Starts `/bin/sh -c script sh arguments…`; each standard descriptor given is moved into
    /// place, the rest are share's own. `closing` are descriptors the child must not keep
    /// (the other ends of its pipes).
    static func spawn(
        _ script: String, arguments: [String] = [], standardInput: Int32? = nil, standardOutput: Int32? = nil,
        standardError: Int32? = nil, closing: [Int32] = []
    ) -> Result<pid_t, SpawnError> {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor in closing { posix_spawn_file_actions_addclose(&actions, descriptor) }
        // Standard output first: it may be share's standard error, before that is replaced.
        let moves = [(standardOutput, STDOUT_FILENO), (standardInput, STDIN_FILENO), (standardError, STDERR_FILENO)]
        for case let (from?, to) in moves where from != to { posix_spawn_file_actions_adddup2(&actions, from, to) }
        // A pipe can be given descriptor 0, 1 or 2 when share was started with them closed (as
        // by cron): then it is already where it belongs, and closing it would undo the dup2.
        let kept: Set<Int32> = [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO]
        for case let (from?, _) in moves[1...] where !kept.contains(from) { posix_spawn_file_actions_addclose(&actions, from) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        var noneBlocked = sigset_t()
        sigemptyset(&defaults)
        for signal in signalsReset { sigaddset(&defaults, signal) }
        sigemptyset(&noneBlocked)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &noneBlocked)
        // No POSIX_SPAWN_SETPGROUP: the command stays in share's process group.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let words = ["/bin/sh", "-c", script, "sh"] + arguments
        var argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let result = posix_spawn(&pid, "/bin/sh", &actions, &attributes, &argv, environ)
        guard result == 0 else { return .failure(SpawnError(description: String(cString: strerror(result)))) }
        return .success(pid)
    }

    /// Waits for `pid`, through any signal share itself receives meanwhile.
    static func waitForExit(_ pid: pid_t) -> ExitStatus {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            if errno != EINTR { return .exited(127) }
        }
        // The W* macros of <sys/wait.h>, which Swift does not import: the low 7 bits are the
        // signal that ended the child (0 when it exited), the next byte its exit status.
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
    }
}
