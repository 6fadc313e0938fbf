/// The one rule for an e-mail address: what the friends file, every import, `friends add` and
/// the mail writer (`Drafting.MailAddress`) all accept, so that a friend share takes in is a
/// friend it can write to.
///
/// It is an address mail carries as it is: RFC 5322's addr-spec in its dot-atom form (3.4.1),
/// in ASCII. In order, an address is refused when it:
/// 1. is empty;
/// 2. holds white space or a control character;
/// 3. holds anything not ASCII: an internationalised address (RFC 6531) needs SMTPUTF8, which a
///    mail command may not offer, so the domain is written `xn--…`;
/// 4. holds one of `<>,;:"()[]\`, which mark a display name around an address, not in it;
/// 5. has no `@`, more than one, or nothing on one side of it;
/// 6. has a side that is not dot-atom text (atoms joined by single dots, 3.2.3);
/// 7. has a domain of one label (`marcus@example`): in an address book that is a typo.
///
/// Not accepted, though RFC 5322 allows them: quoted local parts, comments and IP literals,
/// which address books do not use.
public enum EmailAddress {
    /// Why `address` is refused, in words that follow "the address … ", or nil when it is good.
    public static func problem(with address: String) -> String? {
        if address.isEmpty { return "is empty" }
        if address.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.properties.generalCategory == .control }) {
            return "contains a space or a control character"
        }
        if !address.unicodeScalars.allSatisfy(\.isASCII) {
            return "contains a character that is not ASCII (a domain can be written as xn--…)"
        }
        if let special = address.first(where: { "<>,;:\"()[]\\".contains($0) }) {
            return "contains '\(special)', which a mailbox uses around an address, not in it"
        }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return parts.count == 1 ? "has no @" : "has more than one @" }
        if parts[0].isEmpty { return "has nothing before the @" }
        if parts[1].isEmpty { return "has nothing after the @" }
        guard isDotAtomText(parts[0]), isDotAtomText(parts[1]) else {
            return "has a dot at the start or end of a part, or two dots in a row"
        }
        guard parts[1].contains(".") else { return "has a domain without a dot (example.org, not example)" }
        return nil
    }

    public static func isValid(_ address: String) -> Bool {
        problem(with: address) == nil
    }

    /// atext (RFC 5322 3.2.3): letters, digits and ``!#$%&'*+-/=?^_`{|}~``, the characters an
    /// atom may hold without quoting.
    public static func isAtext(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "!#$%&'*+-/=?^_`{|}~".utf8.contains(byte)
        }
    }

    /// dot-atom-text (RFC 5322 3.2.3): atoms joined by single dots, no dot at either end.
    public static func isDotAtomText(_ text: Substring) -> Bool {
        let parts = text.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(isAtext) }
    }
}
