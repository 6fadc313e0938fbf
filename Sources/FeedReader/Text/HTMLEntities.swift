/// HTML character references: the HTML Living Standard's named character references
/// (https://html.spec.whatwg.org/multipage/named-characters.html) and the decoding of
/// references in text with exactly the behaviour of Python's `html.unescape`, which the
/// contract's plain-text rule uses.
enum HTMLEntities {
    /// The character(s) a named character reference stands for, given its name without the `&`
    /// and the `;` ("eacute" gives "é", "nbsp" gives U+00A0). Every name of the standard's table
    /// is valid with a semicolon, so every name is found here; the legacy spellings without
    /// one are a matter for `decodingCharacterReferences`.
    static func character(named name: Substring) -> String? {
        var key = name + ";"
        return key.withUTF8 { bytes in unsafe table.value(bytes, 0..<bytes.count)?.string }
    }

    /// `text` with its character references decoded as Python's `html.unescape` decodes them
    /// (see `CharacterReference` for the rules). Text without an `&` is returned as it is.
    static func decodingCharacterReferences(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard let firstAmpersand = unsafe ByteSearch.firstIndex(of: UInt8(ascii: "&"), in: bytes, from: 0) else {
                return nil
            }
            // A reference is at least 3 bytes long and its replacement at most one byte longer.
            let capacity = bytes.count + bytes.count / 3 + 4
            return unsafe withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
                var output = unsafe UTF8Output(buffer)
                unsafe output.append(bytes, 0..<firstAmpersand)
                unsafe output.appendDecodingReferences(bytes, firstAmpersand..<bytes.count)
                return unsafe output.string
            }
        } ?? text
    }

    /// The standard's table as Python's `html.entities.html5` keys it: "amp;" for a name used with
    /// its semicolon, and also "amp" for each of the 106 legacy names that are recognised without
    /// one. Read from `tableSource` on first use.
    static let table = HTMLEntityLookup(source: tableSource)

    /// The longest legacy name (one recognised without a semicolon): "middot", "frac12" and others.
    static let longestLegacyNameLength = 6
}
