import Foundation

/// What a friend's own feed must be: an absolute `http` or `https` URL with a host. The one rule
/// for the friends file, `friends add --feed` and vCard imports alike.
///
/// Nothing else is allowed, not even a local file: a friend's feed is fetched with everyone's,
/// politely, and only because the user named it (a `file:` path in a shared friends file would
/// read whatever the path names).
public enum FriendFeedURL {
    /// Why `text` cannot be a friend's feed, in words that finish "it …"; nil when it can.
    public static func problem(with text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return "is empty" }
        guard let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased() else {
            return "is not a URL"
        }
        guard scheme == "http" || scheme == "https" else { return "is not an http or https URL" }
        guard let host = components.host, !host.isEmpty else { return "has no host" }
        return nil
    }

    public static func isValid(_ text: String) -> Bool { problem(with: text) == nil }
}
