/// What the first bytes of a document say about its encoding before anything is decoded:
/// a byte-order mark, the byte layout of the first character, and the XML declaration.
enum EncodingSniffer {
    /// The most bytes held back while the encoding is chosen: room for any real XML
    /// declaration, and the sample an undeclared encoding is guessed from.
    static let headLimit = 1024

    /// How characters are laid out in bytes, told from the first four.
    enum Layout: Equatable {
        /// A byte-order mark names the encoding; `length` bytes are skipped.
        case byteOrderMark(TextEncoding, length: Int)
        /// No mark, but the zero bytes around the first character show UTF-16 or UTF-32 and
        /// the byte order (XML 1.0 Appendix F for `<`, RFC 4627 §3 for JSON's first character):
        /// a document begins with an ASCII character, and no ASCII-compatible encoding writes
        /// the zero byte that XML and JSON both forbid.
        case zeroBytePattern(TextEncoding)
        /// Neither: an ASCII-compatible encoding.
        case eightBit
    }

    /// The layout of the document that starts with `head`; nil while fewer than four bytes
    /// have come and more may (`isComplete` false).
    ///
    /// Byte-order marks, in the order tried: `00 00 FE FF` UTF-32BE, `FF FE 00 00` UTF-32LE
    /// (not UTF-16LE with a U+0000 first, which no document has), `FE FF` UTF-16BE, `FF FE`
    /// UTF-16LE, `EF BB BF` UTF-8. Then zero-byte patterns: `00 00 00 xx` UTF-32BE,
    /// `xx 00 00 00` UTF-32LE, `00 xx` UTF-16BE, `xx 00` UTF-16LE (`xx` not zero).
    static func layout(of head: [UInt8], isComplete: Bool) -> Layout? {
        guard head.count >= 4 || isComplete else { return nil }
        func starts(with prefix: [UInt8]) -> Bool { head.starts(with: prefix) }
        if starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return .byteOrderMark(.utf32(.bigEndian), length: 4) }
        if starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return .byteOrderMark(.utf32(.littleEndian), length: 4) }
        if starts(with: [0xFE, 0xFF]) { return .byteOrderMark(.utf16(.bigEndian), length: 2) }
        if starts(with: [0xFF, 0xFE]) { return .byteOrderMark(.utf16(.littleEndian), length: 2) }
        if starts(with: [0xEF, 0xBB, 0xBF]) { return .byteOrderMark(.utf8, length: 3) }
        guard head.count >= 4 else { return .eightBit }
        switch (head[0], head[1], head[2], head[3]) {
        case (0, 0, 0, 1...): return .zeroBytePattern(.utf32(.bigEndian))
        case (1..., 0, 0, 0): return .zeroBytePattern(.utf32(.littleEndian))
        case (0, 1..., _, _): return .zeroBytePattern(.utf16(.bigEndian))
        case (1..., 0, _, _): return .zeroBytePattern(.utf16(.littleEndian))
        default: return .eightBit
        }
    }

    /// What the XML declaration at the start of the document says.
    enum Declaration: Equatable {
        /// There is none, or it has no encoding pseudo-attribute.
        case none
        /// It names this encoding (as written).
        case encoding(String)
        /// The head may yet hold one: wait for more bytes.
        case unknownYet
    }

    /// The encoding named by the XML declaration in `head`, read in the layout's code units.
    /// It waits for the declaration's `?>` unless `isComplete`.
    static func declaration(in head: [UInt8], layout: Layout, isComplete: Bool) -> Declaration {
        let ascii = asciiCharacters(of: head, layout: layout)
        return unsafe ascii.withUnsafeBytes { bytes in
            switch unsafe XMLDeclaration.scan(bytes) {
            case .absent:
                return .none
            case .undecided:
                return isComplete ? .none : .unknownYet
            case .found(let declaration):
                if !declaration.isClosed, !isComplete { return .unknownYet }
                guard let value = declaration.encodingValue else { return .none }
                return unsafe .encoding(String(decoding: bytes[value], as: UTF8.self))
            }
        }
    }

    /// The head as single bytes, for reading the declaration: the bytes themselves in an
    /// eight-bit layout; in UTF-16 or UTF-32, the code units up to the first that is not ASCII.
    private static func asciiCharacters(of head: [UInt8], layout: Layout) -> [UInt8] {
        let encoding: TextEncoding
        var start = 0
        switch layout {
        case .eightBit: return head
        case .byteOrderMark(let marked, let length): encoding = marked; start = length
        case .zeroBytePattern(let patterned): encoding = patterned
        }
        let width: Int
        let order: TextEncoding.ByteOrder
        switch encoding {
        case .utf16(let byteOrder): width = 2; order = byteOrder
        case .utf32(let byteOrder): width = 4; order = byteOrder
        default: return Array(head[start...])
        }
        var ascii: [UInt8] = []
        var index = start
        while index + width <= head.count {
            let unit = head[index..<index + width]
            let value = order == .bigEndian ? unit.last! : unit.first!
            let others = order == .bigEndian ? unit.dropLast() : unit.dropFirst()
            guard value < 0x80, others.allSatisfy({ $0 == 0 }) else { break }
            ascii.append(value)
            index += width
        }
        return ascii
    }
}
