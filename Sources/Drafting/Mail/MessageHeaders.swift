import Foundation

/// The headers of a message file, read back: enough for `share send FILE.eml` to know who it is
/// to and which links it carries. Not a general mail parser: folded lines are unfolded
/// (RFC 5322 section 2.2.3) and UTF-8 encoded words decoded (RFC 2047), nothing more.
public struct MessageHeaders: Sendable, Hashable {
    /// Every field, in order, names as written, values unfolded and decoded.
    public let fields: [(name: String, value: String)]

    public static func == (left: MessageHeaders, right: MessageHeaders) -> Bool {
        left.fields.map(\.name) == right.fields.map(\.name) && left.fields.map(\.value) == right.fields.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        for field in fields { hasher.combine(field.name); hasher.combine(field.value) }
    }

    public init(message: String) {
        var fields: [(name: String, value: String)] = []
        for line in message.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.isEmpty { break }
            if line.first == " " || line.first == "\t" {
                if let last = fields.popLast() { fields.append((last.name, last.value + line)) }
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields.append((String(line[..<colon]), String(line[line.index(after: colon)...])))
        }
        self.fields = fields.map { ($0.name, EncodedWord.decodeAll($0.value).trimmingCharacters(in: .whitespaces)) }
    }

    /// The values of every field called `name` (any case).
    public func values(_ name: String) -> [String] {
        fields.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map(\.value)
    }

    /// The address in `To` (the part in angle brackets, or the whole value).
    public var toAddress: String? {
        guard let to = values("To").first else { return nil }
        if let open = to.lastIndex(of: "<"), let close = to.lastIndex(of: ">"), open < close {
            return String(to[to.index(after: open)..<close])
        }
        return to
    }
}
