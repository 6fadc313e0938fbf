import Foundation

/// "2020/1/10 14:33:00" and "2020/01/10 14:33": a year first, slashes, a 24-hour time, and no
/// zone, as some CMS templates write `pubDate`. It names no instant for certain, so it is read
/// only after every other reader has refused the text, as UTC, and the caller warns.
enum ZonelessSlashedDateParser {
    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        var numbers: [Int] = []
        var separators: [UInt8] = []
        var current: Int?
        var digits = 0
        for index in bytes.indices {
            let byte = unsafe bytes[index]
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                current = (current ?? 0) * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
                guard digits <= 4 else { return nil }
                continue
            }
            guard let number = current else {
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") { continue }
                return nil
            }
            numbers.append(number)
            separators.append(byte)
            current = nil
            digits = 0
        }
        if let current { numbers.append(current) }
        // year / month / day, space, hour : minute (: second)
        guard numbers.count == 5 || numbers.count == 6,
            separators.starts(with: [UInt8(ascii: "/"), UInt8(ascii: "/"), UInt8(ascii: " "), UInt8(ascii: ":")]),
            separators.count == numbers.count - 1, numbers.count == 5 || separators[4] == UInt8(ascii: ":")
        else { return nil }
        let (year, month, day, hour, minute) = (numbers[0], numbers[1], numbers[2], numbers[3], numbers[4])
        let second = numbers.count == 6 ? numbers[5] : 0
        guard year >= 1000, (1...12).contains(month), day >= 1, day <= CivilCalendar.daysIn(month: month, year: year),
            hour < 24, minute < 60, second < 60
        else { return nil }
        let days = CivilCalendar.daysSinceUnixEpoch(year: year, month: month, day: day)
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3_600 + minute * 60 + second))
    }
}
