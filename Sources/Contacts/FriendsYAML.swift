import Matching

/// The friends file: the user's friends in YAML 1.2, the one file of theirs `share` writes to.
///
/// ```yaml
/// friends:
///   - name: Wendy Park
///     email: wendy@example.org          # or emails: [wendy@example.org, w.park@example.org]
///     interests: [sourdough, trail running, {phrase: jazz piano, weight: 2}]
///     avoid: [politics]
///     city: Omaha
///     birthday: 03-14                   # MM-DD, or YYYY-MM-DD when the year is known
///     last_contact: 2026-10-01          # a calendar day, YYYY-MM-DD
///     every: 1m                         # how often to be in touch: 10d, 2w, 1m, 3m, 1y
///     feeds: [https://wendy.example/feed.xml, https://social.example/@wendy.rss]
///     notes: met at SM301
/// ```
///
/// Rules when reading:
/// - Only `name` is required. A friend without one is an error.
/// - An e-mail address must look like `name@domain.tld` (see `EmailAddress`); `email` and `emails`
///   both take one address or a list.
/// - An interest is a phrase, or `{phrase:, weight:}` with a weight that is a positive number
///   (1 when not given). `learned: true` marks one learned from the friend's own posts; its
///   weight is ``Interest/learnedWeight`` when not given.
/// - `feeds` lists the friend's own feeds, each an http or https URL (see `FriendFeedURL`).
/// - `birthday` is `MM-DD` or `YYYY-MM-DD`; `last_contact` is `YYYY-MM-DD`, read as midnight UTC;
///   `every` is a ``Cadence``. Anything else there is an error.
/// - A key the file does not know is a warning (`friends.yaml:12: unknown key 'emial' (ignored)`),
///   and so is a second friend with an address an earlier friend has.
/// - Malformed YAML is an error at the line the YAML parser stopped on.
///
/// Errors and warnings name the file (`source`) and the line, counting from 1.
public enum FriendsYAML {
    /// The friends in `text`, and what was passed over on the way.
    /// - Parameter source: the file's name, for messages (`friends.yaml`).
    public static func read(_ text: String, source: String) throws(ContactsError) -> (friends: [Friend], warnings: [ContactsWarning]) {
        var reader = FriendsYAMLReader(source: source)
        let friends = try reader.read(text)
        return (friends, reader.warnings)
    }

    /// `friends` as a friends file. Reading it back gives the same friends: text is quoted where
    /// YAML needs it (see `YAMLScalar`), notes of several lines become a literal block, and
    /// `last_contact` is written as its UTC day.
    public static func write(_ friends: [Friend]) -> String {
        FriendsYAMLWriter.document(friends)
    }
}
