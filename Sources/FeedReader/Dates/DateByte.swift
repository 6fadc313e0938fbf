/// How the date parsers class the single bytes of UTF-8 text.
enum DateByte {
    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        let lowercase = byte | 0x20
        return lowercase >= UInt8(ascii: "a") && lowercase <= UInt8(ascii: "z")
    }

    /// The lower-case form of an ASCII letter; any other byte as it is.
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    /// Space, tab, carriage return and line feed.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// A byte that belongs in a name: an ASCII letter, any byte of a
    /// non-ASCII character (Greek, Hungarian and Korean names), or the "/"
    /// and "_" of a time-zone name such as "Etc/GMT".
    static func isWordPart(_ byte: UInt8) -> Bool {
        isLetter(byte) || byte >= 0x80 || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "_")
    }

    /// Whether `word` is the start of, or all of, the lower-case ASCII `name`,
    /// ignoring ASCII case: "JAN" starts "january".
    static func word(_ word: UnsafeBufferPointer<UInt8>, starts name: StaticString) -> Bool {
        guard word.count <= name.utf8CodeUnitCount else { return false }
        let letters = unsafe name.utf8Start
        for index in 0..<word.count where unsafe lowercased(word[index]) != letters[index] {
            return false
        }
        return true
    }
}
