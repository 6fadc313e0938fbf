import Foundation
import Mustache

/// The templates notes are written with: built-in defaults (`DefaultTemplates`), each replaced by
/// a file of the same name in the user's directory (`$XDG_CONFIG_HOME/share/templates/`):
/// `subject.mustache`, `note.mustache` (one link), `digest.mustache` (several), and
/// `check-in.mustache` (no link: a birthday or a friend long out of touch), and `reply.mustache`
/// (a reply to the friend's own post).
///
/// Why Mustache (swift-mustache): logic-less templates a user can edit without learning a
/// language, and `{{% CONTENT_TYPE: TEXT}}` keeps text from being HTML-escaped.
public struct NoteTemplates: Sendable {
    let subject: MustacheTemplate
    let note: MustacheTemplate
    let digest: MustacheTemplate
    let checkIn: MustacheTemplate
    let reply: MustacheTemplate

    public static let names = ["subject", "note", "digest", "check-in", "reply"]

    /// The defaults, with any override found in `directory` (a missing directory is no error).
    public static func load(overridesIn directory: String?) throws(TemplateError) -> NoteTemplates {
        func template(_ name: String, _ fallback: String) throws(TemplateError) -> MustacheTemplate {
            var text = fallback
            var source = "built-in \(name) template"
            if let directory {
                let path = (directory as NSString).appendingPathComponent("\(name).mustache")
                if FileManager.default.fileExists(atPath: path) {
                    guard let data = FileManager.default.contents(atPath: path) else {
                        throw TemplateError(file: path, line: nil, column: nil, reason: "cannot read it")
                    }
                    text = String(decoding: data, as: UTF8.self)
                    // A user's file is plain text unless it says otherwise.
                    if !text.hasPrefix("{{%") { text = "{{% CONTENT_TYPE: TEXT}}" + text }
                    source = path
                }
            }
            do {
                return try MustacheTemplate(string: text)
            } catch let error as MustacheTemplate.ParserError {
                throw TemplateError(file: source, line: error.context.lineNumber, column: error.context.columnNumber, reason: "\(error.error)")
            } catch {
                throw TemplateError(file: source, line: nil, column: nil, reason: "\(error)")
            }
        }
        return NoteTemplates(
            subject: try template("subject", DefaultTemplates.subject),
            note: try template("note", DefaultTemplates.note),
            digest: try template("digest", DefaultTemplates.digest),
            checkIn: try template("check-in", DefaultTemplates.checkIn),
            reply: try template("reply", DefaultTemplates.reply)
        )
    }
}

/// A template that could not be read, with where.
public struct TemplateError: Error, Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let column: Int?
    public let reason: String

    public var description: String {
        let place = [line.map(String.init), column.map(String.init)].compactMap { $0 }.joined(separator: ":")
        return "\(file)\(place.isEmpty ? "" : ":" + place): template error: \(reason)"
    }
}
