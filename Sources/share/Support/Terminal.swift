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
}
