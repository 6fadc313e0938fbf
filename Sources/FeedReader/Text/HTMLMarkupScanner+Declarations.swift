/// Comments, declarations, marked sections, processing instructions, and the end of raw text,
/// as Python's `html.parser` and `_markupbase` find them.
extension HTMLMarkupScanner {
    /// The end of what starts with `<!` at `index`: a comment, `<!DOCTYPE ...>`, a marked section
    /// (reporting a CDATA section's content), or anything else up to the next `>` (a bogus
    /// comment). Nil when it never ends.
    func declarationEnd<Sink: HTMLTokenSink>(at index: Int, into sink: inout Sink) -> Int? {
        if unsafe startsWith("<!--", at: index) { return unsafe commentEnd(at: index) }
        if unsafe startsWith("<![", at: index) { return unsafe markedSectionEnd(at: index, into: &sink) }
        if unsafe index + 9 <= bytes.count && ByteSearch.equalsIgnoringASCIICase(bytes, index..<index + 9, "<!doctype") {
            return unsafe ByteSearch.firstIndex(of: UInt8(ascii: ">"), in: bytes, from: index + 9).map { $0 + 1 }
        }
        return unsafe bogusCommentEnd(at: index)
    }

    /// `<?` up to the next `>`.
    func processingInstructionEnd(at index: Int) -> Int? {
        unsafe ByteSearch.firstIndex(of: UInt8(ascii: ">"), in: bytes, from: index + 2).map { $0 + 1 }
    }

    /// The `</script>` (or `</style>`) that ends raw text, searched from `index`: `</`, then
    /// whitespace, the name in any ASCII case, whitespace, `>`.
    func rawTextEnd(of element: RawTextElement, from index: Int) -> (tag: Range<Int>, name: Range<Int>)? {
        let name = element.name
        var searchFrom = index
        while let lessThan = unsafe ByteSearch.firstIndex(of: UInt8(ascii: "<"), in: bytes, from: searchFrom) {
            searchFrom = lessThan + 1
            guard unsafe lessThan + 1 < bytes.count, unsafe bytes[lessThan + 1] == UInt8(ascii: "/") else { continue }
            let nameStart = unsafe UnicodeWhitespace.skip(in: bytes, from: lessThan + 2)
            let nameEnd = nameStart + name.utf8CodeUnitCount
            guard unsafe nameEnd <= bytes.count, unsafe ByteSearch.equalsIgnoringASCIICase(bytes, nameStart..<nameEnd, name) else { continue }
            let greaterThan = unsafe UnicodeWhitespace.skip(in: bytes, from: nameEnd)
            if unsafe greaterThan < bytes.count && bytes[greaterThan] == UInt8(ascii: ">") {
                return (lessThan..<greaterThan + 1, nameStart..<nameEnd)
            }
        }
        return nil
    }

    /// `<!--` up to the first `--`, whitespace, `>`.
    private func commentEnd(at index: Int) -> Int? {
        var searchFrom = index + 4
        while let dash = unsafe ByteSearch.firstIndex(of: UInt8(ascii: "-"), in: bytes, from: searchFrom) {
            if unsafe dash + 1 < bytes.count && bytes[dash + 1] == UInt8(ascii: "-") {
                let greaterThan = unsafe UnicodeWhitespace.skip(in: bytes, from: dash + 2)
                if unsafe greaterThan < bytes.count && bytes[greaterThan] == UInt8(ascii: ">") { return greaterThan + 1 }
            }
            searchFrom = dash + 1
        }
        return nil
    }

    /// `<!` up to the next `>`.
    private func bogusCommentEnd(at index: Int) -> Int? {
        unsafe ByteSearch.firstIndex(of: UInt8(ascii: ">"), in: bytes, from: index + 2).map { $0 + 1 }
    }

    /// A marked section, `<![keyword[ ... ]]>`. CDATA, TEMP, IGNORE, INCLUDE and RCDATA (any
    /// case) end at `]]>` (whitespace allowed between), the Microsoft Office keywords IF, ELSE
    /// and ENDIF at `]>`. Only a section written exactly `<![CDATA[` reports its content.
    private func markedSectionEnd<Sink: HTMLTokenSink>(at index: Int, into sink: inout Sink) -> Int? {
        let keywordStart = index + 3
        guard unsafe keywordStart < bytes.count else { return nil }
        guard unsafe ByteSearch.isASCIILetter(bytes[keywordStart]) else { return unsafe bogusCommentEnd(at: index) }
        var keywordEnd = keywordStart + 1
        while unsafe keywordEnd < bytes.count, unsafe Self.isKeywordByte(bytes[keywordEnd]) { keywordEnd += 1 }
        guard unsafe UnicodeWhitespace.skip(in: bytes, from: keywordEnd) < bytes.count else { return nil }
        let keyword = keywordStart..<keywordEnd

        if unsafe Self.sectionKeywords.contains(where: { unsafe ByteSearch.equalsIgnoringASCIICase(bytes, keyword, $0) }) {
            guard let close = unsafe sectionClose(from: keywordStart, brackets: 2) else { return nil }
            if unsafe startsWith("CDATA[", at: keywordStart) && keywordStart + 6 <= close.lowerBound {
                sink.cdataSection(keywordStart + 6..<close.lowerBound)
            }
            return close.upperBound
        }
        if unsafe Self.officeKeywords.contains(where: { unsafe ByteSearch.equalsIgnoringASCIICase(bytes, keyword, $0) }) {
            return unsafe sectionClose(from: keywordStart, brackets: 1)?.upperBound
        }
        return unsafe bogusCommentEnd(at: index)
    }

    private static let sectionKeywords: [StaticString] = ["temp", "cdata", "ignore", "include", "rcdata"]
    private static let officeKeywords: [StaticString] = ["if", "else", "endif"]

    private static func isKeywordByte(_ byte: UInt8) -> Bool {
        ByteSearch.isASCIILetter(byte) || ByteSearch.isASCIIDigit(byte)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
    }

    /// The first `]]>` (`brackets` 2) or `]>` (`brackets` 1) from `index`, whitespace allowed
    /// between its characters.
    private func sectionClose(from index: Int, brackets: Int) -> Range<Int>? {
        var searchFrom = index
        while let bracket = unsafe ByteSearch.firstIndex(of: UInt8(ascii: "]"), in: bytes, from: searchFrom) {
            searchFrom = bracket + 1
            var position = unsafe UnicodeWhitespace.skip(in: bytes, from: bracket + 1)
            if brackets == 2 {
                guard unsafe position < bytes.count, unsafe bytes[position] == UInt8(ascii: "]") else { continue }
                position = unsafe UnicodeWhitespace.skip(in: bytes, from: position + 1)
            }
            if unsafe position < bytes.count && bytes[position] == UInt8(ascii: ">") { return bracket..<position + 1 }
        }
        return nil
    }

    private func startsWith(_ prefix: StaticString, at index: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard unsafe index + count <= bytes.count else { return false }
        for offset in 0..<count where unsafe bytes[index + offset] != prefix.utf8Start[offset] { return false }
        return true
    }
}
