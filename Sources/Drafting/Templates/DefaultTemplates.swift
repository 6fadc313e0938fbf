/// The built-in templates (Mustache, plain text). A file of the same name in the user's template
/// directory replaces one; see `NoteTemplates`.
///
/// What every template can use: `firstName`, `opener`, `title`, `link`, `why` (the first or only
/// link), `links` (a list of `title`, `link`, `why`, for a digest), `birthday` (a line, when a
/// birthday is coming up), `invitation` (a line, when it's time to call or meet), `signoff`
/// (one or two lines), `subject` (the default subject line).
enum DefaultTemplates {
    static let subject = "{{% CONTENT_TYPE: TEXT}}{{subject}}"

    static let note = """
        {{% CONTENT_TYPE: TEXT}}
        Hi {{firstName}},
        {{#birthday}}

        {{birthday}}
        {{/birthday}}

        {{opener}} {{title}}
        {{link}}

        {{why}}
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

        {{opener}}
        {{#invitation}}

        {{invitation}}
        {{/invitation}}

        {{signoff}}

        """
}
