/// A character encoding the transcoder can decode, with the name it reports.
///
/// UTF-8, UTF-16, UTF-32, US-ASCII and windows-1252 are decoded in Swift; every other
/// encoding goes through glibc's iconv under `iconvName`.
enum TextEncoding: Hashable, Sendable {
    case utf8
    case utf16(ByteOrder)
    case utf32(ByteOrder)
    /// Seven-bit ASCII. A byte above 0x7F is not ASCII; see `XMLTranscoder` for what happens then.
    case usASCII
    /// windows-1252, also used for every ISO-8859-1 label, as the WHATWG Encoding Standard
    /// does: the two differ only in 0x80–0x9F, which ISO-8859-1 gives to C1 control
    /// characters that no real feed means.
    case windows1252
    /// Any other encoding: `name` is reported, `iconvName` is what `iconv_open` is given.
    case iconv(name: String, iconvName: String)

    enum ByteOrder: Hashable, Sendable {
        case bigEndian, littleEndian
    }

    /// The lower-case name reported as `XMLTranscoder.encodingName`.
    var name: String {
        switch self {
        case .utf8: "utf-8"
        case .utf16(.littleEndian): "utf-16le"
        case .utf16(.bigEndian): "utf-16be"
        case .utf32(.littleEndian): "utf-32le"
        case .utf32(.bigEndian): "utf-32be"
        case .usASCII: "us-ascii"
        case .windows1252: "windows-1252"
        case .iconv(let name, _): name
        }
    }

    /// Whether the ASCII characters are single bytes of the same value, so that an XML
    /// declaration read byte by byte means what it says in this encoding.
    var isASCIICompatible: Bool {
        switch self {
        case .utf16, .utf32: false
        default: true
        }
    }
}
