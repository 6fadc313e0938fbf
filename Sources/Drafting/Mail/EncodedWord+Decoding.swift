import Foundation

extension EncodedWord {
    /// `text` with its RFC 2047 encoded-words decoded (UTF-8 and US-ASCII charsets; others are
    /// left as written). Whitespace between two adjacent encoded-words is dropped (section 6.2).
    static func decodeAll(_ text: String) -> String {
        guard text.contains("=?") else { return text }
        var output = ""
        var rest = Substring(text)
        var pendingSpace = ""
        var lastWasEncoded = false
        while let start = rest.range(of: "=?") {
            let before = rest[..<start.lowerBound]
            let afterStart = rest[start.upperBound...]
            // charset ? encoding ? text ?=
            let parts = afterStart.split(separator: "?", maxSplits: 3, omittingEmptySubsequences: false)
            guard parts.count == 4, parts[3].hasPrefix("="), let decoded = decode(charset: parts[0], encoding: parts[1], text: parts[2]) else {
                output += pendingSpace + before + "=?"
                pendingSpace = ""
                lastWasEncoded = false
                rest = afterStart
                continue
            }
            if lastWasEncoded, before.allSatisfy({ $0 == " " || $0 == "\t" }) {
                // Only whitespace between two encoded-words: it is not part of the text.
            } else {
                output += before
            }
            output += decoded
            lastWasEncoded = true
            rest = parts[3].dropFirst()
        }
        return output + rest
    }

    private static func decode(charset: Substring, encoding: Substring, text: Substring) -> String? {
        let charset = charset.lowercased().split(separator: "*").first.map(String.init) ?? ""
        guard charset == "utf-8" || charset == "us-ascii" else { return nil }
        switch encoding.uppercased() {
        case "B":
            guard let data = Data(base64Encoded: String(text)) else { return nil }
            return String(decoding: data, as: UTF8.self)
        case "Q":
            var bytes: [UInt8] = []
            var index = text.utf8.startIndex
            let utf8 = text.utf8
            while index < utf8.endIndex {
                let byte = utf8[index]
                if byte == UInt8(ascii: "_") {
                    bytes.append(0x20)
                } else if byte == UInt8(ascii: "="), utf8.distance(from: index, to: utf8.endIndex) >= 3,
                    let value = UInt8(String(decoding: utf8[utf8.index(after: index)..<utf8.index(index, offsetBy: 3)], as: UTF8.self), radix: 16)
                {
                    bytes.append(value)
                    index = utf8.index(index, offsetBy: 2)
                } else {
                    bytes.append(byte)
                }
                index = utf8.index(after: index)
            }
            return String(decoding: bytes, as: UTF8.self)
        default:
            return nil
        }
    }
}
