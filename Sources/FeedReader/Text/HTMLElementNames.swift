/// The element names the text rules depend on.
enum HTMLElementNames {
    /// What an element does to the plain text, by the contract's rule (the `_DROPPED` and
    /// `_BLOCK` lists of the conformance suite's `fpsuite.py`).
    enum TextRole: Sendable {
        /// script, style, template, noscript: their text is not part of the plain text.
        case dropsText
        /// Block-level elements and `br`: their start and end separate words.
        case separatesWords
    }

    static let textRoles: HTMLNameTable<TextRole> = {
        var roles: [(HTMLName, TextRole)] = []
        for name: StaticString in ["script", "style", "template", "noscript"] {
            roles.append((HTMLName(name), .dropsText))
        }
        for name: StaticString in [
            "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt",
            "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
            "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th",
            "thead", "tr", "ul",
        ] {
            roles.append((HTMLName(name), .separatesWords))
        }
        return HTMLNameTable(roles)
    }()

    /// The HTML elements: those of the HTML Living Standard's index of elements
    /// (https://html.spec.whatwg.org/multipage/indices.html#elements-3), less the foreign roots
    /// `math` and `svg`, plus the obsolete presentational elements that feeds still use
    /// (acronym, big, center, font, strike, tt; HTML Living Standard section 16, "Obsolete
    /// features"). Other obsolete elements, such as `blink` and `marquee`, are not HTML here.
    static let htmlElements: HTMLNameTable<Void> = {
        let names: [StaticString] = [
            "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo",
            "blockquote", "body", "br", "button", "canvas", "caption", "cite", "code", "col",
            "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog", "div", "dl",
            "dt", "em", "embed", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img",
            "input", "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "menu",
            "meta", "meter", "nav", "noscript", "object", "ol", "optgroup", "option", "output", "p",
            "picture", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp", "script", "search",
            "section", "select", "slot", "small", "source", "span", "strong", "style", "sub",
            "summary", "sup", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead",
            "time", "title", "tr", "track", "u", "ul", "var", "video", "wbr",
            // Obsolete, but common in feeds.
            "acronym", "big", "center", "font", "strike", "tt",
        ]
        return HTMLNameTable(names.map(HTMLName.init))
    }()
}
