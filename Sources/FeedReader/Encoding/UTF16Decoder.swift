/// Decodes UTF-16 in one byte order into UTF-8.
///
/// A surrogate that is not half of a pair, and an odd byte left at the end, become U+FFFD with
/// an issue. C1 control characters are read as windows-1252 (see `Windows1252`).
final class UTF16Decoder: ChunkDecoder {
    let longestCharacter = 4
    var carried = CarriedBytes()
    private let byteOrder: TextEncoding.ByteOrder
    private let name: String

    init(_ byteOrder: TextEncoding.ByteOrder) {
        self.byteOrder = byteOrder
        name = TextEncoding.utf16(byteOrder).name
    }

    func decodeCharacters(
        _ bytes: UnsafeRawBufferPointer, startingAt offset: Int, isLast: Bool,
        into output: inout [UInt8], issues: inout DecodingIssues
    ) -> Int {
        let end = bytes.count
        let bigEndian = byteOrder == .bigEndian
        @inline(__always) func unit(at index: Int) -> UInt32 {
            let first = unsafe UInt32(bytes[index])
            let second = unsafe UInt32(bytes[index + 1])
            return bigEndian ? first << 8 | second : second << 8 | first
        }
        var index = 0
        // Each 2-byte unit becomes at most 3 bytes of UTF-8, a 4-byte pair exactly 4.
        unsafe UTF8Writer.append(upTo: end / 2 * 3 + 3, to: &output) { out in
            var written = 0
            while index + 2 <= end {
                let first = unit(at: index)
                switch first {
                case 0..<0x80:
                    unsafe out[written] = UInt8(truncatingIfNeeded: first)
                    written += 1
                    index += 2
                case 0xD800..<0xDC00:
                    if index + 4 > end, !isLast {
                        return written  // the low surrogate is in the next chunk
                    }
                    let second = index + 4 <= end ? unit(at: index + 2) : 0
                    if (0xDC00..<0xE000).contains(second) {
                        unsafe UTF8Writer.write(0x10000 + (first - 0xD800) << 10 + (second - 0xDC00), to: out, at: &written)
                        index += 4
                    } else {
                        unsafe UTF8Writer.write(UTF8Writer.replacementCharacter, to: out, at: &written)
                        issues.record(.invalid(encoding: name), at: offset + index)
                        index += 2
                    }
                case 0xDC00..<0xE000:
                    unsafe UTF8Writer.write(UTF8Writer.replacementCharacter, to: out, at: &written)
                    issues.record(.invalid(encoding: name), at: offset + index)
                    index += 2
                default:
                    unsafe UTF8Writer.write(Windows1252.readingC1ControlAsWindows1252(first), to: out, at: &written)
                    index += 2
                }
            }
            if isLast, index < end {
                unsafe UTF8Writer.write(UTF8Writer.replacementCharacter, to: out, at: &written)
                issues.record(.truncated(encoding: name), at: offset + index)
                index = end
            }
            return written
        }
        return index
    }
}
