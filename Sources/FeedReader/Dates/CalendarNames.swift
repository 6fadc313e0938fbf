/// Month and weekday names, in English and in the other languages whose
/// feeds feedparser has met: Greek and Hungarian.
///
/// English names are matched on their ASCII bytes, in any letter case, as
/// written in full or cut short after three or more letters: "Jan", "JAN",
/// "Sept" and "January" are all January. Names in other languages are decoded
/// first, which costs more but happens only for non-ASCII text.
enum CalendarNames {
    /// The month (1 is January) that `word` names in English or Greek, or nil.
    static func month(named word: UnsafeBufferPointer<UInt8>) -> Int? {
        if let index = englishMonths.firstIndex(where: { unsafe abbreviates(word, $0) }) {
            return index + 1
        }
        guard unsafe word.contains(where: { $0 >= 0x80 }) else { return nil }
        return unsafe GreekNames.month(named: String(decoding: word, as: UTF8.self))
    }

    /// Whether `word` is a weekday in English or Greek. Which weekday does not
    /// matter: a date's weekday is never checked against its day, because
    /// feeds get it wrong, and the day of the month is what they mean.
    static func isWeekday(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        if englishWeekdays.contains(where: { unsafe abbreviates(word, $0) }) { return true }
        guard unsafe word.contains(where: { $0 >= 0x80 }) else { return false }
        return unsafe GreekNames.isWeekday(String(decoding: word, as: UTF8.self))
    }

    /// The month (1 is January) that `name` spells out in Hungarian, in any
    /// letter case, or nil: "július" is July. Only full names are known, as
    /// written by the Hungarian blogs whose feeds write "2004-július-13".
    static func hungarianMonth(named name: String) -> Int? {
        hungarianMonths.firstIndex(of: name.lowercased()).map { $0 + 1 }
    }

    private static let englishMonths: [StaticString] = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]

    private static let englishWeekdays: [StaticString] = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    private static let hungarianMonths = [
        "január", "február", "március", "április", "május", "június",
        "július", "augusztus", "szeptember", "október", "november", "december",
    ]

    /// Whether `word` is the lower-case `name`, or its first three or more
    /// letters, ignoring ASCII case. Three letters tell every English month
    /// and weekday apart.
    private static func abbreviates(_ word: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
        unsafe word.count >= 3 && DateByte.word(word, starts: name)
    }
}

/// Greek month and weekday names, as in "Κυρ, 11 Ιούλ 2004 12:00:00 EST":
/// an RFC 822 date with its names in Greek, as Greek blogging software writes it.
///
/// A name is compared with its accents (tonos and dialytika) and letter case
/// taken away, so "Ιούλ", "ΙΟΥΛ" and "Ιουλ" are all July. It may be a month
/// written in full, in the nominative ("Ιούλιος") or the genitive used in dates
/// ("Ιουλίου"), or its first three or more letters, as long as those letters
/// fit one month only: "Ιου" could be June or July and names neither.
enum GreekNames {
    static func month(named name: String) -> Int? {
        let word = folded(name)
        guard word.count >= 3 else { return nil }
        let candidates = months.indices.filter { index in
            months[index].contains { $0.unicodeScalars.starts(with: word) }
        }
        return candidates.count == 1 ? candidates[0] + 1 : nil
    }

    static func isWeekday(_ name: String) -> Bool {
        let word = folded(name)
        return word.count >= 3 && weekdays.contains { $0.unicodeScalars.starts(with: word) }
    }

    /// Each month's nominative and genitive, without accents.
    private static let months: [[String]] = [
        ["ιανουαριος", "ιανουαριου"], ["φεβρουαριος", "φεβρουαριου"],
        ["μαρτιος", "μαρτιου"], ["απριλιος", "απριλιου"],
        ["μαιος", "μαιου"], ["ιουνιος", "ιουνιου"],
        ["ιουλιος", "ιουλιου"], ["αυγουστος", "αυγουστου"],
        ["σεπτεμβριος", "σεπτεμβριου"], ["οκτωβριος", "οκτωβριου"],
        ["νοεμβριος", "νοεμβριου"], ["δεκεμβριος", "δεκεμβριου"],
    ]

    /// Sunday to Saturday, without accents.
    private static let weekdays = [
        "κυριακη", "δευτερα", "τριτη", "τεταρτη", "πεμπτη", "παρασκευη", "σαββατο",
    ]

    /// `name` in lower case with Greek accents taken away, whether they were
    /// written as accented letters or as combining marks.
    private static func folded(_ name: String) -> [Unicode.Scalar] {
        name.lowercased().unicodeScalars.compactMap { scalar in
            (0x300...0x36F).contains(scalar.value) ? nil : unaccented[scalar] ?? scalar  // drops combining accents
        }
    }

    private static let unaccented: [Unicode.Scalar: Unicode.Scalar] = [
        "ά": "α", "έ": "ε", "ή": "η", "ί": "ι", "ϊ": "ι", "ΐ": "ι",
        "ό": "ο", "ύ": "υ", "ϋ": "υ", "ΰ": "υ", "ώ": "ω",
    ]
}
