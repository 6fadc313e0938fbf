/// Reads a JSON text (RFC 8259) from UTF-8 into a `JSONValue`.
///
/// The rules, strict as the RFC's grammar: one value of any kind, whitespace around it and
/// nothing else; no comments, no trailing commas, no unescaped control characters in strings.
/// `\u` escapes of a surrogate pair make one character, and a lone surrogate becomes U+FFFD.
/// Objects and arrays nest at most `maxDepth` deep. An error says what was expected, and where,
/// by line and column.
///
/// Why not Foundation's `JSONSerialization`: it builds `NSDictionary` and `NSNumber` objects
/// that are then cast back, and cost more per byte than all of share's XML path; a JSON Feed is
/// mostly a few long strings, which this reader makes straight from the bytes. Those bytes came
/// through `XMLTranscoder`, so they are valid UTF-8 already.
// @unsafe: borrows the document it reads: it must outlive the reader.
@unsafe
struct JSONReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let maxDepth: Int
    private var index = 0
    private var depth = 0

    static func read(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) throws(JSONSyntaxError) -> JSONValue {
        var reader = unsafe JSONReader(bytes: bytes, maxDepth: maxDepth)
        unsafe reader.skipWhitespace()
        let value = unsafe try reader.value()
        unsafe reader.skipWhitespace()
        guard unsafe reader.index == bytes.count else { throw unsafe reader.error("text after the end of the JSON value") }
        return value
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        unsafe self.bytes = unsafe bytes
        unsafe self.maxDepth = maxDepth
    }

    // MARK: - Values

    private mutating func value() throws(JSONSyntaxError) -> JSONValue {
        guard unsafe index < bytes.count else { throw unsafe error("the JSON ends where a value should be") }
        switch unsafe bytes[index] {
        case UInt8(ascii: "{"): return unsafe .object(try object())
        case UInt8(ascii: "["): return unsafe .array(try array())
        case UInt8(ascii: "\""): return unsafe .string(try string())
        case UInt8(ascii: "t"): unsafe try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): unsafe try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): unsafe try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return unsafe .number(try number())
        default: throw unsafe error("expected a value")
        }
    }

    private mutating func object() throws(JSONSyntaxError) -> JSONObject {
        unsafe try enterNesting()
        unsafe index += 1
        var object = JSONObject()
        unsafe skipWhitespace()
        if unsafe next == UInt8(ascii: "}") {
            unsafe index += 1
            unsafe depth -= 1
            return object
        }
        while true {
            unsafe skipWhitespace()
            guard unsafe next == UInt8(ascii: "\"") else { throw unsafe error("expected a member name in double quotes") }
            let name = unsafe try string()
            unsafe skipWhitespace()
            guard unsafe next == UInt8(ascii: ":") else { throw unsafe error("expected ':' after the member name") }
            unsafe index += 1
            unsafe skipWhitespace()
            unsafe object.members.append(JSONMember(name: name, value: try value()))
            unsafe skipWhitespace()
            switch unsafe next {
            case UInt8(ascii: ","): unsafe index += 1
            case UInt8(ascii: "}"):
                unsafe index += 1
                unsafe depth -= 1
                return object
            default: throw unsafe error("expected ',' or '}' after an object member")
            }
        }
    }

    private mutating func array() throws(JSONSyntaxError) -> [JSONValue] {
        unsafe try enterNesting()
        unsafe index += 1
        var elements: [JSONValue] = []
        unsafe skipWhitespace()
        if unsafe next == UInt8(ascii: "]") {
            unsafe index += 1
            unsafe depth -= 1
            return elements
        }
        while true {
            unsafe skipWhitespace()
            unsafe elements.append(try value())
            unsafe skipWhitespace()
            switch unsafe next {
            case UInt8(ascii: ","): unsafe index += 1
            case UInt8(ascii: "]"):
                unsafe index += 1
                unsafe depth -= 1
                return elements
            default: throw unsafe error("expected ',' or ']' after an array element")
            }
        }
    }

    private mutating func enterNesting() throws(JSONSyntaxError) {
        unsafe depth += 1
        guard unsafe depth <= maxDepth else { throw unsafe error(unsafe "nested more than \(maxDepth) deep", isTooDeep: true) }
    }

    private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let length = word.utf8CodeUnitCount
        guard unsafe index + length <= bytes.count,
            (0..<length).allSatisfy({ unsafe bytes[index + $0] == word.utf8Start[$0] })
        else {
            throw unsafe error("expected a value")
        }
        unsafe index += length
    }

    /// RFC 8259 section 6, kept as written: `-`, an integer without leading zeros, an optional
    /// fraction and an optional exponent.
    private mutating func number() throws(JSONSyntaxError) -> String {
        let start = unsafe index
        if unsafe next == UInt8(ascii: "-") { unsafe index += 1 }
        guard unsafe isDigit(next) else { throw unsafe error("expected a digit") }
        if unsafe next == UInt8(ascii: "0") { unsafe index += 1 } else { unsafe skipDigits() }
        if unsafe next == UInt8(ascii: ".") {
            unsafe index += 1
            guard unsafe isDigit(next) else { throw unsafe error("expected a digit after the decimal point") }
            unsafe skipDigits()
        }
        if unsafe next == UInt8(ascii: "e") || next == UInt8(ascii: "E") {
            unsafe index += 1
            if unsafe next == UInt8(ascii: "+") || next == UInt8(ascii: "-") { unsafe index += 1 }
            guard unsafe isDigit(next) else { throw unsafe error("expected a digit in the exponent") }
            unsafe skipDigits()
        }
        return unsafe String(validUTF8: UnsafeBufferPointer(rebasing: bytes[start..<index]))
    }

    // MARK: - Strings

    /// A string, from its opening quote. Without escapes (nearly always) it is made from the
    /// bytes in place; eight bytes are checked at a time for a quote, a backslash or a control
    /// character.
    private mutating func string() throws(JSONSyntaxError) -> String {
        let opening = unsafe index
        unsafe index += 1
        let start = unsafe index
        let special = unsafe nextSpecialByte(from: start)
        guard unsafe special < bytes.count else {
            unsafe index = opening
            throw unsafe error("a string that never ends")
        }
        if unsafe bytes[special] == UInt8(ascii: "\"") {
            unsafe index = special + 1
            return unsafe String(validUTF8: UnsafeBufferPointer(rebasing: bytes[start..<special]))
        }
        var decoded = ByteBuffer(capacity: special - start + 64)
        unsafe decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<special]))
        unsafe index = special
        while true {
            guard unsafe index < bytes.count else {
                unsafe index = opening
                throw unsafe error("a string that never ends")
            }
            let byte = unsafe bytes[index]
            if byte == UInt8(ascii: "\"") {
                unsafe index += 1
                return unsafe String(validUTF8: decoded.bytes)
            } else if byte == UInt8(ascii: "\\") {
                unsafe try escape(into: &decoded)
            } else if byte < 0x20 {
                throw unsafe error("a control character inside a string (it must be escaped)")
            } else {
                let end = unsafe nextSpecialByte(from: index)
                unsafe decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<min(end, bytes.count)]))
                unsafe index = end
            }
        }
    }

    /// The index of the first quote, backslash or control character at or after `start`, or
    /// `bytes.count`.
    private func nextSpecialByte(from start: Int) -> Int {
        var position = start
        while unsafe position + 8 <= bytes.count {
            let word = unsafe ByteWord.load(bytes, at: position)
            if ByteWord.containsByte(below: 0x20, word) || ByteWord.contains(word, UInt8(ascii: "\""))
                || ByteWord.contains(word, UInt8(ascii: "\\"))
            {
                break
            }
            position += 8
        }
        while unsafe position < bytes.count {
            let byte = unsafe bytes[position]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { return position }
            position += 1
        }
        return position
    }

    /// One escape, from its backslash (RFC 8259 section 7).
    private mutating func escape(into decoded: inout ByteBuffer) throws(JSONSyntaxError) {
        let backslash = unsafe index
        guard unsafe index + 1 < bytes.count else { throw unsafe error("a string that never ends") }
        unsafe index += 2
        switch unsafe bytes[backslash + 1] {
        case UInt8(ascii: "\""): decoded.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): decoded.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): decoded.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
            let unit = unsafe try hexUnit()
            var scalar = UInt32(unit)
            if (0xD800...0xDBFF).contains(unit) {
                // A high surrogate makes a character only with the low one escaped right after.
                let high = unsafe index
                if unsafe next == UInt8(ascii: "\\"), unsafe index + 1 < bytes.count, unsafe bytes[index + 1] == UInt8(ascii: "u") {
                    unsafe index += 2
                    let low = unsafe try hexUnit()
                    if (0xDC00...0xDFFF).contains(low) {
                        scalar = 0x10000 + (UInt32(unit) - 0xD800) << 10 + (UInt32(low) - 0xDC00)
                    } else {
                        unsafe index = high
                        scalar = UTF8Writer.replacementCharacter
                    }
                } else {
                    scalar = UTF8Writer.replacementCharacter
                }
            } else if (0xDC00...0xDFFF).contains(unit) {
                scalar = UTF8Writer.replacementCharacter
            }
            unsafe withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4) { buffer in
                var written = 0
                unsafe UTF8Writer.write(scalar, to: buffer.baseAddress!, at: &written)
                unsafe decoded.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<written]))
            }
        default:
            unsafe index = backslash
            throw unsafe error("an unknown escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u are the only ones)")
        }
    }

    /// The four hexadecimal digits after `\u`.
    private mutating func hexUnit() throws(JSONSyntaxError) -> UInt16 {
        guard unsafe index + 4 <= bytes.count else { throw unsafe error("expected four hexadecimal digits after \\u") }
        var unit: UInt16 = 0
        for offset in 0..<4 {
            let byte = unsafe bytes[index + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default:
                unsafe index += offset
                throw unsafe error("expected four hexadecimal digits after \\u")
            }
            unit = unit << 4 | UInt16(digit)
        }
        unsafe index += 4
        return unit
    }

    // MARK: - Bytes

    /// The byte at `index`, or 0 past the end (0 is never valid where it is asked for).
    private var next: UInt8 { unsafe index < bytes.count ? bytes[index] : 0 }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func skipDigits() {
        while unsafe isDigit(next) { unsafe index += 1 }
    }

    /// RFC 8259's whitespace: space, tab, line feed, carriage return.
    private mutating func skipWhitespace() {
        while unsafe index < bytes.count {
            switch unsafe bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: unsafe index += 1
            default: return
            }
        }
    }

    private func error(_ reason: String, isTooDeep: Bool = false) -> JSONSyntaxError {
        let end = unsafe min(index, bytes.count)
        var line = 1
        var lineStart = 0
        for position in 0..<end where unsafe bytes[position] == 0x0A {
            line += 1
            lineStart = position + 1
        }
        // Columns count characters, not bytes.
        let column = unsafe 1 + UnsafeBufferPointer(rebasing: bytes[lineStart..<end]).reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return JSONSyntaxError(reason: reason, line: line, column: column, isTooDeep: isTooDeep)
    }
}

/// Where and why a JSON text is not valid.
struct JSONSyntaxError: Error, CustomStringConvertible {
    let reason: String
    let line: Int
    let column: Int
    /// The nesting limit was reached: a limit error rather than a broken document.
    let isTooDeep: Bool

    var description: String { "line \(line), column \(column): \(reason)" }
}
