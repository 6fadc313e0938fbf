/// Turns what `HTMLMarkupScanner` reports into the contract's plain text: the same steps as
/// `fpsuite.py`'s `_TextExtractor`. Text is kept (its character references decoded when it is
/// ordinary text) unless it is inside script, style, template or noscript; the start and end of
/// a block-level element or `<br>` separate words, even inside those; CDATA content is kept.
struct PlainTextExtractor: HTMLTokenSink {
    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var writer: CollapsingTextWriter
    /// How many text-dropping elements are open (an end tag without a start counts for nothing).
    private var droppingDepth = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, writingTo writer: CollapsingTextWriter) {
        self.bytes = bytes
        self.writer = writer
    }

    mutating func text(_ range: Range<Int>, decodingReferences: Bool) {
        guard droppingDepth == 0 else { return }
        if decodingReferences {
            writer.appendDecodingReferences(bytes, range)
        } else {
            writer.append(bytes, range)
        }
    }

    mutating func startTag(_ tag: HTMLStartTag) {
        switch tag.key.flatMap({ HTMLElementNames.textRoles[$0] }) {
        case .dropsText? where !tag.isSelfClosing: droppingDepth += 1
        case .separatesWords?: writer.separateWords()
        default: break
        }
    }

    mutating func endTag(name: Range<Int>, key: HTMLName?) {
        switch key.flatMap({ HTMLElementNames.textRoles[$0] }) {
        case .dropsText?: droppingDepth = max(0, droppingDepth - 1)
        case .separatesWords?: writer.separateWords()
        case nil: break
        }
    }

    mutating func cdataSection(_ content: Range<Int>) {
        guard droppingDepth == 0 else { return }
        writer.append(bytes, content)
    }
}
