/// What a numeric character reference (`&#233;`, `&#xE9;`) stands for.
///
/// The HTML Living Standard's "numeric character reference end state"
/// (https://html.spec.whatwg.org/multipage/parsing.html#numeric-character-reference-end-state),
/// as Python's `html.unescape` applies it:
/// - 0 gives U+FFFD REPLACEMENT CHARACTER, and 13 gives a carriage return;
/// - 0x80–0x9F are read as windows-1252 bytes (0x80 is "€", 0x93 is "“"), except the five that
///   windows-1252 leaves undefined, which stay as they are;
/// - surrogates (0xD800–0xDFFF) and numbers past 0x10FFFF give U+FFFD;
/// - the other controls the standard forbids (0x01–0x08, 0x0B, 0x0E–0x1F, 0x7F) and the
///   noncharacters (0xFDD0–0xFDEF, and the last two code points of every plane) give nothing:
///   Python drops them, where a browser would keep them.
enum NumericCharacterReference {
    /// A number past the end of Unicode; every larger number means the same.
    static let beyondUnicode: UInt32 = 0x11_0000

    /// The character for `number`, or nil when it gives nothing.
    static func replacement(for number: UInt32) -> Unicode.Scalar? {
        switch number {
        case 0: return replacementCharacter
        case 0x80...0x9F: return windows1252[Int(number - 0x80)]
        case 0xD800...0xDFFF, beyondUnicode...: return replacementCharacter
        case 0x01...0x08, 0x0B, 0x0E...0x1F, 0x7F, 0xFDD0...0xFDEF: return nil
        case _ where number & 0xFFFE == 0xFFFE: return nil
        default: return Unicode.Scalar(number)
        }
    }

    private static let replacementCharacter: Unicode.Scalar = "\u{FFFD}"

    /// 0x80–0x9F as windows-1252 decodes them.
    private static let windows1252: [Unicode.Scalar] = [
        "\u{20AC}", "\u{81}", "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", "\u{8D}", "\u{017D}", "\u{8F}",
        "\u{90}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", "\u{9D}", "\u{017E}", "\u{0178}",
    ]
}
