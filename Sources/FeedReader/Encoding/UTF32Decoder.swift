/// Decodes UTF-32 in one byte order into UTF-8.
///
/// A unit that is no Unicode scalar value (a surrogate, or above U+10FFFF), and bytes left over
/// at the end, become U+FFFD with an issue. C1 control characters are read as windows-1252
/// (see `Windows1252`).
final class UTF32Decoder: ChunkDecoder {
    let longestCharacter = 4
    var carried = CarriedBytes()
    private let byteOrder: TextEncoding.ByteOrder
    private let name: String

    init(_ byteOrder: TextEncoding.ByteOrder) {
        self.byteOrder = byteOrder
        name = TextEncoding.utf32(byteOrder).name
    }

    func decodeCharacters(
        _ bytes: UnsafeRawBufferPointer, startingAt offset: Int, isLast: Bool,
        into output: inout [UInt8], issues: inout DecodingIssues
    ) -> Int {
        let end = bytes.count
        let whole = end / 4 * 4
        let bigEndian = byteOrder == .bigEndian
        unsafe UTF8Writer.append(upTo: whole + 3, to: &output) { out in
            var written = 0
            for index in stride(from: 0, to: whole, by: 4) {
                let value = (0..<4).reduce(UInt32(0)) { value, k in
                    unsafe value | UInt32(bytes[index + k]) << (bigEndian ? 24 - 8 * k : 8 * k)
                }
                if value < 0xD800 || (0xE000..<0x11_0000).contains(value) {
                    unsafe UTF8Writer.write(Windows1252.readingC1ControlAsWindows1252(value), to: out, at: &written)
                } else {
                    unsafe UTF8Writer.write(UTF8Writer.replacementCharacter, to: out, at: &written)
                    issues.record(.invalid(encoding: name), at: offset + index)
                }
            }
            if isLast, whole < end {
                unsafe UTF8Writer.write(UTF8Writer.replacementCharacter, to: out, at: &written)
                issues.record(.truncated(encoding: name), at: offset + whole)
            }
            return written
        }
        return isLast ? end : whole
    }
}
