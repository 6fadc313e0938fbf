/// One character reference found in text, with what it decodes to.
///
/// The rules are Python's `html.unescape` (Python 3.11), which follows the HTML Living Standard's
/// tokenizer (https://html.spec.whatwg.org/multipage/parsing.html#character-reference-state)
/// with small differences that are kept here because the contract is defined by Python:
///
/// - Numeric: `&#` and decimal digits, or `&#x`/`&#X` and hexadecimal digits, then an optional
///   `;`. The number is replaced as `NumericCharacterReference` says.
/// - Named: `&`, then 1 to 32 characters other than tab, line feed, form feed, space, `<`, `&`,
///   `#` and `;`, then an optional `;`. If that whole text (with its `;`) is a name of the table,
///   it is replaced. Otherwise the longest prefix of it (at least 2 characters) that is a legacy
///   name, one the standard recognises without a semicolon ("amp", "copy", "lt"), is replaced
///   and the rest kept: "&copy2024" is "©2024". Otherwise nothing is replaced.
struct CharacterReference {
    /// The bytes the reference takes, from its `&`.
    let length: Int
    /// What it decodes to: nothing for a numeric reference to a control or noncharacter.
    let replacement: PackedUTF8

    /// The reference that starts at `start`, where `bytes[start]` is `&`, reading no further than
    /// `end`; nil when this `&` starts none and stays as it is.
    static func match(in bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> CharacterReference? {
        let next = start + 1
        guard next < end else { return nil }
        if unsafe bytes[next] == UInt8(ascii: "#") { return unsafe matchNumeric(in: bytes, at: start, end: end) }
        return unsafe matchNamed(in: bytes, at: start, end: end)
    }

    private static func matchNumeric(in bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> CharacterReference? {
        var index = start + 2
        guard index < end else { return nil }
        let hexadecimal = unsafe bytes[index] | 0x20 == UInt8(ascii: "x")
        if hexadecimal { index += 1 }
        let digitsStart = index
        var value: UInt32 = 0
        while index < end {
            let byte = unsafe bytes[index]
            let digit: UInt32
            if ByteSearch.isASCIIDigit(byte) {
                digit = UInt32(byte - UInt8(ascii: "0"))
            } else if hexadecimal && ByteSearch.isASCIIHexDigit(byte) {
                digit = UInt32((byte | 0x20) - UInt8(ascii: "a") + 10)
            } else {
                break
            }
            // Past U+10FFFF every number means the same (U+FFFD), so stop growing.
            value = min(value * (hexadecimal ? 16 : 10) + digit, NumericCharacterReference.beyondUnicode)
            index += 1
        }
        guard index > digitsStart else { return nil }
        if unsafe index < end && bytes[index] == UInt8(ascii: ";") { index += 1 }
        let replacement = NumericCharacterReference.replacement(for: value).map(PackedUTF8.init) ?? .empty
        return CharacterReference(length: index - start, replacement: replacement)
    }

    private static func matchNamed(in bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> CharacterReference? {
        let nameStart = start + 1
        // The run of name characters, at most 32 characters (not bytes) long.
        var index = nameStart
        var characters = 0
        var alphanumericPrefix = 0  // leading ASCII letters and digits: only those can be a name
        while index < end {
            let byte = unsafe bytes[index]
            if byte & 0xC0 != 0x80 {  // a character starts here
                if characters == 32 || endsName(byte) { break }
                characters += 1
            }
            if alphanumericPrefix == index - nameStart && (ByteSearch.isASCIILetter(byte) || ByteSearch.isASCIIDigit(byte)) {
                alphanumericPrefix += 1
            }
            index += 1
        }
        guard characters > 0 else { return nil }
        let runEnd = index
        let hasSemicolon = unsafe runEnd < end && bytes[runEnd] == UInt8(ascii: ";")

        // The whole text, with its semicolon.
        if alphanumericPrefix == runEnd - nameStart {
            let nameEnd = hasSemicolon ? runEnd + 1 : runEnd
            if let value = unsafe HTMLEntities.table.value(bytes, nameStart..<nameEnd) {
                return CharacterReference(length: nameEnd - start, replacement: value)
            }
        }
        // The longest legacy name it begins with, shorter than the whole text.
        let wholeLength = characters + (hasSemicolon ? 1 : 0)
        var prefix = min(wholeLength - 1, alphanumericPrefix, HTMLEntities.longestLegacyNameLength)
        while prefix >= 2 {
            if let value = unsafe HTMLEntities.table.value(bytes, nameStart..<nameStart + prefix) {
                return CharacterReference(length: prefix + 1, replacement: value)
            }
            prefix -= 1
        }
        return nil
    }

    /// Tab, line feed, form feed, space, `<`, `&`, `#` and `;` end a name (carriage return and
    /// vertical tab don't, as in Python's pattern).
    @inline(__always)
    private static func endsName(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09, 0x0A, 0x0C, 0x20, UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: "#"), UInt8(ascii: ";"): true
        default: false
        }
    }
}
