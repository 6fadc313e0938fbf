/// Resolves URL references against a base: RFC 3986 section 5.2, written out over UTF-8 bytes
/// (no Foundation `URL`, which is slow and rejects much of what feeds contain).
enum URLResolver {
    /// `reference` resolved against `base`.
    ///
    /// - Leading and trailing C0 controls and spaces are trimmed from both, as the URL Standard
    ///   does (https://url.spec.whatwg.org/#concept-basic-url-parser).
    /// - A reference with an unsafe scheme (`javascript:`, `data:`, `vbscript:`, any case, tabs
    ///   and line breaks inside ignored as browsers ignore them) gives nil, and so does a relative
    ///   reference resolved against a base with one.
    /// - A reference with a scheme is absolute: it is returned as written, but for its dot
    ///   segments, which are removed (RFC 3986 section 5.2.2; "http:g" stays "http:g").
    /// - Without a base (nil or empty), a relative reference is returned as written.
    /// - Against a base with a scheme, RFC 3986 section 5.2.2: a network-path reference
    ///   ("//host/x") keeps the base's scheme; a path-absolute one ("/x") the base's authority as
    ///   well; a relative path is merged with the base's path (section 5.2.3: everything up to
    ///   its last "/") and its dot segments removed (section 5.2.4); an empty path keeps the base's
    ///   path, and its query unless the reference has one; the fragment is always the reference's.
    /// - A base without a scheme is resolved against only as far as that makes sense: when it
    ///   starts with "/" ("//host/feed/" or "/feed/"), as above, and the result has no scheme
    ///   either; otherwise ("feed/") the reference is returned as written.
    static func resolve(_ reference: String, against base: String?) -> String? {
        var reference = reference
        let outcome = reference.withUTF8 { referenceBytes -> Outcome in
            let trimmed = unsafe trimmed(referenceBytes)
            if unsafe hasUnsafeScheme(referenceBytes, trimmed) { return .unsafe }
            let parsedReference = unsafe URIReference(referenceBytes, in: trimmed)
            if parsedReference.scheme != nil {
                let path = unsafe UnsafeBufferPointer(rebasing: referenceBytes[parsedReference.path])
                if unsafe !DotSegments.occur(in: path) { return .slice(trimmed) }
                return unsafe .resolved(compose(Target(reference: parsedReference, in: referenceBytes)))
            }
            guard var base, !base.isEmpty else { return .slice(trimmed) }
            return base.withUTF8 { baseBytes -> Outcome in
                let baseRange = unsafe self.trimmed(baseBytes)
                let parsedBase = unsafe URIReference(baseBytes, in: baseRange)
                if unsafe parsedBase.scheme == nil && (baseRange.isEmpty || baseBytes[baseRange.lowerBound] != UInt8(ascii: "/")) {
                    return .slice(trimmed)
                }
                if unsafe hasUnsafeScheme(baseBytes, baseRange) { return .unsafe }
                let target = unsafe Target(reference: parsedReference, in: referenceBytes, base: parsedBase, in: baseBytes)
                return unsafe .resolved(compose(target))
            }
        }
        switch outcome {
        case .unsafe: return nil
        case .resolved(let resolved): return resolved
        case .slice(let range):
            let utf8 = reference.utf8
            if range.count == utf8.count { return reference }
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let end = utf8.index(start, offsetBy: range.count)
            return String(reference[start..<end])
        }
    }

    /// Whether `string` is an absolute URI, one that starts with a scheme and `:` (RFC 3986
    /// section 4.3), leading C0 controls and spaces aside.
    static func isAbsolute(_ string: String) -> Bool {
        var string = string
        return string.withUTF8 { bytes in unsafe URIReference.schemeEnd(bytes, in: trimmed(bytes)) != nil }
    }

    private enum Outcome {
        case unsafe
        /// The reference, trimmed to this range, is the answer.
        case slice(Range<Int>)
        case resolved(String)
    }

    /// The range of `bytes` without leading and trailing C0 controls and spaces.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = 0
        var end = bytes.count
        while unsafe start < end && bytes[start] <= 0x20 { start += 1 }
        while unsafe end > start && bytes[end - 1] <= 0x20 { end -= 1 }
        return start..<end
    }

    /// Whether `bytes[range]` starts with `javascript:`, `data:` or `vbscript:`, in any ASCII case,
    /// ignoring tabs, line feeds and carriage returns (which the URL Standard removes).
    private static func hasUnsafeScheme(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var javascript = true
        var data = true
        var vbscript = true
        var length = 0
        for index in range {
            let byte = unsafe bytes[index]
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            if byte == UInt8(ascii: ":") {
                return (javascript && length == 10) || (data && length == 4) || (vbscript && length == 8)
            }
            guard ByteSearch.isASCIILetter(byte) else { return false }
            javascript = javascript && matches("javascript", at: length, byte)
            data = data && matches("data", at: length, byte)
            vbscript = vbscript && matches("vbscript", at: length, byte)
            guard javascript || data || vbscript else { return false }
            length += 1
        }
        return false
    }

    private static func matches(_ scheme: StaticString, at offset: Int, _ letter: UInt8) -> Bool {
        unsafe offset < scheme.utf8CodeUnitCount && scheme.utf8Start[offset] == letter | 0x20
    }

    /// The components of the resolved URL (RFC 3986 section 5.2.2's T), each taken from the
    /// reference or from the base. The path is written out by `compose`.
    // @unsafe: borrows the bytes of the reference it builds from.
    @unsafe
    private struct Target {
        var scheme: UnsafeBufferPointer<UInt8>?
        var authority: UnsafeBufferPointer<UInt8>?
        /// The path, or its two halves to merge (RFC 3986 section 5.2.3).
        var pathPrefix: UnsafeBufferPointer<UInt8>?
        var path: UnsafeBufferPointer<UInt8>
        var removesDotSegments: Bool
        var query: UnsafeBufferPointer<UInt8>?
        var fragment: UnsafeBufferPointer<UInt8>?

        /// An absolute reference: itself, dot segments removed.
        init(reference: URIReference, in bytes: UnsafeBufferPointer<UInt8>) {
            unsafe scheme = unsafe reference.scheme.map { unsafe bytes.piece($0) }
            unsafe authority = unsafe reference.authority.map { unsafe bytes.piece($0) }
            unsafe path = unsafe bytes.piece(reference.path)
            unsafe removesDotSegments = true
            unsafe query = unsafe reference.query.map { unsafe bytes.piece($0) }
            unsafe fragment = unsafe reference.fragment.map { unsafe bytes.piece($0) }
        }

        /// A relative reference against a base.
        init(reference: URIReference, in referenceBytes: UnsafeBufferPointer<UInt8>, base: URIReference, in baseBytes: UnsafeBufferPointer<UInt8>) {
            unsafe path = unsafe referenceBytes.piece(reference.path)
            unsafe removesDotSegments = true
            unsafe scheme = unsafe base.scheme.map { unsafe baseBytes.piece($0) }
            unsafe fragment = unsafe reference.fragment.map { unsafe referenceBytes.piece($0) }
            unsafe query = unsafe reference.query.map { unsafe referenceBytes.piece($0) }
            if let referenceAuthority = reference.authority {
                unsafe authority = unsafe referenceBytes.piece(referenceAuthority)
                return
            }
            unsafe authority = unsafe base.authority.map { unsafe baseBytes.piece($0) }
            let basePath = unsafe baseBytes.piece(base.path)
            if unsafe path.isEmpty {
                unsafe path = unsafe basePath
                unsafe removesDotSegments = false
                if unsafe query == nil { unsafe query = unsafe base.query.map { unsafe baseBytes.piece($0) } }
            } else if unsafe path.first != UInt8(ascii: "/") {
                // RFC 3986 section 5.2.3: "/" when the base has an authority and an empty path,
                // else the base's path up to and including its last "/".
                if base.authority != nil && basePath.isEmpty {
                    unsafe pathPrefix = unsafe UnsafeBufferPointer(start: Self.slash.utf8Start, count: 1)
                } else if let lastSlash = unsafe basePath.lastIndex(of: UInt8(ascii: "/")) {
                    unsafe pathPrefix = unsafe UnsafeBufferPointer(rebasing: basePath[...lastSlash])
                }
            }
        }

        private static let slash: StaticString = "/"

        /// An upper bound of the composed length.
        var capacity: Int {
            unsafe (scheme?.count ?? 0) + (authority?.count ?? 0) + (pathPrefix?.count ?? 0) + path.count
                + (query?.count ?? 0) + (fragment?.count ?? 0) + 6
        }
    }

    /// RFC 3986 section 5.3: the components put back together.
    private static func compose(_ target: Target) -> String {
        unsafe withUnsafeTemporaryAllocation(of: UInt8.self, capacity: target.capacity) { buffer in
            var count = 0
            func write(_ piece: UnsafeBufferPointer<UInt8>) {
                guard !piece.isEmpty else { return }
                unsafe (buffer.baseAddress! + count).initialize(from: piece.baseAddress!, count: piece.count)
                count += piece.count
            }
            func write(_ byte: UInt8) {
                unsafe buffer[count] = byte
                count += 1
            }
            if let scheme = unsafe target.scheme {
                unsafe write(scheme)
                write(UInt8(ascii: ":"))
            }
            if let authority = unsafe target.authority {
                write(UInt8(ascii: "/"))
                write(UInt8(ascii: "/"))
                unsafe write(authority)
            }
            let pathStart = count
            if let prefix = unsafe target.pathPrefix { unsafe write(prefix) }
            unsafe write(target.path)
            if unsafe target.removesDotSegments {
                count = unsafe DotSegments.remove(in: buffer, path: pathStart..<count)
            }
            if let query = unsafe target.query {
                write(UInt8(ascii: "?"))
                unsafe write(query)
            }
            if let fragment = unsafe target.fragment {
                write(UInt8(ascii: "#"))
                unsafe write(fragment)
            }
            return unsafe String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The bytes in `range`, as a buffer of their own.
    fileprivate func piece(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        unsafe UnsafeBufferPointer(rebasing: self[range])
    }
}
