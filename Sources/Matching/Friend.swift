import Foundation

/// Someone you write to, and what they care about.
///
/// Plain data: where friends are kept (a YAML file, later the store) and how they are imported
/// (vCard, CSV) is the `Contacts` module's business.
public struct Friend: Sendable, Hashable, Identifiable {
    /// Stable within one friends list: the first e-mail address, lower-cased, else the name.
    public var id: String { emails.first?.lowercased() ?? name }
    public var name: String
    /// One or more addresses; the first is where notes go.
    public var emails: [String]
    public var interests: [Interest]
    /// Phrases never to match: a veto, whatever else matches.
    public var avoid: [String]
    public var city: String?
    public var birthday: Birthday?
    /// The day you were last in touch.
    public var lastContact: Date?
    /// How often to be in touch.
    public var cadence: Cadence?
    public var notes: String?
    /// The friend's own feeds (a blog, `https://INSTANCE/@USER.rss`, `https://github.com/USER.atom`):
    /// what they post, read only because the user named them. Their entries are never
    /// suggested to anyone; they are news to reply to and evidence of what the friend cares about.
    public var feeds: [String]

    public init(
        name: String, emails: [String] = [], interests: [Interest] = [], avoid: [String] = [],
        city: String? = nil, birthday: Birthday? = nil, lastContact: Date? = nil, cadence: Cadence? = nil, notes: String? = nil,
        feeds: [String] = []
    ) {
        self.name = name
        self.emails = emails
        self.interests = interests
        self.avoid = avoid
        self.city = city
        self.birthday = birthday
        self.lastContact = lastContact
        self.cadence = cadence
        self.notes = notes
        self.feeds = feeds
    }

    /// The name a note greets: "Hi Wendy". The first word of the name, except that a title
    /// before it is passed over ("Dr. Wendy Park" is Wendy) and "Park, Wendy" (the order many
    /// address books export) is Wendy too.
    public var firstName: String { Self.firstName(of: name) }

    /// The first name in `name`, by the rules of ``firstName``.
    public static func firstName(of name: String) -> String {
        var words = name.split(separator: " ").map(String.init)
        if let comma = words.firstIndex(where: { $0.hasSuffix(",") }), comma + 1 < words.count {
            words = Array(words[(comma + 1)...])
        }
        while words.count > 1, titles.contains(words[0].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))) {
            words.removeFirst()
        }
        return words.first ?? name
    }

    /// Words before a name that are not the name.
    private static let titles: Set<String> = ["dr", "mr", "mrs", "ms", "mx", "miss", "prof", "professor", "sir", "dame", "rev", "fr"]
}

/// An interest: a phrase ("trail running"), how much it counts (1 unless said otherwise), and
/// optionally why it is the friend's, in the user's words to the friend ("you just insulated
/// the attic"), which a note uses when the interest is what matched.
///
/// A learned interest came from the friend's own posts (`share friends learn NAME --accept`),
/// not from the user: it is weighed below a typed one (``learnedWeight``), and a note says where
/// it came from ("you've been posting about bread ovens").
public struct Interest: Sendable, Hashable {
    public var phrase: String
    public var weight: Double
    public var because: String?
    public var isLearned: Bool

    /// What a learned interest counts, against 1 for a typed one: evidence from posts is good,
    /// but what the user knows of the friend comes first.
    public static let learnedWeight = 0.6

    public init(_ phrase: String, weight: Double = 1, because: String? = nil, isLearned: Bool = false) {
        self.phrase = phrase
        self.weight = weight
        self.because = because.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        self.isLearned = isLearned
    }
}

/// A birthday: month and day, and the year when known.
public struct Birthday: Sendable, Hashable, CustomStringConvertible {
    public var month: Int
    public var day: Int
    public var year: Int?

    public init?(month: Int, day: Int, year: Int? = nil) {
        let daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...12).contains(month), (1...daysInMonth[month - 1]).contains(day) else { return nil }
        self.month = month
        self.day = day
        self.year = year
    }

    /// Reads `MM-DD`, `--MM-DD` (vCard's "no year"), `YYYY-MM-DD` and `YYYYMMDD`.
    public init?(parsing text: String) {
        var digits = text.trimmingCharacters(in: .whitespaces)
        if digits.hasPrefix("--") { digits.removeFirst(2) }
        let parts = digits.split(separator: "-").map(String.init)
        switch parts.count {
        case 2:
            guard let month = Int(parts[0]), let day = Int(parts[1]), parts[0].count <= 2 else { return nil }
            self.init(month: month, day: day)
        case 3:
            guard let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), parts[0].count == 4 else { return nil }
            self.init(month: month, day: day, year: year)
        case 1 where digits.count == 8 && digits.allSatisfy(\.isNumber):
            let year = Int(digits.prefix(4))!
            let month = Int(digits.dropFirst(4).prefix(2))!
            let day = Int(digits.suffix(2))!
            self.init(month: month, day: day, year: year)
        case 1 where digits.count == 4 && digits.allSatisfy(\.isNumber):
            self.init(month: Int(digits.prefix(2))!, day: Int(digits.suffix(2))!)
        default:
            return nil
        }
    }

    /// `MM-DD`, or `YYYY-MM-DD` when the year is known.
    public var description: String {
        let monthDay = String(format: "%02d-%02d", month, day)
        return year.map { String(format: "%04d-", $0) + monthDay } ?? monthDay
    }
}

/// How often to be in touch: `2w`, `1m`, `3m`, `10d`, `1y`.
public struct Cadence: Sendable, Hashable, CustomStringConvertible {
    public enum Unit: String, Sendable, Hashable {
        case days = "d"
        case weeks = "w"
        case months = "m"
        case years = "y"
    }

    public var count: Int
    public var unit: Unit

    public init?(count: Int, unit: Unit) {
        guard count > 0 else { return nil }
        self.count = count
        self.unit = unit
    }

    /// Reads `2w`, `1m`, `10d`, `1y` (also `2 weeks`, `1 month`).
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let digits = trimmed.prefix(while: \.isNumber)
        guard let count = Int(digits) else { return nil }
        let rest = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        guard let first = rest.first, let unit = Unit(rawValue: String(first)) else { return nil }
        let allowed = ["", "d", "day", "days", "w", "week", "weeks", "m", "month", "months", "y", "year", "years"]
        guard allowed.contains(rest) else { return nil }
        self.init(count: count, unit: unit)
    }

    public var description: String { "\(count)\(unit.rawValue)" }

    /// The length in days, months counted as 30 and years as 365: what "overdue" is measured in.
    public var approximateDays: Int {
        switch unit {
        case .days: count
        case .weeks: count * 7
        case .months: count * 30
        case .years: count * 365
        }
    }
}
