import Foundation

@testable import Drafting

/// A moment in UTC, built without the code under test.
func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))!
}

/// Runs `body` and returns the `MailError` it throws, or `nil` if it does not throw.
func mailError<T>(_ body: () throws(MailError) -> T) -> MailError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}

/// The encoded-words in header text: the writer always puts white space around them.
func encodedWords(in text: String) -> [Substring] {
    text.split(whereSeparator: \.isWhitespace).filter { $0.hasPrefix("=?") && $0.hasSuffix("?=") }
}

/// The bytes one encoded-word stands for, decoded by hand (B or Q), so each word can be
/// checked to be whole UTF-8 by itself.
func decodedBytes(ofEncodedWord word: Substring) -> [UInt8]? {
    let parts = word.dropFirst(2).dropLast(2).split(separator: "?", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].lowercased() == "utf-8" else { return nil }
    if parts[1].uppercased() == "B" { return Data(base64Encoded: String(parts[2])).map { Array($0) } }
    return quotedPrintableBytes(parts[2].replacing("_", with: " "))
}

/// `=XX` escapes decoded and soft line breaks (`=` at a line's end) removed.
func quotedPrintableBytes(_ encoded: some StringProtocol) -> [UInt8]? {
    let input = Array(encoded.utf8)
    var bytes: [UInt8] = []
    var index = 0
    while index < input.count {
        if input[index] == UInt8(ascii: "=") {
            if index + 1 < input.count, input[index + 1] == UInt8(ascii: "\n") { index += 2; continue }
            guard index + 2 < input.count, let byte = UInt8(String(decoding: input[index + 1...index + 2], as: UTF8.self), radix: 16)
            else { return nil }
            bytes.append(byte)
            index += 3
        } else {
            bytes.append(input[index])
            index += 1
        }
    }
    return bytes
}

/// The lines of a rendered header: up to the first empty line.
func headerLines(_ message: String) -> [Substring] {
    Array(message.split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.isEmpty })
}

/// Three hundred characters of plain words, and the same with accents and CJK mixed in.
let longASCIISubject = String(repeating: "Sourdough and trail running near Omaha, ", count: 8).prefix(300).description
let longUnicodeSubject = String(repeating: "Zoë’s café in 山田町 ☕️ naïve jazz — ", count: 10).prefix(300).description
