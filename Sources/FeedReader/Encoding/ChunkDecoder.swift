/// The first bytes of a character that a chunk boundary cut off, kept for the next chunk.
struct CarriedBytes {
    var bytes: [UInt8] = []
    /// Where `bytes` start in the document.
    var offset = 0
}

/// Decodes one encoding into UTF-8 as the document arrives in chunks of any size.
///
/// A conforming decoder only says how to decode characters that lie whole in one buffer;
/// the extension stitches characters that a chunk boundary cuts in two.
protocol ChunkDecoder: AnyObject {
    /// The most bytes one character (or escape sequence) can take.
    var longestCharacter: Int { get }
    var carried: CarriedBytes { get set }

    /// Decodes `bytes` into UTF-8 appended to `output`, and returns how many bytes it used.
    ///
    /// When `isLast` is false it may stop early, but only before an incomplete character that
    /// runs to the end of `bytes`; when `isLast` is true it must use every byte (an incomplete
    /// character becomes U+FFFD, with an issue). `offset` is where `bytes` start in the
    /// document, for the issues it records.
    func decodeCharacters(
        _ bytes: UnsafeRawBufferPointer, startingAt offset: Int, isLast: Bool,
        into output: inout [UInt8], issues: inout DecodingIssues
    ) -> Int
}

extension ChunkDecoder {
    /// Decodes the next chunk of the document, which starts at `offset`; the tail of a
    /// character cut by the chunk's end waits for the next chunk (or `finish`).
    func decode(
        _ chunk: UnsafeRawBufferPointer, startingAt offset: Int,
        into output: inout [UInt8], issues: inout DecodingIssues
    ) {
        var rest = unsafe chunk[...]
        if !carried.bytes.isEmpty {
            // Finish the cut character with a few bytes of this chunk, then go on from there.
            let borrowed = min(chunk.count, longestCharacter)
            let joined = unsafe carried.bytes + chunk[..<borrowed]
            let used = unsafe joined.withUnsafeBytes {
                unsafe decodeCharacters($0, startingAt: carried.offset, isLast: false, into: &output, issues: &issues)
            }
            if used < carried.bytes.count {
                carried.bytes = unsafe Array(joined[used...]) + chunk[borrowed...]
                carried.offset += used
                return
            }
            unsafe rest = unsafe chunk[(used - carried.bytes.count)...]
        }
        let restStart = unsafe offset + rest.startIndex
        let used = unsafe decodeCharacters(
            UnsafeRawBufferPointer(rebasing: rest), startingAt: restStart,
            isLast: false, into: &output, issues: &issues)
        carried = unsafe CarriedBytes(bytes: Array(rest.dropFirst(used)), offset: restStart + used)
    }

    /// Ends the document: a character it cut short is decoded as a bad one (U+FFFD, or for
    /// UTF-8 the windows-1252 characters of its bytes), with an issue.
    func finish(into output: inout [UInt8], issues: inout DecodingIssues) {
        let tail = carried
        carried = CarriedBytes()
        _ = unsafe tail.bytes.withUnsafeBytes {
            unsafe decodeCharacters($0, startingAt: tail.offset, isLast: true, into: &output, issues: &issues)
        }
    }
}
