import Foundation

/// Bytes to text for files that come from other programs' exports.
///
/// The order of trust: a byte order mark (UTF-8, UTF-16 either way round) says what the file is;
/// without one, UTF-8 if the bytes are valid UTF-8; else Windows-1252, which is what Outlook on
/// Windows writes its vCards and CSV in; and last ISO-8859-1, which can decode any byte.
enum TextDecoding {
    static func string(from data: Data) -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return String(decoding: bytes.dropFirst(3), as: UTF8.self)
        }
        if bytes.starts(with: [0xFF, 0xFE]), let text = String(data: Data(bytes.dropFirst(2)), encoding: .utf16LittleEndian) {
            return text
        }
        if bytes.starts(with: [0xFE, 0xFF]), let text = String(data: Data(bytes.dropFirst(2)), encoding: .utf16BigEndian) {
            return text
        }
        return string(from: bytes, encoding: .utf8)
            ?? string(from: bytes, encoding: .windowsCP1252)
            ?? latin1(bytes)
    }

    /// `bytes` read in `encoding`, or `nil` when they are not valid in it.
    static func string(from bytes: [UInt8], encoding: String.Encoding) -> String? {
        String(data: Data(bytes), encoding: encoding)
    }

    /// ISO-8859-1: each byte is the Unicode scalar of the same number, so it never fails.
    private static func latin1(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: bytes.map(Unicode.Scalar.init))
        return String(scalars)
    }

    /// The encoding an IANA charset name (as vCard's `CHARSET=` gives it) stands for,
    /// for the charsets address books write; `nil` for others.
    static func encoding(named name: String) -> String.Encoding? {
        switch name.lowercased() {
        case "utf-8", "utf8": .utf8
        case "us-ascii", "ascii": .ascii
        case "iso-8859-1", "latin1", "iso_8859-1": .isoLatin1
        case "iso-8859-2", "latin2": .isoLatin2
        case "windows-1252", "cp1252": .windowsCP1252
        case "windows-1250", "cp1250": .windowsCP1250
        case "windows-1251", "cp1251": .windowsCP1251
        case "utf-16": .utf16
        case "shift_jis", "shift-jis", "sjis": .shiftJIS
        case "euc-jp": .japaneseEUC
        default: nil
        }
    }
}
