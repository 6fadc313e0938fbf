/// Why a value cannot go into a message as it is. Each case names the value and the rule it
/// breaks, e.g. `invalid e-mail address "wendy park@example.org": contains a space or a control character`.
public enum MailError: Error, Sendable, Hashable, CustomStringConvertible {
    case invalidAddress(String, reason: String)
    case invalidHeaderName(String, reason: String)
    case invalidMessageID(String, reason: String)

    public var description: String {
        // debugDescription quotes the value and shows control characters as escapes (`\r\n`).
        switch self {
        case .invalidAddress(let address, let reason): "invalid e-mail address \(address.debugDescription): \(reason)"
        case .invalidHeaderName(let name, let reason): "invalid header name \(name.debugDescription): \(reason)"
        case .invalidMessageID(let id, let reason): "invalid Message-ID \(id.debugDescription): \(reason)"
        }
    }
}
