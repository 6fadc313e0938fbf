import Foundation

/// Writes a subscription list as OPML 2.0 (http://opml.org/spec2.opml) that `OPMLReader` reads
/// back the same: folders become nested outlines in the order they first appear, each
/// subscription an `<outline type="rss">` (or its own type) with `text`, `title`, `xmlUrl` and
/// `htmlUrl`.
public enum OPMLWriter {
    public static func write(_ list: SubscriptionList, dateCreated: Date? = nil) -> String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<opml version="2.0">"#,
            "  <head>",
            "    <title>\(escape(list.title ?? "Subscriptions"))</title>",
        ]
        if let dateCreated { lines.append("    <dateCreated>\(RFC822.string(from: dateCreated))</dateCreated>") }
        lines.append("  </head>")
        lines.append("  <body>")
        let root = Folder(name: "")
        for subscription in list.subscriptions { root.insert(subscription, path: subscription.folders[...]) }
        root.write(into: &lines, indent: 2)
        lines.append("  </body>")
        lines.append("</opml>")
        return lines.joined(separator: "\n") + "\n"
    }

    private final class Folder {
        let name: String
        var children: [Child] = []
        enum Child {
            case folder(Folder)
            case subscription(Subscription)
        }

        init(name: String) { self.name = name }

        func insert(_ subscription: Subscription, path: ArraySlice<String>) {
            guard let first = path.first else {
                children.append(.subscription(subscription))
                return
            }
            for case .folder(let folder) in children where folder.name == first {
                folder.insert(subscription, path: path.dropFirst())
                return
            }
            let folder = Folder(name: first)
            children.append(.folder(folder))
            folder.insert(subscription, path: path.dropFirst())
        }

        func write(into lines: inout [String], indent: Int) {
            let pad = String(repeating: "  ", count: indent)
            for child in children {
                switch child {
                case .folder(let folder):
                    lines.append("\(pad)<outline text=\"\(escape(folder.name))\" title=\"\(escape(folder.name))\">")
                    folder.write(into: &lines, indent: indent + 1)
                    lines.append("\(pad)</outline>")
                case .subscription(let subscription):
                    var attributes = ["type=\"\(escape(subscription.type ?? "rss"))\""]
                    if let title = subscription.title {
                        attributes.append("text=\"\(escape(title))\"")
                        attributes.append("title=\"\(escape(title))\"")
                    } else {
                        attributes.append("text=\"\"")
                    }
                    attributes.append("xmlUrl=\"\(escape(subscription.feedURL))\"")
                    if let site = subscription.siteURL { attributes.append("htmlUrl=\"\(escape(site))\"") }
                    lines.append("\(pad)<outline \(attributes.joined(separator: " "))/>")
                }
            }
        }
    }

    private static func escape(_ text: String) -> String {
        HTMLEscaping.escape(text, quotes: true)
    }
}

/// RFC 822 dates as OPML's `dateCreated` wants them: `Sat, 28 Nov 2026 07:04:42 GMT`.
enum RFC822 {
    static func string(from date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = civil(fromDays: days)
        let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][((days % 7) + 7) % 7]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return
            "\(weekday), \(two(day)) \(months[month - 1]) \(year) \(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60)) GMT"
    }

    /// Howard Hinnant's civil-from-days: the proleptic Gregorian date of a day count since 1970.
    private static func civil(fromDays z: Int) -> (Int, Int, Int) {
        let z = z + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
