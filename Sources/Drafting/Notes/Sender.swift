/// Who the notes are from: the name they are signed with, the address they go out from (when
/// known; otherwise the mail client fills it in), and the city, for inviting a friend to meet.
public struct Sender: Sendable, Hashable {
    public let name: String?
    public let address: MailAddress?
    public let city: String?

    public init(name: String?, address: MailAddress?, city: String?) {
        self.name = name
        self.address = address
        self.city = city
    }
}
