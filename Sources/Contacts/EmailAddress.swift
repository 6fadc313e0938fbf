/// The one rule for an e-mail address, shared by the friends file and every import.
///
/// Not RFC 5322's full grammar (quoted local parts, comments, IP literals): the shape people
/// and address books actually use, `something@something.tld`. That is one `@`, something before it,
/// a domain of dot-separated labels after it with at least two labels, and no spaces, control
/// characters or the punctuation that marks a display name (`"Wendy" <wendy@example.org>`).
public enum EmailAddress {
    public static func isValid(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }) else { return false }
        let forbidden: Set<Unicode.Scalar> = ["<", ">", "(", ")", "[", "]", ",", ";", ":", "\\", "\""]
        return address.unicodeScalars.allSatisfy { scalar in
            !scalar.properties.isWhitespace && scalar.value >= 0x20 && scalar.value != 0x7F && !forbidden.contains(scalar)
        }
    }
}
