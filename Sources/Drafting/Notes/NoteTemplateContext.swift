import Mustache

/// What a note's template can use, by name: the parts listed in the README's "Notes" section.
/// A part a note does not have is nil, and a template's `{{#part}}…{{/part}}` leaves it out.
///
/// swift-mustache asks for each part by its name (``MustacheParent``), the name of the property
/// that holds it; an optional that is nil is a missing part, never the word "nil". Without
/// `child(named:)` it would find the part by reflection, which walked every property for every
/// name a template uses: a sixth of `share suggest` for the week's notes.
struct NoteTemplateContext {
    /// One link of a digest.
    struct Link {
        let title: String
        let link: String
        let why: String
        /// The entry's own sentence, quoted.
        let hook: String?
    }

    let firstName: String
    var title: String?
    var link: String?
    /// The entry's sentence where the interest matched.
    var hook: String?
    /// What the user knows of the friend that fits the entry.
    var personal: String?
    /// Why the entry fits the friend, from the match's reasons.
    var reason: String?
    /// `personal`, else `reason`.
    var why: String?
    /// For an event: going along.
    var plan: String?
    var birthday: String?
    var invitation: String?
    var opener: String?
    /// A check-in's one question.
    var checkIn: String?
    /// A reply's opening line: their post named, and the response ("congratulations on the move!").
    var reply: String?
    /// A reply's one question or wish after it.
    var followUp: String?
    /// A digest's links.
    var links: [Link]?
    var signoff: String?
    var subject: String?

    init(firstName: String) {
        self.firstName = firstName
    }
}

extension NoteTemplateContext: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "firstName": firstName
        case "title": title
        case "link": link
        case "hook": hook
        case "personal": personal
        case "reason": reason
        case "why": why
        case "plan": plan
        case "birthday": birthday
        case "invitation": invitation
        case "opener": opener
        case "checkIn": checkIn
        case "reply": reply
        case "followUp": followUp
        case "links": links
        case "signoff": signoff
        case "subject": subject
        default: nil
        }
    }
}

extension NoteTemplateContext.Link: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "link": link
        case "why": why
        case "hook": hook
        default: nil
        }
    }
}
