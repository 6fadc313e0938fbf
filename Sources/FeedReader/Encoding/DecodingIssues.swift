/// The byte-level problems met while decoding, tallied by kind.
///
/// Each kind becomes one warning line that says how often it happened and where it first did,
/// so a badly broken document gives a few lines, not thousands. Offsets count bytes from the
/// start of the document as it was pushed, byte-order mark included.
struct DecodingIssues {
    enum Kind: Equatable {
        /// Bytes that begin no well-formed UTF-8 sequence, each read as the windows-1252
        /// character of that byte.
        case notUTF8
        /// Bytes (or code units) that are not valid in the named encoding, each bad sequence
        /// replaced by U+FFFD.
        case invalid(encoding: String)
        /// The document ends inside a character of the named encoding; the partial character
        /// became U+FFFD.
        case truncated(encoding: String)
        /// Well-formed UTF-8 sequences in a document read in the named single-byte encoding,
        /// each read as UTF-8.
        case utf8InSingleByteDocument(encoding: String)
    }

    private struct Tally {
        let kind: Kind
        var count: Int
        let firstOffset: Int
    }

    private var tallies: [Tally] = []

    var isEmpty: Bool { tallies.isEmpty }

    mutating func record(_ kind: Kind, at offset: Int) {
        if let index = tallies.firstIndex(where: { $0.kind == kind }) {
            tallies[index].count += 1
        } else {
            tallies.append(Tally(kind: kind, count: 1, firstOffset: offset))
        }
    }

    /// One human-readable line per kind, in the order the kinds were first met.
    var lines: [String] {
        tallies.map { tally in
            let many = tally.count > 1
            let place = many ? "the first at byte \(tally.firstOffset)" : "at byte \(tally.firstOffset)"
            switch tally.kind {
            case .notUTF8:
                return (many ? "\(tally.count) bytes are" : "1 byte is") + " not valid UTF-8 (\(place));"
                    + " read as windows-1252 (U+FFFD where windows-1252 has no character)"
            case .invalid(let encoding):
                return (many ? "\(tally.count) byte sequences are" : "1 byte sequence is")
                    + " not valid \(encoding) (\(place)); replaced with U+FFFD"
            case .utf8InSingleByteDocument(let encoding):
                return (many ? "\(tally.count) characters are" : "1 character is")
                    + " UTF-8 in a document read as \(encoding) (\(place)); read as UTF-8"
            case .truncated(let encoding):
                return "the document ends inside a \(encoding) character (\(place)); replaced with U+FFFD"
            }
        }
    }
}
