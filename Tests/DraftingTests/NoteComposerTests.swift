import Foundation
import Matching
import Testing

@testable import Drafting

/// Notes as a friend would read them: first name, title, canonical link, a reason in words, an
/// invitation when overdue, a birthday line when near, the same note every run.
@Suite("Notes")
struct NoteComposerTests {
    let now = Date(timeIntervalSince1970: 1_795_867_200)  // 2026-11-28 12:00 UTC
    let composer = NoteComposer(templates: try! NoteTemplates.load(overridesIn: nil), sender: Sender(name: "Ann Lee", address: nil, city: "Omaha"))

    func friend(_ name: String, email: String, city: String? = nil, birthday: String? = nil, every: String? = nil) -> Friend {
        Friend(
            name: name, emails: [email], interests: [Interest("sourdough")], avoid: [], city: city,
            birthday: birthday.flatMap(Birthday.init(parsing:)), lastContact: nil, cadence: every.flatMap(Cadence.init(parsing:)), notes: nil
        )
    }

    func suggestion(
        for friend: Friend, title: String = "How to keep a sourdough starter alive through winter",
        link: String = "https://bread.example/starter?utm_source=rss"
    ) -> Suggestion {
        let candidate = Candidate(
            id: "f#1", link: link, canonicalLink: link.components(separatedBy: "?")[0], title: title, feedURL: "https://bread.example/feed")
        return Suggestion(
            friend: friend, candidate: candidate, rank: 1, score: 3, reasons: [MatchReason(interest: "sourdough", field: .title, quote: "sourdough")])
    }

    /// Expects `child` to give each property of `value` by its name, as swift-mustache's
    /// reflection would (an optional unwrapped).
    func expectEveryPropertyFoundByName(in value: Any, child: (String) -> Any?) throws {
        for property in Mirror(reflecting: value).children {
            let name = try #require(property.label)
            let found = try #require(child(name), "\(name) is not found by name")
            let mirror = Mirror(reflecting: property.value)
            let held = try #require(mirror.displayStyle == .optional ? mirror.children.first?.value : Optional(property.value))
            #expect(String(describing: found) == String(describing: held), "\(name)")
        }
    }

    /// Templates find a note's parts by name through `child(named:)`, not by reflection: every
    /// property must be there, under its own name, with its own value.
    @Test("a template finds every part of a note by the name of its property")
    func everyPartOfANoteIsFoundByName() throws {
        var context = NoteTemplateContext(firstName: "Zoë")
        let texts: [WritableKeyPath<NoteTemplateContext, String?>] = [
            \.title, \.link, \.hook, \.personal, \.reason, \.why, \.plan, \.birthday, \.invitation, \.opener, \.checkIn, \.reply,
            \.followUp, \.signoff, \.subject,
        ]
        for (index, part) in texts.enumerated() { context[keyPath: part] = "part \(index)" }
        context.links = [NoteTemplateContext.Link(title: "t", link: "l", why: "w", hook: "h")]
        #expect(Mirror(reflecting: context).children.count == 17, "a part was added or removed: child(named:) must list it")
        try expectEveryPropertyFoundByName(in: context, child: context.child(named:))
        let link = try #require(context.links?.first)
        try expectEveryPropertyFoundByName(in: link, child: link.child(named:))
        #expect(context.child(named: "nothing") == nil)
        var empty = NoteTemplateContext(firstName: "Zoë")
        empty.title = nil
        #expect(empty.child(named: "title") == nil, "a missing part is nil, never the word nil")
    }

    /// A user's template with stray spaces and blank lines still gives a tidy note; what is not a
    /// trailing space or tab stays, accents and all.
    @Test("a note is tidied: no trailing spaces or tabs, one blank line at most, one line break at the end")
    func aNoteIsTidied() {
        #expect(NoteComposer.tidy("\n\nHi Zoë,  \n\n\n\tA café\t \t\nsee “this” \u{301}\n \n\n") == "Hi Zoë,\n\n\tA café\nsee “this” \u{301}\n")
        #expect(NoteComposer.tidy("one") == "one\n")
        #expect(NoteComposer.tidy("  \t ") == "\n")
    }

    @Test func aNoteHasTheFirstNameTheTitleTheCanonicalLinkAReasonAndASignOff() throws {
        let wendy = friend("Wendy Park", email: "wendy@example.org")
        let drafts = composer.drafts(for: Outreach(friend: wendy, lastContact: now, now: now), suggestions: [suggestion(for: wendy)], digest: false)
        let draft = try #require(drafts.first)
        #expect(drafts.count == 1)
        #expect(draft.kind == .suggestion)
        #expect(draft.body.hasPrefix("Hi Wendy,\n\n"))
        #expect(draft.body.contains("How to keep a sourdough starter alive through winter\nhttps://bread.example/starter\n"))
        #expect(!draft.body.contains("utm_source"))
        #expect(draft.body.contains("sourdough"))
        #expect(draft.body.hasSuffix("\nAnn\n"))
        let signedLastNameFirst = NoteComposer(
            templates: try NoteTemplates.load(overridesIn: nil), sender: Sender(name: "Lee, Ann", address: nil, city: nil)
        )
        .drafts(for: Outreach(friend: wendy, lastContact: now, now: now), suggestions: [suggestion(for: wendy)], digest: false)
        #expect(signedLastNameFirst.first?.body.hasSuffix("\nAnn\n") == true)
        #expect(!draft.body.contains("\n\n\n"), "never two blank lines")
        #expect(draft.links == ["https://bread.example/starter"])
        #expect(draft.subject.contains("How to keep a sourdough starter alive through winter"))
        #expect(!draft.hasInvitation)
    }

    @Test func aNoteOnTheFriendIsUsedWhenItSharesAWordWithTheTitleNotWithTheSummarysEverydayWords() throws {
        let sam = Friend(
            name: "Sam Okafor", emails: ["sam@example.com"], interests: [Interest("sourdough")], avoid: [], city: nil, birthday: nil,
            lastContact: nil, cadence: nil, notes: "moved to KC for a data team job; still sends a sourdough loaf every Christmas")
        func body(title: String, summary: String) throws -> String {
            let candidate = Candidate(
                id: "f#1", link: "https://bread.example/a", canonicalLink: "https://bread.example/a", title: title, summary: summary,
                feedURL: "https://bread.example/feed")
            let suggestion = Suggestion(
                friend: sam, candidate: candidate, rank: 1, score: 3, reasons: [MatchReason(interest: "sourdough", field: .title, quote: "sourdough")]
            )
            return try #require(
                composer.drafts(for: Outreach(friend: sam, lastContact: now, now: now), suggestions: [suggestion], digest: false).first
            )
            .body
        }
        // "team" is in the summary only: the job is not what the entry is about.
        let compile = try body(title: "Sourdough at altitude", summary: "The bakery team says the rise takes twice as long.")
        #expect(!compile.contains("data team job"), "\(compile)")
        #expect(compile.contains("you still send a sourdough loaf every Christmas"), "\(compile)")
    }

    @Test func theSameRunGivesTheSameNoteAndTwoFriendsDoNotGetTheSameWords() {
        var bodies = Set<String>()
        for (index, name) in ["Wendy Park", "Zoë Müller", "Marcus Bell", "Priya Raman", "Sam Okafor", "Lena Ortiz"].enumerated() {
            let someone = friend(name, email: "friend\(index)@example.org")
            // Each run has a composer of its own: what one run said, the next says again.
            func run() -> [Draft] {
                NoteComposer(templates: composer.templates, sender: composer.sender)
                    .drafts(for: Outreach(friend: someone, lastContact: now, now: now), suggestions: [suggestion(for: someone)], digest: false)
            }
            let first = run()
            let again = run()
            #expect(first == again)
            bodies.insert(first[0].body.replacingOccurrences(of: someone.firstName, with: "NAME"))
        }
        #expect(bodies.count >= 3, "phrasings vary between friends")
    }

    @Test func anOverdueFriendInTheSameCityIsInvitedForCoffeeOthersToACall() throws {
        let local = friend("Wendy Park", email: "wendy@example.org", city: "omaha", every: "1m")
        let away = friend("Zoë Müller", email: "zoe@example.org", city: "Lincoln", every: "2w")
        let longAgo = now.addingTimeInterval(-58 * 86_400)
        let localNote = try #require(
            composer.drafts(for: Outreach(friend: local, lastContact: longAgo, now: now), suggestions: [suggestion(for: local)], digest: false).first)
        let awayNote = try #require(
            composer.drafts(for: Outreach(friend: away, lastContact: longAgo, now: now), suggestions: [suggestion(for: away)], digest: false).first)
        #expect(localNote.hasInvitation)
        #expect(localNote.body.lowercased().contains("coffee"))
        #expect(awayNote.body.lowercased().contains("call"))
        #expect(!awayNote.body.lowercased().contains("coffee"))
    }

    @Test func anOverdueFriendWithNothingToShareGetsACheckInNote() throws {
        let wendy = friend("Wendy Park", email: "wendy@example.org", every: "1m")
        let drafts = composer.drafts(
            for: Outreach(friend: wendy, lastContact: now.addingTimeInterval(-60 * 86_400), now: now), suggestions: [], digest: false)
        let draft = try #require(drafts.first)
        #expect(draft.kind == .checkIn)
        #expect(draft.links.isEmpty)
        #expect(draft.hasInvitation)
        // Not overdue and nothing to share: no note at all.
        #expect(composer.drafts(for: Outreach(friend: wendy, lastContact: now, now: now), suggestions: [], digest: false).isEmpty)
    }

    @Test func aBirthdayInTheNextDaysGetsABirthdayNote() throws {
        let zoe = friend("Zoë Müller", email: "zoe@example.org", birthday: "12-02")
        let outreach = Outreach(friend: zoe, lastContact: now.addingTimeInterval(-30 * 86_400), now: now)
        #expect(outreach.daysUntilBirthday == 4)
        let withLink = try #require(composer.drafts(for: outreach, suggestions: [suggestion(for: zoe)], digest: false).first)
        #expect(withLink.kind == .birthday)
        #expect(withLink.subject == "Happy early birthday, Zoë!")
        let wish = withLink.body.components(separatedBy: "\n\n")[1]
        #expect(wish.lowercased().contains("birthday") && wish.lowercased().contains("early"), "\(withLink.body)")
        #expect(!wish.contains("Zoë"), "the greeting has just said the name: \(withLink.body)")
        #expect(!withLink.body.contains("December"), "nobody tells a friend the date of their own birthday")
        #expect(withLink.links == ["https://bread.example/starter"])
        let withoutLink = try #require(composer.drafts(for: outreach, suggestions: [], digest: false).first)
        #expect(withoutLink.kind == .birthday)
        #expect(withoutLink.body.lowercased().contains("birthday"))
    }

    @Test func manyBirthdaysInOneRunShareNoSentenceAndTheNameComesBackOnlyWhenTheWordingsRunOut() {
        let composer = NoteComposer(templates: try! NoteTemplates.load(overridesIn: nil), sender: Sender(name: "Ann Lee", address: nil, city: nil))
        let names = ["Ada Byron", "Ben Cho", "Cai Diaz", "Dee Ek", "Eli Fox"]
        let lines = names.map { name -> String in
            let friend = friend(name, email: "\(name.prefix(3).lowercased())@example.org", birthday: "12-02")
            let outreach = Outreach(friend: friend, lastContact: now.addingTimeInterval(-30 * 86_400), now: now)
            let draft = composer.drafts(for: outreach, suggestions: [], digest: false).first
            return draft?.body.components(separatedBy: "\n\n").dropFirst().first ?? ""
        }
        #expect(Set(lines).count == names.count, "\(lines)")
        #expect(lines.prefix(3).allSatisfy { line in !names.contains { line.contains($0.split(separator: " ")[0]) } }, "\(lines)")
        #expect(lines[3] == "Happy early birthday, Dee!" && lines[4] == "Happy early birthday, Eli!", "\(lines)")
    }

    @Test func birthdaysCountDaysWhereTheUserIs() {
        let zoe = friend("Zoë Müller", email: "zoe@example.org", birthday: "12-02")
        let lateEvening = Date(timeIntervalSince1970: 1_795_908_600)  // 2026-11-28 23:30 UTC
        let longAgo = lateEvening.addingTimeInterval(-30 * 86_400)
        #expect(Outreach(friend: zoe, lastContact: longAgo, now: lateEvening, timeZone: TimeZone(identifier: "UTC")!).daysUntilBirthday == 4)
        #expect(Outreach(friend: zoe, lastContact: longAgo, now: lateEvening, timeZone: TimeZone(identifier: "Asia/Tokyo")!).daysUntilBirthday == 3)
    }

    @Test func aBirthdayIsWishedOnceNotEveryDayOfTheWeek() {
        let zoe = friend("Zoë Müller", email: "zoe@example.org", birthday: "12-02")
        // A note went out yesterday, inside the week before the birthday: nothing more to say.
        let greeted = Outreach(friend: zoe, lastContact: now.addingTimeInterval(-86_400), now: now)
        #expect(greeted.daysUntilBirthday == nil)
        #expect(composer.drafts(for: greeted, suggestions: [], digest: false).isEmpty)
        // In touch two weeks ago, before the week began: the birthday still counts.
        #expect(Outreach(friend: zoe, lastContact: now.addingTimeInterval(-14 * 86_400), now: now).daysUntilBirthday == 4)
    }

    @Test func aDigestHoldsEveryLinkInOneNote() throws {
        let wendy = friend("Wendy Park", email: "wendy@example.org")
        let suggestions = [suggestion(for: wendy), suggestion(for: wendy, title: "Rye starters", link: "https://bread.example/rye")]
        let drafts = composer.drafts(for: Outreach(friend: wendy, lastContact: now, now: now), suggestions: suggestions, digest: true)
        #expect(drafts.count == 1)
        #expect(drafts[0].kind == .digest)
        #expect(drafts[0].links == ["https://bread.example/starter", "https://bread.example/rye"])
        #expect(drafts[0].body.contains("- Rye starters\n  https://bread.example/rye\n"))
        let reasons = drafts[0].body.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.contains("https://") }
        #expect(reasons.count == 2)
        #expect(Set(reasons).count == 2, "two links in one note are not given the same sentence: \(drafts[0].body)")
    }

    @Test func aUserTemplateReplacesTheBuiltInOneAndABrokenOneNamesTheFileAndLine() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("share-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data("Dear {{firstName}}, read this: {{link}} <3\n".utf8).write(to: directory.appendingPathComponent("note.mustache"))
        let custom = NoteComposer(templates: try NoteTemplates.load(overridesIn: directory.path), sender: Sender(name: nil, address: nil, city: nil))
        let wendy = friend("Wendy Park", email: "wendy@example.org")
        let draft = try #require(
            custom.drafts(for: Outreach(friend: wendy, lastContact: now, now: now), suggestions: [suggestion(for: wendy)], digest: false).first)
        #expect(draft.body == "Dear Wendy, read this: https://bread.example/starter <3\n", "plain text: nothing HTML-escaped")

        let broken = directory.appendingPathComponent("digest.mustache")
        try Data("Hi {{firstName}},\n{{#links}}\n- {{title}}\n".utf8).write(to: broken)
        #expect {
            try NoteTemplates.load(overridesIn: directory.path)
        } throws: { error in
            guard let error = error as? TemplateError else { return false }
            return error.file == broken.path && error.line != nil && error.description.hasPrefix(broken.path + ":")
        }
    }
}
