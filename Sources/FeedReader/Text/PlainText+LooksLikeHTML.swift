extension PlainText {
    /// Whether RSS text other than a description or content (a title, say) is HTML, by the
    /// contract's rule: it is when, after XML decoding, it has an end tag such as `</b>` or a
    /// character reference such as `&amp;`, and every tag in it is an HTML element; otherwise it
    /// is literal text.
    ///
    /// - A tag is `<` or `</` followed by an ASCII letter; its name runs to whitespace, `/` or
    ///   `>` and must be one of `HTMLElementNames.htmlElements` (any ASCII case). `<blink>`,
    ///   `<T>` and `List<String>` make text literal; `1 < 2` has no tag.
    /// - An end tag is `</`, an HTML element's name, optional whitespace and `>`.
    /// - A character reference is complete, with its semicolon: `&#38;`, `&#x26;`, or `&` and a
    ///   name of the HTML Living Standard's table and `;`. "AT&T" and "&copy 2024" have none.
    static func looksLikeHTML(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(unsafe looksLikeHTML)
    }

    /// `looksLikeHTML(_:)` of UTF-8 bytes.
    static func looksLikeHTML(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var hasEndTagOrReference = false
        var index = 0
        while index < bytes.count {
            let byte = unsafe bytes[index]
            if byte == UInt8(ascii: "<") {
                guard let tag = unsafe HTMLLikeTag(bytes, at: index) else {
                    index += 1
                    continue
                }
                guard tag.isHTMLElement else { return false }
                if tag.isEndTag { hasEndTagOrReference = true }
                index = tag.nameEnd
            } else if byte == UInt8(ascii: "&") {
                if unsafe !hasEndTagOrReference && isCompleteCharacterReference(bytes, at: index) { hasEndTagOrReference = true }
                index += 1
            } else {
                index += 1
            }
        }
        return hasEndTagOrReference
    }

    /// A tag as `looksLikeHTML` sees one.
    private struct HTMLLikeTag {
        let isHTMLElement: Bool
        /// `</name>`, with nothing but whitespace between the name and `>`.
        let isEndTag: Bool
        let nameEnd: Int

        init?(_ bytes: UnsafeBufferPointer<UInt8>, at lessThan: Int) {
            var position = lessThan + 1
            let closing = unsafe position < bytes.count && bytes[position] == UInt8(ascii: "/")
            if closing { position += 1 }
            guard position < bytes.count, unsafe ByteSearch.isASCIILetter(bytes[position]) else { return nil }
            let nameStart = position
            while position < bytes.count {
                let byte = unsafe bytes[position]
                if ByteSearch.isASCIIWhitespace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") { break }
                position += 1
            }
            nameEnd = position
            isHTMLElement = unsafe HTMLName(bytes, nameStart..<nameEnd).map(HTMLElementNames.htmlElements.contains) ?? false
            while unsafe position < bytes.count && ByteSearch.isASCIIWhitespace(bytes[position]) { position += 1 }
            isEndTag = unsafe closing && position < bytes.count && bytes[position] == UInt8(ascii: ">")
        }
    }

    /// `&#digits;`, `&#xhex;` or `&name;` with a name of the table, at `index`.
    private static func isCompleteCharacterReference(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var position = index + 1
        guard position < bytes.count else { return false }
        if unsafe bytes[position] == UInt8(ascii: "#") {
            position += 1
            let hexadecimal = unsafe position < bytes.count && bytes[position] | 0x20 == UInt8(ascii: "x")
            if hexadecimal { position += 1 }
            let digitsStart = position
            while unsafe position < bytes.count
                && (hexadecimal ? ByteSearch.isASCIIHexDigit(bytes[position]) : ByteSearch.isASCIIDigit(bytes[position]))
            {
                position += 1
            }
            return unsafe position > digitsStart && position < bytes.count && bytes[position] == UInt8(ascii: ";")
        }
        let nameStart = position
        while unsafe position < bytes.count && (ByteSearch.isASCIILetter(bytes[position]) || ByteSearch.isASCIIDigit(bytes[position])) {
            position += 1
        }
        guard position > nameStart, position < bytes.count, unsafe bytes[position] == UInt8(ascii: ";") else { return false }
        return unsafe HTMLEntities.table.value(bytes, nameStart..<position + 1) != nil
    }
}
