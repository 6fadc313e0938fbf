import Foundation

/// Where output goes: results for people on stdout; progress, warnings and errors on stderr.
enum Terminal {
    static func output(_ text: String, terminator: String = "\n") {
        // The throwing write: after `send` ignores SIGPIPE, a closed pipe (`| head -1`) must be an
        // error to pass over, not a crash.
        try? FileHandle.standardOutput.write(contentsOf: Data((text + terminator).utf8))
    }

    static func error(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data((text + "\n").utf8))
    }

    /// "share: <what>": one line on stderr, named so it reads well in a pipeline.
    static func problem(_ text: String) {
        error("share: " + text)
    }

    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// A warning when the file at `path` is readable by other users (a file made before share
    /// kept its data private, or copied in with a loose mode): it is left as it is.
    static func warnIfReadableByOthers(_ path: String) {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & 0o044 != 0 else { return }
        let mode = String(status.st_mode & 0o777, radix: 8)
        problem("warning: \(path) can be read by other users (mode \(mode)); 'chmod 600 \(path)' keeps it yours")
    }
}
