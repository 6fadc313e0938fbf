import Foundation

/// What an encoding name found in a document or a header means.
///
/// Names are compared after trimming spaces and quotes, lower-casing, and reading `_` as `-`,
/// so `"UTF_8"`, `utf-8` and `'Utf-8'` are one label.
///
/// The table follows the labels of the WHATWG Encoding Standard, with the choices browsers make
/// and feeds rely on:
/// - every ISO-8859-1 label means windows-1252;
/// - GB2312 and GBK labels mean GB18030, their superset (feedparser does the same);
/// - EUC-KR labels mean CP949 (the WHATWG "EUC-KR" decoder is CP949), reported as `euc-kr`;
/// - Shift_JIS labels mean CP932 (Windows-31J), reported as `shift_jis`;
/// - Big5 labels mean Big5-HKSCS, reported as `big5`.
///
/// A name missing from the table is still accepted when glibc's iconv knows it and reads ASCII
/// as ASCII (so `macintosh`, `cp866` or `tis-620` work); anything else is unknown.
enum EncodingLabel: Equatable, Sendable {
    /// The label names this encoding.
    case encoding(TextEncoding)
    /// `utf-16`, `ucs-2` and friends: UTF-16 in a byte order that the bytes must tell.
    case utf16AnyOrder
    /// `utf-32`, `ucs-4` and friends: UTF-32 in a byte order that the bytes must tell.
    case utf32AnyOrder
    /// A real encoding this transcoder refuses: UTF-7 and the encodings the WHATWG Encoding
    /// Standard maps to "replacement" (ISO-2022-KR, ISO-2022-CN, HZ-GB-2312), which can smuggle
    /// markup past a reader that decodes them differently.
    case refused
    /// No encoding of that name is known.
    case unknown

    /// The meaning of `label`.
    static func resolve(_ label: String) -> EncodingLabel {
        let key = normalized(label)
        if let known = table[key] { return known }
        if !key.isEmpty, let passthrough = IconvConverter.asciiCompatibleEncoding(named: key) {
            return .encoding(passthrough)
        }
        return .unknown
    }

    /// `label` trimmed of spaces and quotes, lower-cased, with `_` read as `-`.
    static func normalized(_ label: String) -> String {
        let trimmed = label.trimmingCharacters(in: spacesAndQuotes)
        return String(trimmed.lowercased().map { $0 == "_" ? "-" : $0 })
    }

    private static let spacesAndQuotes = CharacterSet(charactersIn: " \t\r\n\"'")

    private static let table: [String: EncodingLabel] = {
        var table: [String: EncodingLabel] = [:]
        func add(_ meaning: EncodingLabel, _ labels: [String]) {
            for label in labels { table[normalized(label)] = meaning }
        }
        func iconv(_ name: String, _ iconvName: String) -> EncodingLabel {
            .encoding(.iconv(name: name, iconvName: iconvName))
        }

        add(.encoding(.utf8), ["utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"])
        add(
            .encoding(.usASCII),
            [
                "us-ascii", "ascii", "us", "ansi_x3.4-1968", "ansi_x3.4-1986", "iso646-us",
                "iso_646.irv:1991", "iso-ir-6", "cp367", "ibm367", "csascii", "646",
            ])
        add(
            .encoding(.windows1252),
            [
                "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso88591",
                "iso_8859-1", "iso_8859-1:1987", "iso-ir-100", "latin1", "l1", "cp819",
                "ibm819", "csisolatin1",
            ])
        add(.utf16AnyOrder, ["utf-16", "utf16", "u16", "ucs-2", "ucs2", "iso-10646-ucs-2", "csunicode", "unicode"])
        add(.encoding(.utf16(.littleEndian)), ["utf-16le", "utf16le", "unicodefeff"])
        add(.encoding(.utf16(.bigEndian)), ["utf-16be", "utf16be", "unicodefffe"])
        add(.utf32AnyOrder, ["utf-32", "utf32", "u32", "ucs-4", "ucs4", "iso-10646-ucs-4", "csucs4"])
        add(.encoding(.utf32(.littleEndian)), ["utf-32le", "utf32le"])
        add(.encoding(.utf32(.bigEndian)), ["utf-32be", "utf32be"])

        for codePage in [1250, 1251, 1253, 1254, 1255, 1256, 1257, 1258] {
            add(iconv("windows-\(codePage)", "WINDOWS-\(codePage)"), ["windows-\(codePage)", "cp\(codePage)", "x-cp\(codePage)"])
        }
        let latinNames = [
            2: ["latin2", "l2"], 3: ["latin3", "l3"], 4: ["latin4", "l4"], 5: ["cyrillic"],
            6: ["arabic"], 7: ["greek", "greek8"], 8: ["hebrew"], 9: ["latin5", "l5"],
            10: ["latin6", "l6"], 13: ["latin7", "l7"], 14: ["latin8", "l8"],
            15: ["latin9", "l9", "latin-9"], 16: ["latin10", "l10"],
        ]
        for part in [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16] {
            let spellings = ["iso-8859-\(part)", "iso8859-\(part)", "iso8859\(part)", "iso_8859-\(part)", "csisolatin\(part)"]
            add(iconv("iso-8859-\(part)", "ISO-8859-\(part)"), spellings + (latinNames[part] ?? []))
        }
        add(iconv("iso-8859-8", "ISO-8859-8"), ["iso-8859-8-i", "csiso88598i", "logical"])

        add(iconv("koi8-r", "KOI8-R"), ["koi8-r", "koi8r", "koi8", "koi", "cskoi8r"])
        add(iconv("koi8-u", "KOI8-U"), ["koi8-u", "koi8u", "koi8-ru"])
        add(
            iconv("big5", "BIG5-HKSCS"),
            [
                "big5", "big-5", "big5-hkscs", "big5hkscs", "cn-big5", "csbig5",
                "x-x-big5", "cp950", "x-big5",
            ])
        add(
            iconv("euc-kr", "CP949"),
            [
                "euc-kr", "euckr", "cseuckr", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601",
                "ksc_5601", "korean", "iso-ir-149", "csksc56011987", "windows-949", "cp949",
                "uhc", "x-windows-949",
            ])
        add(iconv("euc-jp", "EUC-JP"), ["euc-jp", "eucjp", "x-euc-jp", "cseucpkdfmtjapanese"])
        add(
            iconv("shift_jis", "CP932"),
            [
                "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis",
                "windows-31j", "cp932", "ms932", "x-ms-cp932",
            ])
        add(iconv("iso-2022-jp", "ISO-2022-JP"), ["iso-2022-jp", "csiso2022jp"])
        add(
            iconv("gb18030", "GB18030"),
            [
                "gb18030", "gb2312", "gb_2312", "gb_2312-80", "gbk", "x-gbk", "chinese",
                "csgb2312", "csiso58gb231280", "iso-ir-58", "euc-cn", "euccn", "x-euc-cn",
                "cp936", "ms936", "windows-936",
            ])

        add(
            .refused,
            [
                "utf-7", "utf7", "unicode-1-1-utf-7", "csunicode11utf7", "x-unicode20utf7", "replacement",
                "hz-gb-2312", "iso-2022-kr", "csiso2022kr", "iso-2022-cn", "iso-2022-cn-ext",
            ])
        return table
    }()
}
