/// Writes Unicode scalar values as UTF-8 into the transcoder's output.
enum UTF8Writer {
    /// U+FFFD REPLACEMENT CHARACTER, written where bytes mean no character.
    static let replacementCharacter: UInt32 = 0xFFFD

    /// Writes `scalar` (a Unicode scalar value) at `out[index]`, advancing `index` past it.
    @inline(__always)
    static func write(_ scalar: UInt32, to out: UnsafeMutablePointer<UInt8>, at index: inout Int) {
        switch scalar {
        case 0..<0x80:
            unsafe out[index] = UInt8(truncatingIfNeeded: scalar)
            index += 1
        case 0x80..<0x800:
            unsafe out[index] = UInt8(truncatingIfNeeded: 0xC0 | scalar >> 6)
            unsafe out[index + 1] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            index += 2
        case 0x800..<0x10000:
            unsafe out[index] = UInt8(truncatingIfNeeded: 0xE0 | scalar >> 12)
            unsafe out[index + 1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
            unsafe out[index + 2] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            index += 3
        default:
            unsafe out[index] = UInt8(truncatingIfNeeded: 0xF0 | scalar >> 18)
            unsafe out[index + 1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 12 & 0x3F)
            unsafe out[index + 2] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
            unsafe out[index + 3] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            index += 4
        }
    }

    /// Lets `body` write at most `capacity` bytes at the end of `output` through a pointer, in
    /// place, and keeps the number of bytes it says it wrote.
    @inline(__always)
    static func append(
        upTo capacity: Int, to output: inout [UInt8],
        _ body: (UnsafeMutablePointer<UInt8>) -> Int
    ) {
        // Written into scratch memory and appended in one copy: making room in the array first
        // meant zeroing three times the chunk for a single-byte encoding.
        unsafe withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            let written = unsafe body(buffer.baseAddress!)
            unsafe output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<written]))
        }
    }

    /// Appends `count` bytes from `start` in one copy.
    @inline(__always)
    static func append(_ start: UnsafeRawPointer, count: Int, to output: inout [UInt8]) {
        guard count > 0 else { return }
        unsafe output.append(contentsOf: UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: count))
    }
}
