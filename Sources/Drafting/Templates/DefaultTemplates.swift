/// The built-in templates (Mustache, plain text). A file of the same name in the user's template
/// directory replaces one; see `NoteTemplates`.
///
/// What every template can use (the README's "Templates" lists them too): `firstName`;
/// `title` and `link` (the first or only link); `hook` (the entry's own sentence, introduced:
/// "This caught my eye: “…”"); `personal` (what the user knows of the friend, where it fits:
/// "Especially since you still send a pie every Thanksgiving."); `reason` (why, in the entry's
/// own words: "The pie part made me think of you, Ruth."); `why` (`personal` when there is one,
/// else `reason`); `plan` (for something to go to: "It's on Friday. Are you going?");
/// `links` (for a digest: a list of `title`, `link`, `why` and `hook`); `birthday` (a line,
/// when a birthday is coming up); `invitation` (a line, when it's time to call or meet);
/// `checkIn` (a note with no link: a line and one question); `reply` and `followUp` (a reply
/// to the friend's own post: "I just saw your post, “…”: congratulations on the move!", then one
/// question); `opener` (a digest's first line);
/// `signoff` (one or two lines); `subject` (the default subject line).
enum DefaultTemplates {
    static let subject = "{{% CONTENT_TYPE: TEXT}}{{subject}}"

    static let note = """
        {{% CONTENT_TYPE: TEXT}}
        Hi {{firstName}},
        {{#birthday}}

        {{birthday}}
        {{/birthday}}

        {{title}}
        {{link}}

        {{#hook}}
        {{hook}}
        {{/hook}}
        {{why}}
        {{#plan}}

        {{plan}}
        {{/plan}}
        {{#invitation}}

        {{invitation}}
        {{/invitation}}

        {{signoff}}

        """

    static let digest = """
        {{% CONTENT_TYPE: TEXT}}
        Hi {{firstName}},
        {{#birthday}}

        {{birthday}}
        {{/birthday}}

        {{opener}}
        {{#links}}

        - {{title}}
          {{link}}
          {{#hook}}
          {{hook}}
          {{/hook}}
          {{why}}
        {{/links}}
        {{#invitation}}

        {{invitation}}
        {{/invitation}}

        {{signoff}}

        """

    static let checkIn = """
        {{% CONTENT_TYPE: TEXT}}
        Hi {{firstName}},
        {{#birthday}}

        {{birthday}}
        {{/birthday}}
        {{#checkIn}}

        {{checkIn}}
        {{/checkIn}}
        {{#invitation}}

        {{invitation}}
        {{/invitation}}

        {{signoff}}

        """

    static let reply = """
        {{% CONTENT_TYPE: TEXT}}
        Hi {{firstName}},
        {{#birthday}}

        {{birthday}}
        {{/birthday}}

        {{reply}}
        {{link}}
        {{#followUp}}

        {{followUp}}
        {{/followUp}}
        {{#invitation}}

        {{invitation}}
        {{/invitation}}

        {{signoff}}

        """
}
