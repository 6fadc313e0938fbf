import Foundation

/// The canonical form of an entry's link: what "the same story" and "already sent" key on, and
/// what a note links to.
///
/// The rules, in order: surrounding whitespace is trimmed; the scheme and host are lower-cased
/// (RFC 3986 section 6.2.2.1) and a default port (`:80` for http, `:443` for https) is dropped
/// (section 6.2.3); the fragment is dropped (it points inside the same page); query parameters
/// that only track the click are removed: every `utm_*` (Google Analytics' campaign tags),
/// `fbclid` (Facebook), `gclid`, `dclid`, `gbraid`, `wbraid` (Google Ads), `msclkid` (Microsoft
/// Ads), `mc_cid`, `mc_eid` (Mailchimp), `igshid` (Instagram), `yclid` (Yandex), `_hsenc`,
/// `_hsmi` (HubSpot), `mkt_tok` (Marketo), `oly_anon_id`, `oly_enc_id` (Omeda), `vero_id`,
/// `wickedid`, `rb_clickid`, `s_cid`, `ncid`. Other parameters keep their order and spelling; a
/// query left empty is removed with its `?`. A link that is not http(s) is only trimmed.
public enum CanonicalLink {
    public static func canonical(_ link: String) -> String {
        // Every delimiter is ASCII, so the scans run over UTF-8 bytes: walking Characters here
        // cost 8% of a whole `share fetch` of 1,000 feeds.
        let trimmed = link.trimmingWhitespace
        let bytes = trimmed.utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")),
            bytes[colon...].starts(with: "://".utf8)
        else { return trimmed }
        let scheme = trimmed[..<colon].lowercased()
        guard scheme == "http" || scheme == "https" else { return trimmed }
        let afterScheme = bytes.index(colon, offsetBy: 3)
        let end = bytes[afterScheme...].firstIndex(of: UInt8(ascii: "#")) ?? bytes.endIndex
        let authorityEnd = bytes[afterScheme..<end].firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") } ?? end
        var authority = trimmed[afterScheme..<authorityEnd].lowercased()
        if scheme == "http", authority.hasSuffix(":80") { authority.removeLast(3) }
        if scheme == "https", authority.hasSuffix(":443") { authority.removeLast(4) }
        let question = bytes[authorityEnd..<end].firstIndex(of: UInt8(ascii: "?"))
        var result = scheme + "://" + authority + trimmed[authorityEnd..<(question ?? end)]
        if let question {
            let query = trimmed[bytes.index(after: question)..<end]
            let kept = query.utf8.split(separator: UInt8(ascii: "&")).map { Substring($0) }.filter { !isTracking($0) }
            if !kept.isEmpty { result += "?" + kept.joined(separator: "&") }
        }
        return result
    }

    private static let trackingNames: Set<String> = [
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid",
        "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "wickedid", "rb_clickid", "s_cid", "ncid",
    ]

    private static func isTracking(_ parameter: Substring) -> Bool {
        let name = (parameter.split(separator: "=", maxSplits: 1).first ?? parameter).lowercased()
        return name.hasPrefix("utm_") || trackingNames.contains(name)
    }
}
