import Foundation

/// A feed being read: every field that several elements can give is `Ranked`, so precedence is
/// stated where each element is read (see `FeedXMLBuilder`).
struct FeedDraft {
    var title = Ranked<String>()
    var subtitle = Ranked<String>()
    var link = Ranked<String>()
    var feedURL = Ranked<String>()
    var language = Ranked<String>()
    var updated = Ranked<Date>()
    var generator = Ranked<String>()
    var image = Ranked<String>()
    var authors = PeopleList()
    var categories = TermList()
}

/// An entry being read.
struct ItemDraft {
    var id = Ranked<String>()
    var title = Ranked<String>()
    var link = Ranked<String>()
    var summary = Ranked<String>()
    var content = Ranked<String>()
    var published = Ranked<Date>()
    var updated = Ranked<Date>()
    var authors = PeopleList()
    var categories = TermList()
    var enclosures: [Enclosure] = []
    var comments = Ranked<String>()
    var sourceFeed = Ranked<String>()
    /// RSS `<description>` as given (UTF-8): the content when a `<summary>` took the summary's
    /// place.
    var descriptionHTML: [UInt8]?
    var hasSummaryElement = false

    consuming func item() -> FeedItem {
        var item = FeedItem()
        item.id = id.value
        item.title = title.value
        item.link = link.value
        item.contentHTML =
            content.value ?? (hasSummaryElement ? descriptionHTML.map { unsafe $0.withUnsafeBufferPointer(String.init(validUTF8:)) } : nil)
        // The contract: with no summary, the plain text of the content.
        item.summary = summary.nonEmptyValue ?? content.nonEmptyValue.map(PlainText.fromHTML) ?? summary.value
        item.published = published.value
        item.updated = updated.value
        item.authors = authors.people
        item.categories = categories.terms
        item.enclosures = enclosures
        item.comments = comments.value
        item.sourceFeed = sourceFeed.value
        return item
    }
}

/// Terms in document order, each once, none empty.
struct TermList {
    private(set) var terms: [String] = []
    private var seen: Set<String> = []

    mutating func add(_ term: String?) {
        guard let term = term.map(PlainText.fromLiteral), !term.isEmpty, seen.insert(term).inserted else { return }
        terms.append(term)
    }
}

/// People in document order, each once.
struct PeopleList {
    private(set) var people: [Person] = []

    mutating func add(_ person: Person?) {
        guard let person, person.hasAnything, !people.contains(person) else { return }
        // The same person given twice, once by name and once with more (dc:creator and author).
        if let index = people.firstIndex(where: { $0.name == person.name && $0.email == nil && $0.uri == nil }), person.name != nil {
            people[index] = person
            return
        }
        if person.email == nil, person.uri == nil, people.contains(where: { $0.name == person.name }) { return }
        people.append(person)
    }
}
