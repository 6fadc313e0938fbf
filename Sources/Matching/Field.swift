/// The part of an entry a match was found in.
///
/// The cases are in order of precedence, most telling first: an interest named in the title says
/// more about what the entry is than one named among its categories, which says more than the
/// summary, which says more than a mention somewhere in the full content. Reasons are listed in
/// this order, and ``weight`` scores it (see ``Scoring``).
public enum Field: Int, Sendable, Hashable, Comparable, CaseIterable, CustomStringConvertible {
    case title
    case categories
    case summary
    case content

    /// How much one mention in this field counts: title 3, categories 2, summary 1, content 0.5.
    public var weight: Double {
        switch self {
        case .title: 3
        case .categories: 2
        case .summary: 1
        case .content: 0.5
        }
    }

    public var description: String {
        switch self {
        case .title: "title"
        case .categories: "categories"
        case .summary: "summary"
        case .content: "content"
        }
    }

    public static func < (lhs: Field, rhs: Field) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
