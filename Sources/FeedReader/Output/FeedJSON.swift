import Foundation

/// A `Feed` as the JSON of the contract (`Contracts/feed.schema.json`): every property always
/// present, in the contract's order, null where the document gave nothing, dates as RFC 3339 in
/// UTC. Written by hand, not with `JSONEncoder`, to keep nulls, key order and speed.
extension Feed {
    public func contractJSON(pretty: Bool = true) -> String {
        var writer = JSONWriter(pretty: pretty)
        writer.object { w in
            w.key("format"); w.string(format.rawValue)
            w.key("encoding"); w.string(encoding)
            w.key("title"); w.string(title)
            w.key("subtitle"); w.string(subtitle)
            w.key("link"); w.string(link)
            w.key("feed_url"); w.string(feedURL)
            w.key("language"); w.string(language)
            w.key("updated"); w.date(updated)
            w.key("generator"); w.string(generator)
            w.key("image"); w.string(image)
            w.key("authors"); w.people(authors)
            w.key("categories"); w.strings(categories)
            w.key("items")
            w.array(items) { w, item in
                w.object { w in
                    w.key("id"); w.string(item.id)
                    w.key("title"); w.string(item.title)
                    w.key("link"); w.string(item.link)
                    w.key("summary"); w.string(item.summary)
                    w.key("content_html"); w.string(item.contentHTML)
                    w.key("published"); w.date(item.published)
                    w.key("updated"); w.date(item.updated)
                    w.key("authors"); w.people(item.authors)
                    w.key("categories"); w.strings(item.categories)
                    w.key("enclosures")
                    w.array(item.enclosures) { w, enclosure in
                        w.object { w in
                            w.key("url"); w.string(enclosure.url)
                            w.key("type"); w.string(enclosure.type)
                            w.key("length"); w.integer(enclosure.length)
                        }
                    }
                    w.key("comments"); w.string(item.comments)
                    w.key("source_feed"); w.string(item.sourceFeed)
                }
            }
            w.key("warnings"); w.strings(warnings)
        }
        return writer.output
    }
}
