import Foundation
import Matching

@testable import Contacts

/// The test fixtures: tiny files named for the rule they pin down.
enum Fixture {
    static func url(_ name: String) -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            fatalError("no fixture named \(name)")
        }
        return url
    }

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: url(name))
    }

    static func text(_ name: String) throws -> String {
        try String(decoding: data(name), as: UTF8.self)
    }
}

/// Midnight UTC of a `YYYY-MM-DD` day, built without the code under test.
func utcDay(_ year: Int, _ month: Int, _ day: Int) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar.date(from: DateComponents(year: year, month: month, day: day))!
}

/// Runs `body` and returns the `ContactsError` it throws, or `nil` if it does not throw.
func contactsError<T>(_ body: () throws(ContactsError) -> T) -> ContactsError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}

extension Friend {
    var phrases: [String] { interests.map(\.phrase) }
}
