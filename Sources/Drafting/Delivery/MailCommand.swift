import Foundation

/// Delivers one message through the user's own mail command (`sendmail -t -i`, `msmtp -t`).
///
/// Rules: the command runs through `/bin/sh -c` exactly as the user typed it; the message goes
/// to its standard input and nothing from a feed or a friend ever reaches its arguments (the
/// recipients are in the headers); success is exit status 0 and nothing else; on failure the
/// command's own error output is the reason.
public enum MailCommand {
    public enum Outcome: Sendable, Hashable {
        case success
        case failure(String)
    }

    public static func deliver(_ message: String, via command: String) -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The command is the user's own, as they would type it; the message goes to its stdin,
        // and nothing taken from a feed or a friend ever reaches its arguments.
        process.arguments = ["-c", command]
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.standardError
        process.standardError = errors
        do {
            try process.run()
        } catch {
            return .failure("could not run '\(command)': \(error.localizedDescription)")
        }
        let errorOutput = CollectedOutput()
        let reader = Thread {
            while true {
                let chunk = errors.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                errorOutput.append(chunk)
            }
        }
        reader.start()
        // A command that exits before reading everything must not take share down with SIGPIPE:
        // its exit status tells what happened.
        signal(SIGPIPE, SIG_IGN)
        try? input.fileHandleForWriting.write(contentsOf: Data(message.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        // The error output ends when every process holding it has closed it: a command that
        // leaves a child behind (a queueing wrapper) must not hold the send up, so give it a
        // moment and take what has come.
        for _ in 0..<1000 where !reader.isFinished { usleep(1000) }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let stderr = String(decoding: errorOutput.data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            let status = process.terminationReason == .exit ? "exit status \(process.terminationStatus)" : "killed by signal \(process.terminationStatus)"
            return .failure("'\(command)' failed (\(status))\(stderr.isEmpty ? "" : ": " + stderr)")
        }
        return .success
    }
}

/// Bytes a reader thread collects while the caller waits: guarded by a lock.
private final class CollectedOutput: @unchecked Sendable {
    // @unchecked: every access is under `lock`.
    private let lock = NSLock()
    private var collected = Data()

    func append(_ chunk: Data) {
        lock.withLock { collected.append(chunk) }
    }

    var data: Data { lock.withLock { collected } }
}
