/// Reading and writing Unicode scalars as UTF-8 bytes.
///
/// The bytes read are a `String`'s own storage, which Swift keeps valid UTF-8, so a lead byte
/// always has its continuation bytes after it and nothing is checked twice.
enum UTF8Scalars {
    /// The scalar whose encoding starts at `index`, which must be on a scalar boundary, and the
    /// number of bytes its encoding takes (1 to 4).
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 {
            return (Unicode.Scalar(UInt8(lead)), 1)
        }
        @inline(__always) func continuation(_ offset: Int) -> UInt32 {
            UInt32(bytes[index + offset]) & 0x3F
        }
        let value: UInt32
        let length: Int
        if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | continuation(1)
            length = 2
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2)
            length = 3
        } else {
            value = (lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3)
            length = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Appends the UTF-8 encoding of `scalar` to `bytes`.
    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        if scalar.isASCII {
            bytes.append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            bytes.append(contentsOf: scalar.utf8)
        }
    }
}
