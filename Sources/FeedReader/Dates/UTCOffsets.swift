/// The ways a feed says how far its local time is from UTC: a numeric offset
/// such as "+0200" or "-05:00", or a zone name such as "GMT" or "EST".
///
/// Only names whose offset is beyond doubt are known. A name not known here
/// makes the whole date nil, because taking it as UTC would be a guess that
/// is hours wrong.
enum UTCOffsets {
    /// Reads a signed offset, "+hhmm" (RFC 822 section 5), "+hh:mm"
    /// (RFC 3339) or "+hh" (ISO 8601), as seconds ahead of UTC.
    ///
    /// Gives nil, with the cursor left past the sign, when the sign is not
    /// followed by such digits, or the hours pass 23 or the minutes 59:
    /// "-99:99" names no offset. "-0000" and "-00:00" are UTC, which is exactly what RFC 822
    /// and RFC 3339 section 4.3 make them mean.
    static func readNumericOffset(_ cursor: inout ByteCursor) -> Int? {
        let sign: Int
        switch unsafe cursor.current {
        case UInt8(ascii: "+"): sign = 1
        case UInt8(ascii: "-"): sign = -1
        default: return nil
        }
        unsafe cursor.advance()
        let hours: Int
        var minutes = 0
        switch unsafe cursor.digitCount {
        case 4:
            guard let hh = unsafe cursor.readDigits(2), let mm = unsafe cursor.readDigits(2) else { return nil }
            (hours, minutes) = (hh, mm)
        case 2:
            guard let hh = unsafe cursor.readDigits(2) else { return nil }
            hours = hh
            if unsafe cursor.skip(UInt8(ascii: ":")) {
                guard unsafe cursor.digitCount == 2, let mm = unsafe cursor.readDigits(2) else { return nil }
                minutes = mm
            }
        default:
            return nil
        }
        guard hours <= 23, minutes <= 59 else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }

    /// The offset of a zone name, in any letter case, or nil for a name not known.
    ///
    /// Known are:
    /// - the names of RFC 822 section 5: UT, GMT, Z and the US zones EST, EDT,
    ///   CST, CDT, MST, MDT, PST and PDT;
    /// - UTC, with its other spellings UCT and Zulu, and the IANA names
    ///   Etc/GMT, Etc/UTC and the like seen in real feeds. IANA's Etc/GMT+5
    ///   is not read: its sign is the reverse of what it seems (it is UTC-5);
    /// - the Atlantic (AST, ADT), Alaska (AKST, AKDT) and Hawaii (HST) zones;
    /// - the bare US zone names AT, ET, CT, MT and PT, taken as standard time
    ///   as feedparser takes them;
    /// - Central European time under both its names, MET/MEST and CET/CEST;
    /// - with `militaryLetters`, the single letters of RFC 822 section 5:
    ///   A to I are -1 to -9 hours, K to M are -10 to -12, N to Y are +1 to +12
    ///   and Z is UT; J is not used. RFC 1123 section 5.2.14 notes that RFC 822
    ///   got these signs backwards by military usage, but feeds that use them
    ///   follow RFC 822, and so does this.
    static func offset(named word: UnsafeBufferPointer<UInt8>, militaryLetters: Bool) -> Int? {
        if word.count == 1 {
            return unsafe militaryLetters ? militaryOffset(DateByte.lowercased(word[0])) : nil
        }
        if word.count > 4, unsafe matches(UnsafeBufferPointer(rebasing: word[..<4]), "etc/") {
            let name = unsafe UnsafeBufferPointer(rebasing: word[4...])
            return universalNames.contains { unsafe matches(name, $0) } ? 0 : nil
        }
        for (name, hours) in zoneNames where unsafe matches(word, name) {
            return hours * 3600
        }
        return nil
    }

    /// Whether `word` names UTC itself, as "GMT" does, so that an offset may
    /// follow it: JavaScript writes "GMT+0200".
    static func isUniversalName(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        universalNames.contains { unsafe matches(word, $0) }
    }

    private static let universalNames: [StaticString] = ["ut", "utc", "gmt", "uct", "zulu"]

    private static let zoneNames: [(name: StaticString, hours: Int)] = [
        ("ut", 0), ("utc", 0), ("gmt", 0), ("uct", 0), ("zulu", 0),
        ("est", -5), ("edt", -4), ("cst", -6), ("cdt", -5),
        ("mst", -7), ("mdt", -6), ("pst", -8), ("pdt", -7),
        ("ast", -4), ("adt", -3), ("akst", -9), ("akdt", -8), ("hst", -10),
        ("at", -4), ("et", -5), ("ct", -6), ("mt", -7), ("pt", -8),
        ("met", 1), ("mest", 2), ("cet", 1), ("cest", 2),
    ]

    private static func militaryOffset(_ letter: UInt8) -> Int? {
        let hour = 3600
        switch letter {
        case UInt8(ascii: "a")...UInt8(ascii: "i"): return -Int(letter - UInt8(ascii: "a") + 1) * hour
        case UInt8(ascii: "k")...UInt8(ascii: "m"): return -Int(letter - UInt8(ascii: "k") + 10) * hour
        case UInt8(ascii: "n")...UInt8(ascii: "y"): return Int(letter - UInt8(ascii: "n") + 1) * hour
        case UInt8(ascii: "z"): return 0
        default: return nil
        }
    }

    /// Whether `word` spells the lower-case `name`, ignoring ASCII case.
    private static func matches(_ word: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
        unsafe word.count == name.utf8CodeUnitCount && DateByte.word(word, starts: name)
    }
}
