import Foundation

/// The note-quality rules (issue 12), checked over drafts as `share suggest --format json`
/// writes them: what a friend would notice in a note a person did not write.
///
/// - Subjects are under 60 characters, and no template text (`{{`) is left anywhere.
/// - No sequence of three words is said twice in one note, names and the entry's title aside.
/// - A note with a link carries something of the entry beyond its title: a quoted sentence.
/// - No two notes of one run share a sentence, the greeting and the sign-off aside.
struct NoteQuality {
    struct Note: Decodable {
        let body: String
        let friend: String
        let kind: String
        let links: [String]
        let subject: String
    }

    static func notes(fromJSONLines text: String) throws -> [Note] {
        try text.split(separator: "\n").map { try JSONDecoder().decode(Note.self, from: Data($0.utf8)) }
    }

    /// Every broken rule, one line each, naming the friend.
    static func problems(in notes: [Note]) -> [String] {
        var problems: [String] = []
        var sentenceOwners: [String: String] = [:]
        for note in notes {
            let who = note.friend
            if note.subject.count >= 60 { problems.append("\(who): subject of \(note.subject.count) characters: \(note.subject)") }
            if (note.subject + note.body).contains("{{") || (note.subject + note.body).contains("}}") {
                problems.append("\(who): template text left: \(note.body)")
            }
            let lines = spokenLines(of: note)
            if let repeated = repeatedTrigram(in: lines, names: note.friend.split(separator: " ").map(String.init)) {
                problems.append("\(who): \"\(repeated)\" said twice:\n\(note.body)")
            }
            if !note.links.isEmpty, !lines.contains(where: { $0.contains("“") }) {
                problems.append("\(who): nothing of the entry beyond its title:\n\(note.body)")
            }
            for sentence in Set(lines.flatMap(sentences)) {
                // Two friends of the same first name may be told the same thing by name.
                if let owner = sentenceOwners[sentence], owner != who, owner.split(separator: " ").first != who.split(separator: " ").first {
                    problems.append("\(who) and \(owner) share a sentence: \(sentence)")
                } else {
                    sentenceOwners[sentence] = who
                }
            }
        }
        return problems
    }

    /// The note's lines without the greeting, the sign-off, the links and the titles above them.
    static func spokenLines(of note: Note) -> [String] {
        let lines = note.body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var spoken: [String] = []
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || index == 0 { continue }  // the greeting
            if note.links.contains(where: { trimmed == $0 || trimmed.hasSuffix($0) }) { continue }
            // The title above a link; a reply has none (its line above the link names their post).
            if note.kind != "reply", index + 1 < lines.count,
                note.links.contains(where: { lines[index + 1].trimmingCharacters(in: .whitespaces) == $0 })
            {
                continue
            }
            spoken.append(trimmed.hasPrefix("- ") ? String(trimmed.dropFirst(2)) : trimmed)
        }
        // The sign-off: its last paragraph (a closing word, and the sender's name when known).
        let paragraphs = note.body.components(separatedBy: "\n\n")
        let signoff = Set((paragraphs.last ?? "").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        return spoken.filter { !signoff.contains($0) }
    }

    static func sentences(_ line: String) -> [String] {
        line.components(separatedBy: CharacterSet(charactersIn: ".!?")).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.split(separator: " ").count >= 3 }
    }

    /// The first three-word sequence the note's own words say twice, or say again after the
    /// entry's words it quotes (“…”), words folded, names left out. A quote repeating itself is
    /// the entry's doing, as a title's words are.
    static func repeatedTrigram(in lines: [String], names: [String]) -> String? {
        let skipped = Set(names.map { $0.lowercased() })
        func trigrams(_ text: String) -> [String] {
            let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" })
                .map(String.init).filter { !skipped.contains($0) }
            return words.indices.dropLast(2).map { words[$0...($0 + 2)].joined(separator: " ") }
        }
        var quoted = ""
        var own = ""
        for line in lines {
            var inQuote = false
            for character in line {
                if character == "“" { inQuote = true; quoted += " "; continue }
                if character == "”" { inQuote = false; own += " "; continue }
                if inQuote { quoted.append(character) } else { own.append(character) }
            }
            quoted += " "
            own += " "
        }
        let fromQuotes = Set(trigrams(quoted))
        var seen: Set<String> = []
        for trigram in trigrams(own) {
            if !seen.insert(trigram).inserted || fromQuotes.contains(trigram) { return trigram }
        }
        return nil
    }
}
