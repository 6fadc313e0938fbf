import Foundation

/// Quoted-printable (RFC 2045 §6.7), as vCard 2.1 and 3.0 values from old phones and Outlook use
/// it: `=XX` is the byte with hex value XX, and every other character stands for itself.
/// Soft line breaks (`=` at a line's end) are joined by ``VCardLine/lines(in:)`` before this runs.
enum QuotedPrintable {
    /// `encoded` decoded to bytes and read in `charset`: UTF-8 when none is named or the one
    /// named is unknown, and as ``TextDecoding`` reads a file when the bytes are not valid in it.
    static func decode(_ encoded: Substring, charset: String?) -> String {
        let bytes = decodeBytes(encoded)
        let encoding = charset.flatMap(TextDecoding.encoding(named:)) ?? .utf8
        return TextDecoding.string(from: bytes, encoding: encoding) ?? TextDecoding.string(from: Data(bytes))
    }

    /// The bytes `encoded` stands for. An `=` not followed by two hex digits is kept as it is.
    static func decodeBytes(_ encoded: Substring) -> [UInt8] {
        let input = Array(encoded.utf8)
        var bytes: [UInt8] = []
        var index = 0
        while index < input.count {
            if input[index] == UInt8(ascii: "="), index + 2 < input.count,
                let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2])
            {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(input[index])
                index += 1
            }
        }
        return bytes
    }

    private static func hexValue(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
