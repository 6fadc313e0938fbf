import Foundation

/// Repairs the entity references of a UTF-8 XML stream before libxml2 sees it, and takes the
/// DOCTYPE out of its hands.
///
/// Why: libxml2 2.9.14 in recover mode silently drops every entity reference after the first
/// well-formedness error (`&amp;` and `&lt;` included; character references survive), and feeds
/// are full of HTML entities that XML does not define (`&nbsp;`, `&eacute;`) and bare `&`s. And a
/// DOCTYPE is where external entities and entity bombs live. So, in text and attribute values:
///
/// 1. A character reference (`&#38;`, `&#x26;`) is kept as it is.
/// 2. The five XML entities (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;`) become character
///    references, which survive libxml2's recovery.
/// 3. An entity declared with a literal value in the internal DTD subset is replaced by its
///    value (itself repaired, one level deep: a reference inside it that names another declared
///    entity is not expanded). All replacement text together is bounded by
///    `ParserLimits.maxEntityExpansionBytes`, so a "billion laughs" costs at most that.
/// 4. An HTML named entity (HTML Living Standard, e.g. `&eacute;`) becomes its character
///    references. It is a warning unless the document names an external DTD (RSS 0.91's
///    Netscape DTD declares the Latin-1 entities).
/// 5. Anything else (a bare `&`, an unknown `&name;`, an external entity) is escaped as text
///    (`&#38;`), with a warning: feedparser keeps "AT&T" and "&doesnotexist;" as written.
///
/// The DOCTYPE itself is replaced by as many newlines as it spans, so line numbers stay true
/// and libxml2 never loads, declares or expands anything from it. Comments, CDATA sections and
/// processing instructions pass through untouched.
///
/// It is a push stream: chunks may end anywhere, even inside a reference or a `<![CDATA[`.
struct XMLRepairStream {
    private enum State {
        case text
        case comment
        case cdata
        case processingInstruction
        case doctype
    }

    private let limits: ParserLimits
    private var state: State = .text
    /// Bytes from the end of the last chunk that could not be decided yet.
    private var carry: [UInt8] = []
    private var doctype: [UInt8] = []
    private var declaredEntities: [String: DeclaredEntity] = [:]
    private var hasExternalDTD = false
    private var expandedBytes = 0
    private var warnedNames: Set<String> = []
    private var warnedAboutBareAmpersand = false
    private(set) var warnings: [String] = []
    /// Set when the DOCTYPE grew past its limit: the stream gives up.
    private(set) var failure: FeedParserError?

    private enum DeclaredEntity {
        case literal([UInt8])
        case external
    }

    /// Whether raw markup left open inside text elements is escaped
    /// (XMLRepairStream+TextElements.swift): on only for a second reading of a document whose
    /// first showed mismatched tags, so that well-formed feeds never pay for the search.
    let repairsTextElements: Bool

    init(limits: ParserLimits, repairsTextElements: Bool = false) {
        self.limits = limits
        self.repairsTextElements = repairsTextElements
    }

    /// Repairs `chunk`, appending what can be decided now to `output`.
    mutating func push(_ chunk: UnsafeBufferPointer<UInt8>, into output: inout ByteBuffer) {
        guard failure == nil else { return }
        if carry.isEmpty {
            let used = unsafe process(chunk, isFinal: false, into: &output)
            if used < chunk.count { unsafe carry.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[used...])) }
        } else {
            var joined = carry
            unsafe joined.append(contentsOf: chunk)
            carry.removeAll(keepingCapacity: true)
            unsafe joined.withUnsafeBufferPointer { buffer in
                let used = unsafe process(buffer, isFinal: false, into: &output)
                if used < buffer.count { unsafe carry.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[used...])) }
            }
        }
    }

    /// Decides whatever is left at the end of the document.
    mutating func finish(into output: inout ByteBuffer) {
        guard failure == nil else { return }
        let rest = carry
        carry.removeAll()
        unsafe rest.withUnsafeBufferPointer { buffer in
            _ = unsafe process(buffer, isFinal: true, into: &output)
        }
        if state == .doctype {
            // An unterminated DOCTYPE: nothing after it was ever a document.
            appendNewlines(in: doctype, to: &output)
            doctype.removeAll()
        }
    }

    // MARK: - The scanner

    /// Processes as much of `bytes` as can be decided; returns how many bytes were consumed.
    private mutating func process(_ bytes: UnsafeBufferPointer<UInt8>, isFinal: Bool, into output: inout ByteBuffer) -> Int {
        let count = bytes.count
        var index = 0
        var copyStart = 0

        @inline(__always) func flush(upTo end: Int, _ output: inout ByteBuffer) {
            if end > copyStart { unsafe output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copyStart..<end])) }
        }

        // Where the next '&', "<!" and "<?" are, found with memchr (SIMD in glibc) and kept until
        // passed. "<!" is found by its '!' and "<?" by its '?', both rare in feeds, where '<'
        // opens every tag: looking at each '<' cost a call per element.
        var nextAmpersand = -1
        var nextBang = -1
        var nextQuestion = -1
        // And where each text element's open tag is next (XMLRepairStream+TextElements.swift).
        var nextTextElements = [Int](repeating: -1, count: Self.textElementOpenings.count)
        var nextTextElement = repairsTextElements ? -1 : count

        while index < count {
            switch state {
            case .text:
                // The hot loop: jump to the next '&', "<!" or "<?"; nothing else needs a change.
                if nextAmpersand < index { nextAmpersand = unsafe Self.find(UInt8(ascii: "&"), in: bytes, from: index) }
                if nextBang < index { nextBang = unsafe Self.markup(opening: UInt8(ascii: "!"), in: bytes, from: index) }
                if nextQuestion < index { nextQuestion = unsafe Self.markup(opening: UInt8(ascii: "?"), in: bytes, from: index) }
                if nextTextElement < index {
                    for (which, pattern) in Self.textElementOpenings.enumerated() where nextTextElements[which] < index {
                        nextTextElements[which] = unsafe Self.nextTextElement(in: bytes, from: index, pattern: pattern)
                    }
                    nextTextElement = nextTextElements.min() ?? count
                }
                index = min(nextAmpersand, nextBang, nextQuestion, nextTextElement)
                guard index < count else {
                    // A '<' at the very end may open "<!" or "<?" with the next chunk's first
                    // byte: it waits for it.
                    if !isFinal, unsafe bytes[count - 1] == UInt8(ascii: "<") {
                        flush(upTo: count - 1, &output)
                        return count - 1
                    }
                    // Nor may the chunk's end cut a text element's open tag ("<descri"): what
                    // could be one waits for the next chunk.
                    if !isFinal, repairsTextElements, let open = unsafe Self.possibleTextElementOpening(atEndOf: bytes, from: copyStart) {
                        flush(upTo: open, &output)
                        return open
                    }
                    break
                }
                if index == nextTextElement {
                    switch unsafe decideTextElement(bytes, at: index, isFinal: isFinal) {
                    case .needMore:
                        flush(upTo: index, &output)
                        return index
                    case .leave(let resumeAt):
                        index = resumeAt
                    case .escape(let inner, let name, let dropsTags):
                        flush(upTo: inner.lowerBound, &output)
                        warnOnce("markup in \(name)", "markup inside <\(name)> does not close where the element does: read as text")
                        let escaped = unsafe escapingMarkup(UnsafeBufferPointer(rebasing: bytes[inner]), dropsTags: dropsTags)
                        // The escaped text still has its references repaired; it has no '<' left.
                        unsafe escaped.withUnsafeBufferPointer { _ = unsafe process($0, isFinal: true, into: &output) }
                        index = inner.upperBound
                        copyStart = index
                    }
                    continue
                }
                if unsafe bytes[index] == UInt8(ascii: "<") {
                    guard let kind = unsafe markupStart(bytes, at: index, isFinal: isFinal) else {
                        flush(upTo: index, &output)
                        return index  // need more bytes to tell
                    }
                    switch kind {
                    case .comment: state = .comment; index += 4
                    case .cdata: state = .cdata; index += 9
                    case .processingInstruction: state = .processingInstruction; index += 2
                    case .doctype:
                        flush(upTo: index, &output)
                        state = .doctype
                        doctype.removeAll(keepingCapacity: true)
                        copyStart = index
                        continue
                    case .other: index += 1
                    }
                    continue
                }
                // An '&'.
                flush(upTo: index, &output)
                guard let consumed = unsafe repairReference(bytes, at: index, isFinal: isFinal, into: &output) else {
                    return index
                }
                index += consumed
                copyStart = index

            case .comment, .cdata, .processingInstruction:
                let terminator: StaticString =
                    switch state {
                    case .comment: "-->"
                    case .cdata: "]]>"
                    default: "?>"
                    }
                if let end = unsafe Self.find(terminator, in: bytes, from: index) {
                    index = end + terminator.utf8CodeUnitCount
                    state = .text
                } else {
                    // Keep a possible partial terminator for the next chunk.
                    let keep = isFinal ? 0 : min(terminator.utf8CodeUnitCount - 1, count - index)
                    flush(upTo: count - keep, &output)
                    return count - keep
                }

            case .doctype:
                let (end, consumed) = unsafe scanDoctype(bytes, from: index)
                unsafe doctype.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + consumed)]))
                index += consumed
                if doctype.count > limits.maxDoctypeBytes {
                    failure = .doctypeTooLarge(limit: limits.maxDoctypeBytes)
                    return count
                }
                if end {
                    readDeclarations(doctype)
                    appendNewlines(in: doctype, to: &output)
                    doctype.removeAll(keepingCapacity: true)
                    state = .text
                }
                copyStart = index
            }
        }
        flush(upTo: count, &output)
        return count
    }

    private enum MarkupKind { case comment, cdata, processingInstruction, doctype, other }

    /// What starts at the '<' at `index`; nil when the chunk ends too soon to tell.
    private func markupStart(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, isFinal: Bool) -> MarkupKind? {
        let available = bytes.count - index
        func has(_ literal: String, caseInsensitive: Bool = false) -> Bool? {
            let pattern = Array(literal.utf8)
            for (offset, expected) in pattern.enumerated() {
                guard offset < available else { return isFinal ? false : nil }
                var byte = unsafe bytes[index + offset]
                if caseInsensitive, byte >= 0x61, byte <= 0x7A { byte -= 0x20 }
                if byte != expected { return false }
            }
            return true
        }
        guard available >= 2 else { return isFinal ? .other : nil }
        switch unsafe bytes[index + 1] {
        case UInt8(ascii: "?"): return .processingInstruction
        case UInt8(ascii: "!"):
            guard let isComment = has("<!--") else { return nil }
            if isComment { return .comment }
            guard let isCDATA = has("<![CDATA[") else { return nil }
            if isCDATA { return .cdata }
            guard let isDoctype = has("<!DOCTYPE", caseInsensitive: true) else { return nil }
            return isDoctype ? .doctype : .other
        default: return .other
        }
    }

    /// Finds the '>' that closes the DOCTYPE: outside quotes, comments and the internal subset.
    /// Returns whether it was found and how many bytes (up to and including it) belong to it.
    /// Quote and bracket state is re-derived from what was gathered so far, which is small.
    private func scanDoctype(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (Bool, Int) {
        var quote: UInt8 = 0
        var depth = 0
        // Replay the gathered prefix to know where we are (DOCTYPEs are small and rare).
        for byte in doctype { step(byte, &quote, &depth) }
        var index = start
        while index < bytes.count {
            let byte = unsafe bytes[index]
            if quote == 0, depth == 0, byte == UInt8(ascii: ">"), !(doctype.isEmpty && index == start) {
                return (true, index - start + 1)
            }
            step(byte, &quote, &depth)
            index += 1
        }
        return (false, bytes.count - start)
    }

    private func step(_ byte: UInt8, _ quote: inout UInt8, _ depth: inout Int) {
        if quote != 0 {
            if byte == quote { quote = 0 }
        } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
            quote = byte
        } else if byte == UInt8(ascii: "[") {
            depth += 1
        } else if byte == UInt8(ascii: "]") {
            depth = max(0, depth - 1)
        }
    }

    // MARK: - References

    private static let predefined: [String: String] = [
        "amp": "&#38;", "lt": "&#60;", "gt": "&#62;", "quot": "&#34;", "apos": "&#39;",
    ]
    private static let longestName = 40

    private static let ampersandReference: StaticString = "&#38;"
    private static let lessThanReference: StaticString = "&#60;"
    private static let greaterThanReference: StaticString = "&#62;"
    private static let quoteReference: StaticString = "&#34;"
    private static let apostropheReference: StaticString = "&#39;"

    /// The character reference for `amp`, `lt`, `gt`, `quot` or `apos`, else nil.
    @inline(__always)
    private static func predefinedReference(_ name: UnsafeBufferPointer<UInt8>) -> StaticString? {
        switch name.count {
        case 2:
            guard unsafe name[1] == UInt8(ascii: "t") else { return nil }
            if unsafe name[0] == UInt8(ascii: "l") { return lessThanReference }
            if unsafe name[0] == UInt8(ascii: "g") { return greaterThanReference }
            return nil
        case 3:
            return unsafe name[0] == UInt8(ascii: "a") && name[1] == UInt8(ascii: "m") && name[2] == UInt8(ascii: "p") ? ampersandReference : nil
        case 4:
            if unsafe name[0] == UInt8(ascii: "q"), unsafe name[1] == UInt8(ascii: "u"), unsafe name[2] == UInt8(ascii: "o"),
                unsafe name[3] == UInt8(ascii: "t")
            {
                return quoteReference
            }
            if unsafe name[0] == UInt8(ascii: "a"), unsafe name[1] == UInt8(ascii: "p"), unsafe name[2] == UInt8(ascii: "o"),
                unsafe name[3] == UInt8(ascii: "s")
            {
                return apostropheReference
            }
            return nil
        default:
            return nil
        }
    }

    /// `&lt;`, `&gt;`, `&amp;`, `&quot;` or `&apos;` at `index` (its '&'): how many bytes it
    /// takes and its character reference. These are most references in escaped HTML, so they
    /// are told from the bytes before anything else is tried.
    @inline(__always)
    private static func commonReference(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Int, StaticString)? {
        let available = bytes.count - index
        guard available >= 4 else { return nil }
        let first = unsafe bytes[index + 1]
        let second = unsafe bytes[index + 2]
        let third = unsafe bytes[index + 3]
        if second == UInt8(ascii: "t"), third == UInt8(ascii: ";") {
            if first == UInt8(ascii: "l") { return (4, lessThanReference) }
            if first == UInt8(ascii: "g") { return (4, greaterThanReference) }
            return nil
        }
        guard available >= 5 else { return nil }
        if first == UInt8(ascii: "a"), second == UInt8(ascii: "m"), third == UInt8(ascii: "p"), unsafe bytes[index + 4] == UInt8(ascii: ";") {
            return (5, ampersandReference)
        }
        guard available >= 6, unsafe bytes[index + 5] == UInt8(ascii: ";") else { return nil }
        if first == UInt8(ascii: "q"), second == UInt8(ascii: "u"), third == UInt8(ascii: "o"), unsafe bytes[index + 4] == UInt8(ascii: "t") {
            return (6, quoteReference)
        }
        if first == UInt8(ascii: "a"), second == UInt8(ascii: "p"), third == UInt8(ascii: "o"), unsafe bytes[index + 4] == UInt8(ascii: "s") {
            return (6, apostropheReference)
        }
        return nil
    }

    /// HTML Living Standard, "numeric character reference end state": the code points 0x80-0x9F
    /// that windows-1252 gives printable characters.
    private static let windows1252C1: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]

    private static func number(_ digits: UnsafeBufferPointer<UInt8>, hex: Bool) -> UInt32 {
        var value: UInt32 = 0
        for index in digits.indices {
            let digit = unsafe digits[index]
            let lower = digit | 0x20
            let nibble: UInt32 = digit <= UInt8(ascii: "9") ? UInt32(digit - UInt8(ascii: "0")) : UInt32(lower - UInt8(ascii: "a") + 10)
            let (product, overflow) = value.multipliedReportingOverflow(by: hex ? 16 : 10)
            guard !overflow else { return .max }
            value = product &+ nibble
        }
        return value
    }

    /// Repairs the reference starting with the '&' at `index`. Returns the bytes consumed, or nil
    /// when the chunk ends before the reference does.
    private mutating func repairReference(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, isFinal: Bool, into output: inout ByteBuffer
    ) -> Int? {
        let count = bytes.count
        if declaredEntities.isEmpty, let (length, reference) = unsafe Self.commonReference(bytes, at: index) {
            output.append(reference)
            return length
        }
        var cursor = index + 1
        guard cursor < count else {
            if isFinal { escapeAmpersand(into: &output); return 1 }
            return nil
        }
        if unsafe bytes[cursor] == UInt8(ascii: "#") {
            // A character reference: &#123; or &#x1F;
            cursor += 1
            var isHex = false
            if cursor < count, unsafe bytes[cursor] == UInt8(ascii: "x") || bytes[cursor] == UInt8(ascii: "X") {
                isHex = true
                cursor += 1
            }
            let digitsStart = cursor
            while cursor < count, cursor - index <= Self.longestName, unsafe isDigit(bytes[cursor], hex: isHex) { cursor += 1 }
            if cursor == count, !isFinal, cursor - index <= Self.longestName { return nil }
            if cursor > digitsStart, cursor < count, unsafe bytes[cursor] == UInt8(ascii: ";") {
                let value = unsafe Self.number(UnsafeBufferPointer(rebasing: bytes[digitsStart..<cursor]), hex: isHex)
                if value >= 0x80, value <= 0x9F, let replacement = Self.windows1252C1[value] {
                    // &#146; means ’ on the web (HTML's rule for C1 references); in XML it is a
                    // control character nobody meant.
                    output.append(string: "&#\(replacement);")
                } else if isHex, unsafe bytes[index + 2] == UInt8(ascii: "X") {
                    // XML wants a lower-case x (&#x41;); HTML and feeds accept &#X41; too.
                    output.append("&#x" as StaticString)
                    unsafe output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[digitsStart...cursor]))
                } else {
                    unsafe output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index...cursor]))
                }
                return cursor - index + 1
            }
            escapeAmpersand(into: &output)
            return 1
        }
        let nameStart = cursor
        while cursor < count, cursor - index <= Self.longestName, unsafe isNameByte(bytes[cursor]) { cursor += 1 }
        if cursor == count, !isFinal, cursor - index <= Self.longestName { return nil }
        guard cursor > nameStart, cursor < count, unsafe bytes[cursor] == UInt8(ascii: ";") else {
            escapeAmpersand(into: &output)
            return 1
        }
        let consumed = cursor - index + 1
        // The five XML entities are most of the references in escaped HTML: decided from the
        // bytes, without making a String.
        if let reference = unsafe Self.predefinedReference(UnsafeBufferPointer(rebasing: bytes[nameStart..<cursor])), declaredEntities.isEmpty {
            output.append(reference)
            return consumed
        }
        let name = unsafe String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<cursor]), as: UTF8.self)
        if let reference = Self.predefined[name] {
            output.append(string: reference)
        } else if let declared = declaredEntities[name] {
            expand(declared, named: name, into: &output)
        } else if let character = HTMLEntities.character(named: Substring(name)) {
            appendCharacterReferences(character, to: &output)
            if !hasExternalDTD {
                warnOnce(name, "undefined entity &\(name); (an HTML entity XML does not define) read as \(character.debugDescription)")
            }
        } else {
            output.append("&#38;" as StaticString)
            unsafe output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[nameStart...cursor]))
            warnOnce(name, "undefined entity &\(name); kept as text")
        }
        return consumed
    }

    private mutating func expand(_ entity: DeclaredEntity, named name: String, into output: inout ByteBuffer) {
        switch entity {
        case .external:
            output.append(string: "&#38;\(name);")
            warnOnce(name, "external entity &\(name); not loaded (external entities are never fetched)")
        case .literal(let value):
            guard expandedBytes + value.count <= limits.maxEntityExpansionBytes else {
                output.append(string: "&#38;\(name);")
                warnOnce(
                    "limit:" + name,
                    "entity &\(name); not expanded: more than \(limits.maxEntityExpansionBytes.formattedByteCount) of entity text (the limit)")
                return
            }
            expandedBytes += value.count
            // One level deep: references inside the value are repaired, not expanded again.
            var inner = XMLRepairStream(limits: limits)
            inner.hasExternalDTD = hasExternalDTD
            unsafe value.withUnsafeBufferPointer { unsafe inner.push($0, into: &output) }
            inner.finish(into: &output)
            for warning in inner.warnings where warnings.count < limits.maxWarnings { warnings.append(warning) }
        }
    }

    private mutating func escapeAmpersand(into output: inout ByteBuffer) {
        output.append(Self.ampersandReference)
        if !warnedAboutBareAmpersand {
            warnedAboutBareAmpersand = true
            warn("a bare '&' that starts no entity was read as text")
        }
    }

    private mutating func warnOnce(_ key: String, _ message: String) {
        if warnedNames.insert(key).inserted { warn(message) }
    }

    private mutating func warn(_ message: String) {
        if warnings.count < limits.maxWarnings { warnings.append(message) }
    }

    private func appendCharacterReferences(_ text: String, to output: inout ByteBuffer) {
        for scalar in text.unicodeScalars {
            output.append(string: "&#\(scalar.value);")
        }
    }

    // MARK: - The internal subset

    /// Reads `<!ENTITY name "value">` and `<!ENTITY name SYSTEM "…">` declarations; parameter
    /// entities (`<!ENTITY % …>`) are ignored, as is everything else. Notes whether the DOCTYPE
    /// names an external DTD.
    private mutating func readDeclarations(_ text: [UInt8]) {
        let doctype = String(decoding: text, as: UTF8.self)
        var scanner = Substring(doctype)
        // <!DOCTYPE name PUBLIC "…" "…" [ … ]> or SYSTEM "…"
        if let open = scanner.firstIndex(of: "[") {
            let head = scanner[..<open].uppercased()
            hasExternalDTD = head.contains("PUBLIC") || head.contains("SYSTEM")
        } else {
            let upper = doctype.uppercased()
            hasExternalDTD = upper.contains("PUBLIC") || upper.contains("SYSTEM")
        }
        var declarations = 0
        while let range = scanner.range(of: "<!ENTITY"), declarations < 1000 {
            declarations += 1
            scanner = scanner[range.upperBound...]
            var rest = scanner.drop(while: \.isWhitespace)
            if rest.first == "%" { continue }
            let name = rest.prefix(while: { !$0.isWhitespace && $0 != "\"" && $0 != "'" && $0 != ">" })
            guard !name.isEmpty else { continue }
            rest = rest[name.endIndex...].drop(while: \.isWhitespace)
            guard let quote = rest.first else { continue }
            if quote == "\"" || quote == "'" {
                let body = rest.dropFirst()
                guard let close = body.firstIndex(of: quote) else { continue }
                if declaredEntities[String(name)] == nil {  // XML 1.0 section 4.2: the first declaration binds
                    declaredEntities[String(name)] = .literal(Array(body[..<close].utf8))
                }
                scanner = body[close...]
            } else if declaredEntities[String(name)] == nil {
                declaredEntities[String(name)] = .external
            }
        }
    }

    private func appendNewlines(in text: [UInt8], to output: inout ByteBuffer) {
        for byte in text where byte == UInt8(ascii: "\n") { output.append(byte) }
    }

    // MARK: - Bytes

    @inline(__always) private func isDigit(_ byte: UInt8, hex: Bool) -> Bool {
        if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { return true }
        guard hex else { return false }
        let lower = byte | 0x20
        return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f")
    }

    /// Name characters of XML 1.0 section 2.3, approximated: ASCII letters, digits, '_', '-', '.',
    /// ':' and any non-ASCII byte.
    @inline(__always) private func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"),
            UInt8(ascii: "."), UInt8(ascii: ":"), 0x80...0xFF:
            true
        default: false
        }
    }

    /// The index of the first `byte` in `bytes[start..<end]` (end defaults to the whole
    /// buffer), or `end` when there is none.
    @inline(__always)
    static func find(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, before end: Int = .max) -> Int {
        let end = min(end, bytes.count)
        guard start < end, let base = bytes.baseAddress else { return end }
        guard let found = unsafe memchr(base + start, Int32(byte), end - start) else { return end }
        return unsafe base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The index of the next '<' at or after `start` that `mark` ('!' or '?') follows, or
    /// `bytes.count`.
    @inline(__always)
    private static func markup(opening mark: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var search = start + 1
        while true {
            let found = unsafe find(mark, in: bytes, from: search)
            guard found < bytes.count else { return bytes.count }
            if unsafe bytes[found - 1] == UInt8(ascii: "<") { return found - 1 }
            search = found + 1
        }
    }

    /// Where `needle` first starts in `bytes` from `start`, or nil: its first byte is found with
    /// `memchr`, so a long CDATA section costs little more than a copy.
    private static func find(_ needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let pattern = unsafe UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        let last = bytes.count - pattern.count
        var index = start
        while index <= last {
            index = unsafe find(pattern[0], in: bytes, from: index, before: last + 1)
            guard index <= last else { return nil }
            var matches = true
            for offset in 1..<pattern.count where unsafe bytes[index + offset] != pattern[offset] {
                matches = false
                break
            }
            if matches { return index }
            index += 1
        }
        return nil
    }
}
