import Foundation
import Matching

/// What a note takes from the entry itself, beyond its title: the entry's own sentence, a short
/// subject, and whether it is something to go to.
///
/// Rules:
/// - The sentence is from the summary (else the start of the content): the first one where an
///   interest matched, when it says enough (7 words or more), else the first that says
///   something (5 words or more) and is not the title again. Code, and sentences of 1 or 2
///   words, are never quoted. A sentence longer than 160 characters is cut at a clause
///   (a comma, a semicolon, a dash) or a word, and ends with "…".
/// - The subject is a few words of the title, under 60 characters and without a stock prefix:
///   the part of a "Label: the thing" title that holds the matched words (else the longer part
///   when the other is a 1- or 2-word label), cut at a comma, then before its first verb
///   ("Rust's new borrow checker is finally on…" → "Rust's new borrow checker"), then at a word.
/// - An entry is something to go to when its title or summary names a day of the week,
///   "tonight", "tomorrow" or "this weekend", or says registration is open or tickets are on
///   sale.
struct Hook: Sendable, Hashable {
    /// The entry's sentences worth quoting, the best first (empty when it has none): a second
    /// friend sent the same entry in one run may be quoted another.
    let sentences: [String]
    var sentence: String? { sentences.first }
    let subject: String
    let event: Event?

    struct Event: Sendable, Hashable {
        /// "on Friday", "tonight", "this weekend"; nil for a registration or tickets.
        let when: String?
    }

    static let longestSentence = 160
    static let longestSubject = 59

    init(candidate: Candidate, reasons: [MatchReason]) {
        let title = candidate.title
        let matchedWords = reasons.filter { !Self.isLearned($0) }.map { $0.quote.lowercased() }
        sentences = Self.sentences(
            summary: candidate.summary.isEmpty ? String(candidate.content.prefix(2_000)) : candidate.summary,
            title: title, matchedWords: matchedWords)
        subject = Self.subject(title: title, matchedWords: matchedWords)
        event = Self.event(in: title + "\n" + candidate.summary)
    }

    static func isLearned(_ reason: MatchReason) -> Bool {
        switch reason.kind {
        case .wordKnowledge, .thisRun: true
        default: false
        }
    }

    // MARK: - The sentence

    static func sentences(summary: String, title: String, matchedWords: [String]) -> [String] {
        let foldedTitle = title.lowercased()
        let usable = sentences(of: summary).filter { sentence in
            let folded = sentence.lowercased()
            return wordCount(sentence) >= 5 && !looksLikeCode(sentence)
                && !foldedTitle.contains(folded.trimmingCharacters(in: .punctuationCharacters))
                && !folded.hasPrefix(foldedTitle)
        }
        let withMatch = usable.first { sentence in
            let folded = sentence.lowercased()
            return matchedWords.contains { folded.contains($0) }
        }
        let best = withMatch.flatMap { wordCount($0) >= 7 ? $0 : nil } ?? usable.first
        guard let best else { return [] }
        return ([best] + usable.filter { $0 != best }.prefix(2)).map(shortened)
    }

    /// The sentences of `text`: each ends at ".", "!", "?" or "…" before a space and a capital
    /// (or the end), or at a line break.
    static func sentences(of text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\n" {
                sentences.append(current)
                current = ""
                index += 1
                continue
            }
            current.append(character)
            if ".!?…".contains(character) {
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                let afterSpace = index + 2 < characters.count ? characters[index + 2] : "A"
                let isEnd = next == " " && (afterSpace.isUppercase || afterSpace.isNumber || "\"“‘(".contains(afterSpace))
                if index + 1 == characters.count || isEnd {
                    sentences.append(current)
                    current = ""
                }
            }
            index += 1
        }
        sentences.append(current)
        return sentences.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func shortened(_ sentence: String) -> String {
        guard sentence.count > longestSentence else { return sentence }
        let head = String(sentence.prefix(longestSentence))
        for mark in [", ", "; ", " — ", " – ", ": "] {
            if let range = head.range(of: mark, options: .backwards), head.distance(from: head.startIndex, to: range.lowerBound) >= 60 {
                return String(head[..<range.lowerBound]) + "…"
            }
        }
        let words = head.split(separator: " ").dropLast()
        return words.joined(separator: " ") + "…"
    }

    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
    }

    /// Braces, arrows or statements: a code sample is no sentence to quote to a friend.
    static func looksLikeCode(_ text: String) -> Bool {
        text.contains("{") || text.contains("}") || text.contains("->") || text.contains("();") || text.contains("=>")
    }

    // MARK: - The subject

    static func subject(title: String, matchedWords: [String]) -> String {
        var part = title.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"“”'‘’"))
        if let colon = part.range(of: ": ") {
            let label = String(part[..<colon.lowerBound])
            let thing = String(part[colon.upperBound...])
            let labelHasMatch = matchedWords.contains { label.lowercased().contains($0) }
            let thingHasMatch = matchedWords.contains { thing.lowercased().contains($0) }
            if thingHasMatch && !labelHasMatch {
                part = thing
            } else if labelHasMatch && !thingHasMatch {
                part = label
            } else {
                part = wordCount(label) <= 2 && wordCount(thing) > 2 ? thing : label
            }
        }
        if part.count > longestSubject || part.contains(", ") {
            if let comma = part.range(of: ", "), wordCount(String(part[..<comma.lowerBound])) >= 2 {
                part = String(part[..<comma.lowerBound])
            }
        }
        if part.count > longestSubject {
            let words = part.split(separator: " ")
            if let verb = words.indices.dropFirst(2).first(where: { verbs.contains(words[$0].lowercased()) }) {
                part = words[..<verb].joined(separator: " ")
            }
        }
        if part.count > longestSubject {
            var words = part.split(separator: " ").map(String.init)
            while words.joined(separator: " ").count > longestSubject - 1 { words.removeLast() }
            while let last = words.last, words.count > 2, trailingWords.contains(last.lowercased()) { words.removeLast() }
            part = words.joined(separator: " ")
        }
        let trimmed = part.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:-—–"))
        return trimmed.isEmpty ? "Something for you" : capitalizedFirst(trimmed)
    }

    private static let verbs: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "will", "can", "gets", "got", "makes", "made", "takes", "says", "goes",
    ]
    private static let trailingWords: Set<String> = [
        "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "is", "are", "was", "that",
    ]

    static func capitalizedFirst(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
    }

    // MARK: - Events

    static func event(in text: String) -> Event? {
        let words = text.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }
        // "Since Tuesday", "last Friday": a day gone by, not one to go to (Birders' Digest's
        // snowy owl, "perched on hangar roofs since Tuesday").
        let dayIndex = words.indices.first { index in
            weekdays.contains(words[index]) && (index == 0 || !pastMarkers.contains(words[index - 1]))
        }
        if let dayIndex {
            return Event(when: "on " + capitalizedFirst(words[dayIndex]))
        }
        if words.contains("tonight") { return Event(when: "tonight") }
        if words.contains("tomorrow") { return Event(when: "tomorrow") }
        let folded = text.lowercased()
        if folded.contains("this weekend") { return Event(when: "this weekend") }
        if folded.contains("registration open") || folded.contains("registration is open") || folded.contains("tickets on sale")
            || folded.contains("tickets are on sale")
        {
            return Event(when: nil)
        }
        return nil
    }

    private static let pastMarkers: Set<String> = ["since", "last", "past", "previous"]
    private static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
}
