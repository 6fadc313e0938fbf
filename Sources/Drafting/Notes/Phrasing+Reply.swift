import Foundation

/// The words of a reply to a friend's own post (see ``PostNews``): their post named, then the
/// response that fits the news, then at most one question.
extension Phrasing {
    /// What the reply quotes: the post's title, else the first sentence of what they wrote (a
    /// Mastodon post has no title), cut at a word near 100 characters.
    static func quote(of news: PostNews) -> String {
        let title = news.post.title.trimmingCharacters(in: .whitespacesAndNewlines)
        let text = title.isEmpty ? firstSentence(of: news.post.summary) : title
        guard text.count > 100 else { return text }
        let cut = text.prefix(100)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:-–—")) + "…"
    }

    /// The reply's opening line.
    static func reply(to news: PostNews, firstName: String, seed: String, offset: Int = 0) -> String {
        let quoted = "“" + quote(of: news) + "”"
        // No full stop after a quote that ends a sentence of its own ("…Denver!”").
        let stop = quote(of: news).last.map { ".!?…".contains($0) } ?? false ? "" : "."
        switch news.kind {
        case .milestone(let milestone):
            return StableChoice.pick(
                [
                    "I just saw your post, \(quoted): congratulations on \(milestone.rawValue)!",
                    "Congratulations on \(milestone.rawValue), \(firstName)! I just read \(quoted)\(stop)",
                    "Saw your post, \(quoted), and had to write: congratulations on \(milestone.rawValue)!",
                ], seed: seed, salt: "reply-milestone", offset: offset)
        case .trip:
            return StableChoice.pick(
                [
                    "I just saw your post, \(quoted)\(stop) What a trip!",
                    "Saw your post, \(quoted), \(firstName): it looks like quite a trip.",
                ], seed: seed, salt: "reply-trip", offset: offset)
        case .other, .hardNews:
            return StableChoice.pick(
                [
                    "I just read your post, \(quoted), and it was good to hear what you're up to.",
                    "I enjoyed reading your post, \(firstName): \(quoted)\(stop)",
                    "Your post, \(quoted), made my day, \(firstName).",
                ], seed: seed, salt: "reply-other", offset: offset)
        }
    }

    /// One question or wish after the opening line, fitted to the news.
    static func replyFollowUp(to news: PostNews, seed: String, offset: Int = 0) -> String {
        switch news.kind {
        case .milestone(let milestone):
            switch milestone {
            case .newJob: return "How are the first days going?"
            case .moving: return "When do you go? I'd love to see you before you do."
            case .move:
                return StableChoice.pick(["How's the new place?", "How are you settling in?"], seed: seed, salt: "reply-move", offset: offset)
            case .race: return "How are the legs?"
            case .book: return "I can't wait to read it."
            case .launch: return "I'd love to hear how it's going."
            case .wedding, .engagement: return "I'm so happy for you both."
            case .baby: return "I'm so happy for you all."
            case .graduation: return "What comes next?"
            }
        case .trip:
            return StableChoice.pick(
                ["I'd love to hear all about it.", "What was the best part?"], seed: seed, salt: "reply-trip-ask", offset: offset)
        case .other, .hardNews:
            return StableChoice.pick(["How have you been?", "How are things otherwise?"], seed: seed, salt: "reply-ask", offset: offset)
        }
    }

    static func replySubject(to news: PostNews, firstName: String, seed: String) -> String {
        switch news.kind {
        case .milestone: "Congratulations, \(firstName)!"
        case .trip: StableChoice.pick(["Your trip", "That trip!"], seed: seed, salt: "subject-trip")
        case .other, .hardNews: StableChoice.pick(["Your post", "Saw your post"], seed: seed, salt: "subject-reply")
        }
    }

    /// The text up to the first sentence end (". ", "! ", "? "), or all of it.
    private static func firstSentence(of text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var previous: Character?
        for index in trimmed.indices {
            let character = trimmed[index]
            if character == " ", let previous, ".!?".contains(previous) {
                return String(trimmed[..<index])
            }
            previous = character
        }
        return trimmed
    }
}
