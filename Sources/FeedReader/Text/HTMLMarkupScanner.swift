/// Splits HTML into text, tags and CDATA sections with exactly the rules of Python 3.11's
/// `html.parser.HTMLParser` (fed the whole text at once, then closed), because the contract's
/// plain-text rule is defined by that parser. Those rules follow the HTML Living Standard's
/// tokenizer (https://html.spec.whatwg.org/multipage/parsing.html#tokenization) loosely, and
/// malformed markup comes out as Python has it:
///
/// - `<` and a letter starts a start tag, `</` an end tag, `<!--` a comment, `<?` a processing
///   instruction, `<!` a declaration or a marked section; any other `<` is text.
/// - Markup that never ends (`<a href="x`, `<!-- no end`) is text up to the next `>` (that `>`
///   included), or else up to the next `<`, or else only the `<` itself.
/// - A start tag whose attributes don't end in `>` or `/>` (`<a\u{0}>`) is literal text.
/// - After a `script` or `style` start tag, everything up to `</script>` (`</style>`), any ASCII
///   case and whitespace around the name, is literal text; when that end tag is missing, the rest
///   of the input is not reported at all.
/// - `<![CDATA[...]]>` reports its content. Other marked sections (`<![if ...]>`, `<![IGNORE[`),
///   comments, declarations and processing instructions report nothing. A marked section with a
///   keyword Python doesn't know (where Python raises an error) is skipped to the next `>`, the
///   HTML Living Standard's "bogus comment".
///
/// "Whitespace" inside markup is Python's `\s` (see `UnicodeWhitespace`).
// @unsafe: borrows the markup it scans: it must outlive the scanner.
@unsafe
struct HTMLMarkupScanner {
    let bytes: UnsafeBufferPointer<UInt8>

    /// The elements whose content is raw text, not markup.
    enum RawTextElement {
        case script, style

        init?(_ name: HTMLName?) {
            if name == Self.scriptName {
                self = .script
            } else if name == Self.styleName {
                self = .style
            } else {
                return nil
            }
        }

        var name: StaticString { self == .script ? "script" : "style" }

        private static let scriptName = HTMLName("script")
        private static let styleName = HTMLName("style")
    }

    /// Reports the content of `bytes` to `sink`, in document order.
    func scan<Sink: HTMLTokenSink>(into sink: inout Sink) {
        let count = unsafe bytes.count
        var index = 0
        var rawText: RawTextElement?
        while index < count {
            if let element = rawText {
                guard let close = unsafe rawTextEnd(of: element, from: index) else { return }
                if index < close.tag.lowerBound { sink.text(index..<close.tag.lowerBound, decodingReferences: false) }
                unsafe sink.endTag(name: close.name, key: HTMLName(bytes, close.name))
                rawText = nil
                index = close.tag.upperBound
                continue
            }
            let lessThan = unsafe ByteSearch.firstIndex(of: UInt8(ascii: "<"), in: bytes, from: index) ?? count
            if index < lessThan { sink.text(index..<lessThan, decodingReferences: true) }
            index = lessThan
            // A `<` at the very end is text (reported below).
            guard index + 1 < count else { break }

            let markupEnd: Int?
            switch unsafe bytes[index + 1] {
            case let next where ByteSearch.isASCIILetter(next):
                markupEnd = unsafe startTag(at: index, into: &sink, rawText: &rawText)
            case UInt8(ascii: "/"):
                markupEnd = unsafe endTag(at: index, into: &sink)
            case UInt8(ascii: "!"):
                markupEnd = unsafe declarationEnd(at: index, into: &sink)
            case UInt8(ascii: "?"):
                markupEnd = unsafe processingInstructionEnd(at: index)
            default:
                sink.text(index..<index + 1, decodingReferences: false)
                markupEnd = index + 1
            }
            if let markupEnd {
                index = markupEnd
            } else {
                let textEnd = unsafe unfinishedMarkupEnd(from: index)
                sink.text(index..<textEnd, decodingReferences: true)
                index = textEnd
            }
        }
        if index < count && rawText == nil { sink.text(index..<count, decodingReferences: true) }
    }

    /// Where markup that never ends stops being text: after the next `>`, or else at the next
    /// `<`, or else just after its own `<`.
    private func unfinishedMarkupEnd(from index: Int) -> Int {
        if let greaterThan = unsafe ByteSearch.firstIndex(of: UInt8(ascii: ">"), in: bytes, from: index + 1) {
            return greaterThan + 1
        }
        return unsafe ByteSearch.firstIndex(of: UInt8(ascii: "<"), in: bytes, from: index + 1) ?? index + 1
    }
}
