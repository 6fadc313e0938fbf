import Foundation

/// One key at a time from the terminal, without waiting for Return: the terminal is put in
/// non-canonical mode, without echo, for the one read, and put back as it was.
enum KeyPress {
    /// Whether share talks to a person: its standard input and output are both a terminal.
    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    /// The next key, lower-cased; nil at the end of input (Ctrl-D, a closed terminal).
    static func next() -> Character? {
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return readByte() }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        // VMIN 1, VTIME 0: a read returns as soon as one byte is there.
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        defer { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
        return readByte()
    }

    private static func readByte() -> Character? {
        var byte: UInt8 = 0
        while true {
            let count = read(STDIN_FILENO, &byte, 1)
            if count == 1 { break }
            if count == -1 && errno == EINTR { continue }
            return nil
        }
        // Ctrl-D (EOT) in non-canonical mode arrives as a byte: it ends the input too.
        if byte == 4 { return nil }
        return Character(UnicodeScalar(byte)).lowercased().first
    }
}
