import Foundation

/// Raw HTML pasted into an element that holds text, with tags it never closes
/// (`<description><p>Read more<br></description>`, from a hand-made or broken CMS).
///
/// Why here, before libxml2: libxml2's recovery reads `<p>` and `<br>` as elements that stay
/// open, so `</description>` closes `<br>`, `</item>` closes `<p>`, and every later item is
/// nested inside the description, where no reader looks: a feed with one such entry lost all
/// the entries after it. Rules:
/// - Elements that hold text: `title`, `description`, `summary`, `content` (Atom's, unless its
///   `type` says XHTML, where markup is the content), `content:encoded` and `itunes:summary`.
/// - Their markup is left alone when it closes where the element closes (well-formed inline
///   XHTML, as some feeds write), when there is none (escaped HTML, the usual case), or when the
///   element holds a CDATA section.
/// - Otherwise each `<` inside is escaped, so the markup becomes the element's text (the escaped
///   HTML that RSS means), with a warning naming the element. The feed's structure survives.
///   A title is plain text by nature: its tags are dropped instead (as a well-formed `<b>` in a
///   title is), so "Choir <b>new" reads "Choir new", not the markup.
/// - The element's end must come within `maxTextElementBytes`; past that it is left alone.
extension XMLRepairStream {
    /// The open tags looked for: found with `memmem`, so the hot loop still jumps from one to
    /// the next instead of looking at every `<`.
    static let textElementOpenings: [[UInt8]] = ["<title", "<description", "<summary", "<content", "<itunes:summary"].map { Array($0.utf8) }

    static let maxTextElementBytes = 1 << 20

    /// glibc's `memmem` (a GNU extension the Glibc module does not import): a search for a
    /// few bytes at memory speed, where a `memchr` for '<' would stop at every tag.
    private static let memmem: @convention(c) (UnsafeRawPointer?, Int, UnsafeRawPointer?, Int) -> UnsafeMutableRawPointer? = {
        guard let symbol = unsafe dlsym(UnsafeMutableRawPointer(bitPattern: 0), "memmem") else { fatalError("the C library has no memmem") }
        return unsafe unsafeBitCast(symbol, to: (@convention(c) (UnsafeRawPointer?, Int, UnsafeRawPointer?, Int) -> UnsafeMutableRawPointer?).self)
    }()

    enum TextElementDecision {
        /// Not a text element, or one whose inside needs nothing: go on from this index.
        case leave(resumeAt: Int)
        /// The chunk ends before the element does: wait for more bytes.
        case needMore
        /// Escape the `<`s of `inner`; the element's name is for the warning.
        case escape(inner: Range<Int>, name: String, dropsTags: Bool)
    }

    /// The index of the next opening of a text element in `bytes` from `start`, or `bytes.count`.
    static func nextTextElement(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, pattern: [UInt8]) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress else { return bytes.count }
        return unsafe pattern.withUnsafeBufferPointer { needle in
            guard let found = unsafe Self.memmem(base + start, bytes.count - start, needle.baseAddress, needle.count) else { return bytes.count }
            return unsafe base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Where a text element's open tag may begin, cut off by the end of `bytes` (a `<` at or
    /// after `start` whose bytes to the end begin one of `textElementOpenings`), or nil.
    static func possibleTextElementOpening(atEndOf bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let longest = textElementOpenings.map(\.count).max() ?? 0
        var index = max(start, bytes.count - longest + 1)
        while index < bytes.count {
            if unsafe bytes[index] == UInt8(ascii: "<") {
                let tail = unsafe bytes[index...]
                if textElementOpenings.contains(where: { unsafe $0.count > tail.count && $0.starts(with: tail) }) { return index }
            }
            index += 1
        }
        return nil
    }

    /// What to do with the element whose open tag starts at `index` (a `<` found by
    /// `nextTextElement`). Allocates nothing on the usual path: it runs for every title and
    /// description of every feed.
    func decideTextElement(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, isFinal: Bool) -> TextElementDecision {
        let count = bytes.count
        var nameEnd = index + 1
        while nameEnd < count, unsafe isTagNameByte(bytes[nameEnd]) { nameEnd += 1 }
        guard nameEnd < count else { return isFinal ? .leave(resumeAt: index + 1) : .needMore }
        let nameBytes = unsafe UnsafeBufferPointer(rebasing: bytes[(index + 1)..<nameEnd])
        guard let which = Self.textElementNames.firstIndex(where: { unsafe $0.elementsEqual(nameBytes) }) else {
            return .leave(resumeAt: index + 1)
        }
        // The open tag's end, outside quoted attribute values.
        let openEnd: Int
        if unsafe bytes[nameEnd] == UInt8(ascii: ">") {
            openEnd = nameEnd
        } else {
            guard let end = unsafe tagEnd(bytes, from: nameEnd, before: count) else {
                return isFinal || count - index > Self.maxTextElementBytes ? .leave(resumeAt: index + 1) : .needMore
            }
            let tag = unsafe UnsafeBufferPointer(rebasing: bytes[index...end])
            // `<summary/>`, or Atom's inline XHTML, whose markup is the content itself.
            if unsafe bytes[end - 1] == UInt8(ascii: "/") || Self.contains(Self.xhtml, in: tag) || Self.contains(Self.upperXHTML, in: tag) {
                return .leave(resumeAt: end + 1)
            }
            openEnd = end
        }
        let innerStart = openEnd + 1
        let closing = Self.textElementClosings[which]
        // The usual case, escaped HTML or plain text: the first '<' inside is the element's end.
        let firstMarkup = unsafe Self.find(UInt8(ascii: "<"), in: bytes, from: innerStart)
        if firstMarkup < count, unsafe isClosingTag(closing, in: bytes, at: firstMarkup) { return .leave(resumeAt: innerStart) }
        let limit = min(count, innerStart + Self.maxTextElementBytes)
        guard let closeStart = unsafe closingTag(closing, in: bytes, from: innerStart, before: limit) else {
            return isFinal || limit < count || count - index > Self.maxTextElementBytes ? .leave(resumeAt: innerStart) : .needMore
        }
        let inner = unsafe UnsafeBufferPointer(rebasing: bytes[innerStart..<closeStart])
        guard unsafe !Self.contains(Self.cdataOpening, in: inner), unsafe !isBalancedMarkup(inner) else { return .leave(resumeAt: innerStart) }
        let name = unsafe String(decoding: nameBytes, as: UTF8.self)
        return .escape(inner: innerStart..<closeStart, name: name, dropsTags: name == "title")
    }

    /// `bytes` with each `<` written as `&lt;`; with `dropsTags`, each tag left out instead (a `<`
    /// that opens no tag is still escaped).
    func escapingMarkup(_ bytes: UnsafeBufferPointer<UInt8>, dropsTags: Bool) -> [UInt8] {
        var escaped: [UInt8] = []
        escaped.reserveCapacity(bytes.count + 64)
        var index = 0
        while index < bytes.count {
            let byte = unsafe bytes[index]
            guard byte == UInt8(ascii: "<") else {
                escaped.append(byte)
                index += 1
                continue
            }
            if dropsTags {
                let nameStart = unsafe index + (index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/") ? 2 : 1)
                var nameEnd = nameStart
                while nameEnd < bytes.count, unsafe isTagNameByte(bytes[nameEnd]) { nameEnd += 1 }
                if nameEnd > nameStart, let end = unsafe tagEnd(bytes, from: nameEnd, before: bytes.count) {
                    // A space where a tag was, as a browser shows <br>: words never run together.
                    if escaped.last != UInt8(ascii: " ") { escaped.append(UInt8(ascii: " ")) }
                    index = end + 1
                    continue
                }
            }
            escaped.append(contentsOf: "&lt;".utf8)
            index += 1
        }
        return escaped
    }

    private static let textElementNames: [[UInt8]] =
        ["title", "description", "summary", "content", "content:encoded", "itunes:summary"].map { Array($0.utf8) }
    private static let textElementClosings: [[UInt8]] = textElementNames.map { Array("</".utf8) + $0 }
    private static let xhtml = Array("xhtml".utf8), upperXHTML = Array("XHTML".utf8), cdataOpening = Array("<![CDATA[".utf8)
    private static let commentOpening = Array("<!--".utf8), commentClosing = Array("-->".utf8), instructionClosing = Array("?>".utf8)

    /// Whether every tag in `inner` closes inside it, in order (comments allowed).
    private func isBalancedMarkup(_ inner: UnsafeBufferPointer<UInt8>) -> Bool {
        var open: [Range<Int>] = []
        var index = 0
        let count = inner.count
        while true {
            guard index < count, let found = unsafe memchr(inner.baseAddress! + index, Int32(UInt8(ascii: "<")), count - index) else { break }
            index = unsafe inner.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            guard index + 1 < count else { return false }
            if unsafe inner[index + 1] == UInt8(ascii: "!") || inner[index + 1] == UInt8(ascii: "?") {
                let isComment = unsafe Self.contains(Self.commentOpening, in: UnsafeBufferPointer(rebasing: inner[index..<min(count, index + 4)]))
                let terminator = isComment ? Self.commentClosing : Self.instructionClosing
                guard unsafe isComment || inner[index + 1] == UInt8(ascii: "?"),
                    let end = unsafe Self.firstIndex(of: terminator, in: inner, from: index + 2)
                else { return false }
                index = end + terminator.count
                continue
            }
            let isEnd = unsafe inner[index + 1] == UInt8(ascii: "/")
            let nameStart = index + (isEnd ? 2 : 1)
            var nameEnd = nameStart
            while nameEnd < count, unsafe isTagNameByte(inner[nameEnd]) { nameEnd += 1 }
            // "a < b" or "<3": not a tag, and libxml2 would stop at it.
            guard nameEnd > nameStart, let end = unsafe tagEnd(inner, from: nameEnd, before: count) else { return false }
            if isEnd {
                guard let top = open.popLast(), unsafe inner[top].elementsEqual(inner[nameStart..<nameEnd]) else { return false }
            } else if unsafe inner[end - 1] != UInt8(ascii: "/") {
                open.append(nameStart..<nameEnd)
            }
            index = end + 1
        }
        return open.isEmpty
    }

    /// The index of the `>` that ends a tag whose name ends at `start`, outside quotes.
    func tagEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, before end: Int) -> Int? {
        var quote: UInt8 = 0
        var index = start
        while index < end {
            let byte = unsafe bytes[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index
            } else if byte == UInt8(ascii: "<") {
                return nil  // a tag that never ends before the next one begins
            }
            index += 1
        }
        return nil
    }

    /// Whether `closing` ("</name") and then `>` or whitespace are at `index`.
    private func isClosingTag(_ closing: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let after = index + closing.count
        guard after < bytes.count else { return false }
        for offset in 0..<closing.count where unsafe bytes[index + offset] != closing[offset] { return false }
        let byte = unsafe bytes[after]
        return byte == UInt8(ascii: ">") || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
    }

    /// Where `closing` ("</name", then `>` or whitespace) starts in `bytes[start..<end]`.
    private func closingTag(_ closing: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int, before end: Int) -> Int? {
        var index = start
        while index < end, let base = bytes.baseAddress {
            guard let found = unsafe closing.withUnsafeBufferPointer({ unsafe Self.memmem(base + index, end - index, $0.baseAddress, $0.count) })
            else {
                return nil
            }
            let at = unsafe base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if unsafe isClosingTag(closing, in: bytes, at: at) { return at }
            index = at + 1
        }
        return nil
    }

    @inline(__always) func isTagNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: ":"), 0x80...0xFF:
            true
        default: false
        }
    }

    private static func contains(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        unsafe firstIndex(of: needle, in: bytes, from: 0) != nil
    }

    private static func firstIndex(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress else { return nil }
        guard let found = unsafe needle.withUnsafeBufferPointer({ unsafe memmem(base + start, bytes.count - start, $0.baseAddress, $0.count) }) else {
            return nil
        }
        return unsafe base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
