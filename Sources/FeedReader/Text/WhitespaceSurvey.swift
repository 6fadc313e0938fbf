/// One pass over text that tells whether collapsing whitespace would change it, and, when asked,
/// stops at the first `<` or `&` (markup to read first). Eight bytes at a time while they are
/// only letters and single spaces.
enum WhitespaceSurvey: Equatable {
    /// Nothing to collapse: no ASCII whitespace but single spaces between other characters.
    case collapsed
    case uncollapsed
    /// A `<` or `&` was found.
    case markup

    init(_ bytes: UnsafeBufferPointer<UInt8>, stoppingAtMarkup: Bool) {
        var state = State()
        var index = 0
        while index + 8 <= bytes.count {
            let word = unsafe ByteWord.load(bytes, at: index)
            let markup = ByteWord.contains(word, UInt8(ascii: "<")) || ByteWord.contains(word, UInt8(ascii: "&"))
            if (markup && stoppingAtMarkup) || ByteWord.containsByte(below: 0x0E, word) {
                // Byte by byte, this once.
                for offset in 0..<8 where unsafe !state.read(bytes[index + offset], stoppingAtMarkup: stoppingAtMarkup) {
                    self = .markup
                    return
                }
            } else {
                let spaces = ByteWord.mask(word, 0x20)
                // A space after a space, within the word or across from the last one.
                if spaces & (spaces << 8) != 0 || (state.afterSpace && spaces & 0x80 != 0) {
                    if !stoppingAtMarkup {
                        self = .uncollapsed
                        return
                    }
                    state.collapsed = false
                }
                state.afterSpace = spaces >> 63 != 0
            }
            index += 8
        }
        while index < bytes.count {
            if unsafe !state.read(bytes[index], stoppingAtMarkup: stoppingAtMarkup) {
                self = .markup
                return
            }
            index += 1
        }
        if state.afterSpace && !bytes.isEmpty { state.collapsed = false }
        self = state.collapsed ? .collapsed : .uncollapsed
    }

    private struct State {
        /// The last byte was a space, or there was none: a space now would be collapsed.
        var afterSpace = true
        var collapsed = true

        /// Takes in one byte; false when it is markup and that stops the survey.
        @inline(__always)
        mutating func read(_ byte: UInt8, stoppingAtMarkup: Bool) -> Bool {
            switch byte {
            case UInt8(ascii: "<"), UInt8(ascii: "&"):
                if stoppingAtMarkup { return false }
                afterSpace = false
            case 0x20:
                if afterSpace { collapsed = false }
                afterSpace = true
            case 0x09...0x0D:
                collapsed = false
                afterSpace = true
            default:
                afterSpace = false
            }
            return true
        }
    }
}
