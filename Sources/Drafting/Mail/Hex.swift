/// `=XX` and `%XX` escapes: upper-case hex, as RFC 2045 6.7 and RFC 3986 2.1 want.
enum Hex {
    static func escaped(_ byte: UInt8, marker: Character) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([marker, digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
