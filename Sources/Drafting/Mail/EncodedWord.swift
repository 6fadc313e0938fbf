import Foundation

/// RFC 2047 encoded-words, `=?utf-8?B?5bGx55Sw?=`: how non-ASCII text goes into a header.
///
/// The rules:
/// - The charset is always UTF-8.
/// - B (base64) or Q, chosen once for the whole text: whichever is shorter, so more fits on a
///   line; a tie goes to Q, which stays half readable (section 4).
/// - Each encoded-word is at most 75 characters (section 2), and holds whole Unicode scalars:
///   a UTF-8 sequence is never split between two words (section 5: each must decode alone).
/// - Q writes literally only what the place allows (section 5): in a phrase (a display name)
///   letters, digits and `!*+-/`; in unstructured text any printable ASCII but `=`, `?` and `_`.
///   A space is `_`; everything else is `=XX`.
struct EncodedWord {
    enum Context { case text, phrase }
    enum Encoding: String {
        case b = "B"
        case q = "Q"
    }

    static let maximumLength = 75
    /// `=?utf-8?B?` and `?=`.
    static let overhead = 12

    let encoding: Encoding
    let context: Context

    init(for text: String, in context: Context) {
        self.context = context
        let bytes = Array(text.utf8)
        let qLength = bytes.reduce(0) { $0 + Self.qWidth($1, in: context) }
        encoding = qLength <= (bytes.count + 2) / 3 * 4 ? .q : .b
    }

    /// The longest encoded-word of at most `limit` characters made from the start of
    /// `scalars`, and how many scalars it holds; `nil` when not even one fits.
    func word(from scalars: ArraySlice<Unicode.Scalar>, limit: Int) -> (word: String, used: Int)? {
        var bytes: [UInt8] = []
        var qLength = 0
        var used = 0
        for scalar in scalars {
            let scalarBytes = Array(String(scalar).utf8)
            let scalarQLength = scalarBytes.reduce(0) { $0 + Self.qWidth($1, in: context) }
            let length =
                switch encoding {
                case .b: (bytes.count + scalarBytes.count + 2) / 3 * 4
                case .q: qLength + scalarQLength
                }
            guard Self.overhead + length <= limit else { break }
            bytes += scalarBytes
            qLength += scalarQLength
            used += 1
        }
        guard used > 0 else { return nil }
        return ("=?utf-8?\(encoding.rawValue)?\(encoded(bytes))?=", used)
    }

    private func encoded(_ bytes: [UInt8]) -> String {
        switch encoding {
        case .b:
            return Data(bytes).base64EncodedString()
        case .q:
            var text = ""
            for byte in bytes {
                if byte == UInt8(ascii: " ") {
                    text += "_"
                } else if Self.qWidth(byte, in: context) == 1 {
                    text.unicodeScalars.append(Unicode.Scalar(byte))
                } else {
                    text += Hex.escaped(byte, marker: "=")
                }
            }
            return text
        }
    }

    /// How many characters `byte` takes in Q: 1 when written as itself (or `_`), else 3.
    static func qWidth(_ byte: UInt8, in context: Context) -> Int {
        if byte == UInt8(ascii: " ") { return 1 }
        switch context {
        case .phrase:
            let literal =
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || "!*+-/".utf8.contains(byte)
            return literal ? 1 : 3
        case .text:
            return MailSyntax.isVisibleASCII(byte) && !"=?_".utf8.contains(byte) ? 1 : 3
        }
    }
}
