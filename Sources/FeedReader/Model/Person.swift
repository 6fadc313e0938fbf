/// An author: a display name, an e-mail address and a home page, any of which may be missing
/// (but never all three).
public struct Person: Sendable, Hashable {
    public let name: String?
    public let email: String?
    /// Absolute URL of the person's page (Atom `<uri>`, Atom 0.3 `<url>`, JSON Feed `url`).
    public let uri: String?

    public init(name: String?, email: String?, uri: String?) {
        self.name = name
        self.email = email
        self.uri = uri
    }

    /// False when there is nothing to show: no name, no e-mail, no page.
    var hasAnything: Bool { name != nil || email != nil || uri != nil }
}
