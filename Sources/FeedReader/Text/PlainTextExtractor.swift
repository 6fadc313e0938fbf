/// Turns what `HTMLMarkupScanner` reports into the contract's plain text: the same steps as
/// `fpsuite.py`'s `_TextExtractor`. Text is kept (its character references decoded when it is
/// ordinary text) unless it is inside script, style, template or noscript; the start and end of
/// a block-level element or `<br>` separate words, even inside those; CDATA content is kept.
// @unsafe: borrows the markup it reads: it must outlive the extractor.
@unsafe
struct PlainTextExtractor: HTMLTokenSink {
    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var writer: CollapsingTextWriter
    /// How many text-dropping elements are open (an end tag without a start counts for nothing).
    private var droppingDepth = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, writingTo writer: CollapsingTextWriter) {
        unsafe self.bytes = unsafe bytes
        unsafe self.writer = unsafe writer
    }

    mutating func text(_ range: Range<Int>, decodingReferences: Bool) {
        guard unsafe droppingDepth == 0 else { return }
        if decodingReferences {
            unsafe writer.appendDecodingReferences(bytes, range)
        } else {
            unsafe writer.append(bytes, range)
        }
    }

    mutating func startTag(_ tag: HTMLStartTag) {
        switch tag.key.flatMap({ HTMLElementNames.textRoles[$0] }) {
        case .dropsText? where !tag.isSelfClosing: unsafe droppingDepth += 1
        case .separatesWords?: unsafe writer.separateWords()
        default: break
        }
    }

    mutating func endTag(name: Range<Int>, key: HTMLName?) {
        switch key.flatMap({ HTMLElementNames.textRoles[$0] }) {
        case .dropsText?: unsafe droppingDepth = unsafe max(0, droppingDepth - 1)
        case .separatesWords?: unsafe writer.separateWords()
        case nil: break
        }
    }

    mutating func cdataSection(_ content: Range<Int>) {
        guard unsafe droppingDepth == 0 else { return }
        unsafe writer.append(bytes, content)
    }
}
