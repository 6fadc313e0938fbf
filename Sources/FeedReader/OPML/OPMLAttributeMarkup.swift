/// Raw markup inside an OPML attribute value (`<outline text="<b>News</b>" …>`), which some
/// ill-formed exports write: XML forbids `<` there, and libxml2's recovery drops the whole
/// outline, so one such feed went missing from a 50-feed import.
///
/// The rule: inside a start tag, a `<` within a quoted attribute value is escaped as `&lt;`, so
/// the outline and its attribute survive as text. Comments, processing instructions and
/// CDATA sections pass untouched. OPML files are small and read whole, so this is a plain pass
/// over the bytes, not a stage of the feed parser's streaming repair.
enum OPMLAttributeMarkup {
    /// `bytes` with every `<` inside a quoted attribute value escaped, and how many were.
    static func escape(_ bytes: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], escaped: Int) {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 64)
        var escaped = 0
        var index = 0
        let count = bytes.count
        func copy(through terminator: [UInt8]) {
            while index < count {
                if unsafe bytes[index] == terminator[0], index + terminator.count <= count,
                    unsafe bytes[index..<(index + terminator.count)].elementsEqual(terminator)
                {
                    output.append(contentsOf: terminator)
                    index += terminator.count
                    return
                }
                unsafe output.append(bytes[index])
                index += 1
            }
        }
        while index < count {
            let byte = unsafe bytes[index]
            guard byte == UInt8(ascii: "<"), index + 1 < count else {
                output.append(byte)
                index += 1
                continue
            }
            let next = unsafe bytes[index + 1]
            if next == UInt8(ascii: "!") {
                let isCDATA = unsafe bytes[index...].starts(with: "<![CDATA[".utf8)
                let isComment = unsafe bytes[index...].starts(with: "<!--".utf8)
                copy(through: Array((isCDATA ? "]]>" : isComment ? "-->" : ">").utf8))
                continue
            }
            if next == UInt8(ascii: "?") {
                copy(through: Array("?>".utf8))
                continue
            }
            // A tag: copied to its '>', escaping '<' inside quoted values.
            output.append(byte)
            index += 1
            var quote: UInt8 = 0
            while index < count {
                let inner = unsafe bytes[index]
                index += 1
                if quote != 0 {
                    if inner == quote {
                        quote = 0
                    } else if inner == UInt8(ascii: "<") {
                        output.append(contentsOf: "&lt;".utf8)
                        escaped += 1
                        continue
                    }
                } else if inner == UInt8(ascii: "\"") || inner == UInt8(ascii: "'") {
                    quote = inner
                } else if inner == UInt8(ascii: ">") {
                    output.append(inner)
                    break
                }
                output.append(inner)
            }
        }
        return (output, escaped)
    }
}
