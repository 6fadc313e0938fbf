/// Start tags, their attributes and end tags, with the patterns of Python's `html.parser`
/// (`locatestarttagend_tolerant`, `tagfind_tolerant`, `attrfind_tolerant`, `endtagfind`) written
/// out by hand, backtracking included.
extension HTMLMarkupScanner {
    /// Reads the start tag at `index` (a `<` and a letter) and reports it, or reports it as text
    /// when its attributes don't end in `>` or `/>`. Returns where it ends; nil when it never does.
    func startTag<Sink: HTMLTokenSink>(at index: Int, into sink: inout Sink, rawText: inout RawTextElement?) -> Int? {
        let nameEnd = unsafe tagNameEnd(from: index + 1)
        // Most tags have no attributes: `<p>`, `<br/>`.
        if unsafe nameEnd < bytes.count && bytes[nameEnd] == UInt8(ascii: ">") {
            return unsafe reportStartTag(
                index..<nameEnd + 1, nameEnd: nameEnd, attributesStart: nameEnd, isSelfClosing: false, into: &sink, rawText: &rawText)
        }
        if unsafe nameEnd + 1 < bytes.count && bytes[nameEnd] == UInt8(ascii: "/") && bytes[nameEnd + 1] == UInt8(ascii: ">") {
            return unsafe reportStartTag(
                index..<nameEnd + 2, nameEnd: nameEnd, attributesStart: nameEnd, isSelfClosing: true, into: &sink, rawText: &rawText)
        }
        guard let end = unsafe startTagEnd(from: index) else { return nil }
        let attributesStart = unsafe skipSeparators(from: nameEnd)
        var position = attributesStart
        while position < end, let attribute = unsafe attribute(at: position) {
            position = attribute.end
        }
        // What is left must be `>` or `/>`, whitespace around it aside.
        var rest = position..<max(position, end)
        while !rest.isEmpty, case let length = unsafe UnicodeWhitespace.length(in: bytes, at: rest.lowerBound), length > 0 {
            rest = min(rest.lowerBound + length, rest.upperBound)..<rest.upperBound
        }
        while !rest.isEmpty, case let length = unsafe UnicodeWhitespace.length(in: bytes, endingAt: rest.upperBound), length > 0 {
            rest = rest.lowerBound..<max(rest.upperBound - length, rest.lowerBound)
        }
        let isSelfClosing: Bool
        if unsafe rest.count == 1 && bytes[rest.lowerBound] == UInt8(ascii: ">") {
            isSelfClosing = false
        } else if unsafe rest.count == 2 && bytes[rest.lowerBound] == UInt8(ascii: "/") && bytes[rest.lowerBound + 1] == UInt8(ascii: ">") {
            isSelfClosing = true
        } else {
            sink.text(index..<end, decodingReferences: false)
            return end
        }
        return unsafe reportStartTag(
            index..<end, nameEnd: nameEnd, attributesStart: attributesStart, isSelfClosing: isSelfClosing, into: &sink, rawText: &rawText)
    }

    private func reportStartTag<Sink: HTMLTokenSink>(
        _ range: Range<Int>, nameEnd: Int, attributesStart: Int, isSelfClosing: Bool, into sink: inout Sink, rawText: inout RawTextElement?
    ) -> Int {
        let name = range.lowerBound + 1..<nameEnd
        let key = unsafe HTMLName(bytes, name)
        sink.startTag(HTMLStartTag(range: range, name: name, key: key, attributesStart: attributesStart, isSelfClosing: isSelfClosing))
        if !isSelfClosing { rawText = RawTextElement(key) }
        return range.upperBound
    }

    /// Calls `body` with each attribute of `tag`, as Python reads them.
    func forEachAttribute(of tag: HTMLStartTag, _ body: (HTMLAttribute) -> Void) {
        var position = tag.attributesStart
        while position < tag.range.upperBound, let match = unsafe attribute(at: position) {
            body(match.attribute)
            position = match.end
        }
    }

    /// Reads the end tag at `index` (`</`) and reports it. `</>` and an end tag without a name
    /// (`</ 3>`) report nothing. Returns where it ends; nil when no `>` follows.
    func endTag<Sink: HTMLTokenSink>(at index: Int, into sink: inout Sink) -> Int? {
        guard let greaterThan = unsafe ByteSearch.firstIndex(of: UInt8(ascii: ">"), in: bytes, from: index + 1) else { return nil }
        // `</`, whitespace, a name of letters, digits and `-.:_`, whitespace, `>`.
        var position = unsafe UnicodeWhitespace.skip(in: bytes, from: index + 2)
        if unsafe position < bytes.count && ByteSearch.isASCIILetter(bytes[position]) {
            let nameStart = position
            position += 1
            while unsafe position < bytes.count && Self.isEndTagNameByte(bytes[position]) { position += 1 }
            let nameEnd = position
            position = unsafe UnicodeWhitespace.skip(in: bytes, from: position)
            if position == greaterThan {
                unsafe sink.endTag(name: nameStart..<nameEnd, key: HTMLName(bytes, nameStart..<nameEnd))
                return greaterThan + 1
            }
        }
        // Otherwise a name right after `</`, up to whatever, and everything to the `>` ignored.
        let afterSlash = index + 2  // before `greaterThan`, which is at least there
        if unsafe ByteSearch.isASCIILetter(bytes[afterSlash]) {
            let name = unsafe afterSlash..<tagNameEnd(from: afterSlash)
            unsafe sink.endTag(name: name, key: HTMLName(bytes, name))
            return greaterThan + 1
        }
        if unsafe bytes[afterSlash] == UInt8(ascii: ">") { return afterSlash + 1 }
        return greaterThan + 1
    }

    /// The end of the start tag at `index`, Python's `check_for_whole_start_tag`; nil when the
    /// input ends first, or when the tag stops at a letter, `=` or `/` (an unfinished attribute).
    private func startTagEnd(from index: Int) -> Int? {
        var position = unsafe tagNameEnd(from: index + 1)
        while true {  // any whitespace and slashes
            if unsafe position < bytes.count && bytes[position] == UInt8(ascii: "/") {
                position += 1
            } else if case let length = unsafe UnicodeWhitespace.length(in: bytes, at: position), length > 0 {
                position += length
            } else {
                break
            }
        }
        while let attribute = unsafe attribute(at: position) {
            position = attribute.end
        }
        position = unsafe UnicodeWhitespace.skip(in: bytes, from: position)
        guard unsafe position < bytes.count else { return nil }
        switch unsafe bytes[position] {
        case UInt8(ascii: ">"):
            return position + 1
        case UInt8(ascii: "/"):
            let closes = unsafe position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: ">")
            return closes ? position + 2 : nil
        case let byte where byte == UInt8(ascii: "=") || ByteSearch.isASCIILetter(byte):
            return nil
        default:
            return position  // stops short, at a character that can't continue the tag
        }
    }

    /// The end of a tag name that starts with a letter at `index`: it runs to a tab, line feed,
    /// carriage return, form feed, space, `/`, `>` or NUL.
    private func tagNameEnd(from index: Int) -> Int {
        var position = index + 1
        while unsafe position < bytes.count {
            switch unsafe bytes[position] {
            case 0x09, 0x0A, 0x0C, 0x0D, 0x20, UInt8(ascii: "/"), UInt8(ascii: ">"), 0x00: return position
            default: position += 1
            }
        }
        return position
    }

    /// Skips whitespace, and slashes that are not part of `/>`.
    private func skipSeparators(from index: Int) -> Int {
        var position = index
        while unsafe position < bytes.count {
            if case let length = unsafe UnicodeWhitespace.length(in: bytes, at: position), length > 0 {
                position += length
            } else if unsafe bytes[position] == UInt8(ascii: "/")
                && !(position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: ">"))
            {
                position += 1
            } else {
                break
            }
        }
        return position
    }

    /// The attribute at `index`, Python's `attrfind_tolerant`: it must follow a quote, a slash or
    /// whitespace; its name runs to whitespace, `/`, `=` or `>` (its first character may be `=`);
    /// then maybe `=` and a value, `'quoted'`, `"quoted"` or bare (up to whitespace or `>`).
    private func attribute(at index: Int) -> (attribute: HTMLAttribute, end: Int)? {
        guard index > 0, unsafe index < bytes.count else { return nil }
        let previous = unsafe bytes[index - 1]
        guard
            unsafe previous == UInt8(ascii: "\"") || previous == UInt8(ascii: "'") || previous == UInt8(ascii: "/")
                || UnicodeWhitespace.length(in: bytes, endingAt: index) > 0
        else { return nil }
        let first = unsafe bytes[index]
        guard first != UInt8(ascii: "/"), first != UInt8(ascii: ">"), unsafe UnicodeWhitespace.length(in: bytes, at: index) == 0 else {
            return nil
        }
        var position = index + 1
        while unsafe position < bytes.count {
            let byte = unsafe bytes[position]
            if unsafe byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=") || byte == UInt8(ascii: ">")
                || UnicodeWhitespace.length(in: bytes, at: position) > 0
            {
                break
            }
            position += 1
        }
        let name = index..<position
        var value: Range<Int>?
        var quote: UInt8?
        if let match = unsafe attributeValue(at: position) {
            value = match.value
            quote = match.quote
            position = match.end
        }
        return unsafe (HTMLAttribute(name: name, value: value, quote: quote), skipSeparators(from: position))
    }

    /// `=` and a value after an attribute name, with the regular expression's backtracking:
    /// a quote that is never closed makes the value empty when whitespace precedes the quote,
    /// else makes the last of several `=` the start of a bare value, else there is no value.
    private func attributeValue(at index: Int) -> (value: Range<Int>, quote: UInt8?, end: Int)? {
        let equalsStart = unsafe UnicodeWhitespace.skip(in: bytes, from: index)
        guard unsafe equalsStart < bytes.count, unsafe bytes[equalsStart] == UInt8(ascii: "=") else { return nil }
        var equalsEnd = equalsStart + 1
        while unsafe equalsEnd < bytes.count && bytes[equalsEnd] == UInt8(ascii: "=") { equalsEnd += 1 }
        let valueStart = unsafe UnicodeWhitespace.skip(in: bytes, from: equalsEnd)
        guard unsafe valueStart < bytes.count else { return (valueStart..<valueStart, nil, valueStart) }
        let quote = unsafe bytes[valueStart]
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return unsafe bareValue(from: valueStart) }
        if let closingQuote = unsafe ByteSearch.firstIndex(of: quote, in: bytes, from: valueStart + 1) {
            return (valueStart + 1..<closingQuote, quote, closingQuote + 1)
        }
        if valueStart > equalsEnd { return (equalsEnd..<equalsEnd, nil, valueStart) }
        if equalsEnd - equalsStart >= 2 { return unsafe bareValue(from: equalsEnd - 1) }
        return nil
    }

    private func bareValue(from index: Int) -> (value: Range<Int>, quote: UInt8?, end: Int) {
        var position = index
        while unsafe position < bytes.count && bytes[position] != UInt8(ascii: ">")
            && UnicodeWhitespace.length(in: bytes, at: position) == 0
        {
            position += 1
        }
        return (index..<position, nil, position)
    }

    private static func isEndTagNameByte(_ byte: UInt8) -> Bool {
        ByteSearch.isASCIILetter(byte) || ByteSearch.isASCIIDigit(byte)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "_")
    }
}
