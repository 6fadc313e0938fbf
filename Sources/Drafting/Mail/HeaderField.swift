/// One header field as it is written, `Name: value`, built from tokens and folded
/// (RFC 5322 2.2.3) so that no line is longer than 78 characters (2.1.1), or 76 when the line
/// holds an encoded-word (RFC 2047 2).
///
/// One space goes before each token, and a fold only ever puts a line break before such a
/// space, so unfolding gives back exactly the value. A token is never split, and the first one
/// stays on the name's line; only a token longer than a line by itself (a very long address)
/// makes a longer line, still far below the 998 characters RFC 5322 allows.
struct HeaderField {
    static let lineLimit = 78
    static let encodedLineLimit = 76

    private(set) var lines: [String]
    private let nameLength: Int
    private var lastLineHasEncodedWord = false

    init(name: String) {
        lines = [name + ":"]
        nameLength = name.utf8.count
    }

    private var hasTokens: Bool { lines.count > 1 || lines[0].utf8.count > nameLength + 1 }

    /// Characters left on the current line for a token after its space.
    private func room(encoded: Bool) -> Int {
        let limit = encoded || lastLineHasEncodedWord ? Self.encodedLineLimit : Self.lineLimit
        return limit - lines[lines.count - 1].utf8.count - 1
    }

    mutating func append(_ token: String, encoded: Bool = false) {
        if token.utf8.count <= room(encoded: encoded) || !hasTokens {
            lines[lines.count - 1] += " " + token
            lastLineHasEncodedWord = lastLineHasEncodedWord || encoded
        } else {
            lines.append(" " + token)
            lastLineHasEncodedWord = encoded
        }
    }

    /// `text` as encoded-words, each filling what is left of its line (at most 75 characters).
    mutating func appendEncoded(_ text: String, context: EncodedWord.Context) {
        let encoder = EncodedWord(for: text, in: context)
        var scalars = Array(text.unicodeScalars)[...]
        while !scalars.isEmpty {
            // Fill this line if even one character fits; otherwise the word starts the next line.
            guard
                let (word, used) = encoder.word(from: scalars, limit: min(room(encoded: true), EncodedWord.maximumLength))
                    ?? encoder.word(from: scalars, limit: EncodedWord.maximumLength)
            else { preconditionFailure("one scalar always fits an encoded-word") }
            append(word, encoded: true)
            scalars = scalars.dropFirst(used)
        }
    }

    func rendered(lineEnding: LineEnding) -> String {
        lines.joined(separator: lineEnding.rawValue)
    }

    /// The value unfolded, without the name, the colon and the space after it.
    var value: String {
        String(lines.joined().dropFirst(nameLength + 2))
    }
}
