import Foundation
import Matching

// Addresses, interests and avoids are told apart ignoring case everywhere in this module:
// `Wendy@Example.org` is `wendy@example.org`, and `Jazz Piano` is `jazz piano`.

extension Array where Element == String {
    func containsIgnoringCase(_ text: String) -> Bool {
        contains { $0.caseInsensitiveCompare(text) == .orderedSame }
    }
}

extension Array where Element == Interest {
    func containsPhrase(_ phrase: String) -> Bool {
        contains { $0.phrase.caseInsensitiveCompare(phrase) == .orderedSame }
    }
}
