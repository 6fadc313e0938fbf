extension String {
    /// A String of bytes the parser already knows are valid UTF-8, copied without checking them
    /// again.
    ///
    /// Why: checking is the parser's single largest cost of its own (about a tenth of parse
    /// time, most of it in entry content), and every byte that reaches here has been checked
    /// already: `XMLTranscoder` hands libxml2 nothing but valid UTF-8 (broken bytes are
    /// repaired there), libxml2 hands back slices of that and the characters of references it
    /// has checked (XML 1.0 section 2.2's `Char`, which has no surrogates), and what share writes
    /// between them is ASCII or comes from a String. Text made from those bytes (plain text,
    /// escaped or rewritten HTML) only drops or replaces ASCII, or adds whole characters.
    ///
    /// Debug builds (the tests, the fuzzers) check every such string anyway, so a hole in that
    /// chain is a test failure, not a quiet bad string.
    init(validUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        unsafe assert(String(validating: bytes, as: UTF8.self) != nil, unsafe "not valid UTF-8: \(Array(bytes))")
        if #available(macOS 26.0, *) {
            // Saying whether it is ASCII keeps the String's fast paths: an ASCII string is known
            // to be in normal form, so hashing and comparing it need no Unicode work.
            let isASCII =
                unsafe bytes.baseAddress.map { unsafe UTF8Repair.endOfASCII(UnsafeRawPointer($0), from: 0, end: bytes.count) == bytes.count } ?? true
            self = String(copying: unsafe UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII))
        } else {
            self = unsafe String(decoding: bytes, as: UTF8.self)
        }
    }
}
