import Foundation
import Matching
import Yams

/// Reads a friends file through Yams' node tree rather than `Decodable`, because every node
/// carries its `mark` (line and column), and messages need the line.
struct FriendsYAMLReader {
    let source: String
    private(set) var warnings: [ContactsWarning] = []
    /// The line of the first friend with each address (lower-cased), to warn of a second.
    private var emailLines: [String: Int] = [:]

    init(source: String) {
        self.source = source
    }

    /// The keys a friend may have, as written in the file.
    private enum Key: String {
        case name, email, emails, interests, avoid, city, birthday, every, notes, feeds
        case lastContact = "last_contact"
    }

    mutating func read(_ text: String) throws(ContactsError) -> [Friend] {
        guard let root = try compose(text) else { return [] }
        guard case .mapping(let top) = root else {
            throw error(at: root, .unexpectedShape("expected 'friends:' followed by a list of friends"))
        }
        var list: Node?
        for (key, value) in top {
            if key.scalar?.string == "friends" {
                list = value
            } else {
                warn(at: key, .unknownKey(keyName(key)))
            }
        }
        guard let list else {
            throw error(at: root, .unexpectedShape("no 'friends:' list"))
        }
        if isNull(list) { return [] }
        guard case .sequence(let entries) = list else {
            throw error(at: list, .unexpectedShape("'friends' should be a list, each entry starting with '- name:'"))
        }
        var friends: [Friend] = []
        for entry in entries {
            friends.append(try friend(from: entry))
        }
        return friends
    }

    // MARK: - A friend

    private mutating func friend(from node: Node) throws(ContactsError) -> Friend {
        guard case .mapping(let mapping) = node else {
            throw error(at: node, .unexpectedShape("expected a friend: a mapping with at least a name"))
        }
        var fields: [Key: Node] = [:]
        for (key, value) in mapping {
            if let name = key.scalar?.string, let known = Key(rawValue: name) {
                fields[known] = value
            } else {
                warn(at: key, .unknownKey(keyName(key)))
            }
        }
        guard let nameNode = fields[.name], let name = try text(nameNode, for: .name),
            !name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        else { throw error(at: fields[.name] ?? node, .missingName) }

        var friend = Friend(name: name)
        for emailNode in try items(fields[.email], for: .email) + items(fields[.emails], for: .emails) {
            guard let address = try text(emailNode, for: .email), EmailAddress.isValid(address) else {
                throw error(at: emailNode, .invalidEmail(emailNode.scalar?.string ?? ""))
            }
            if !friend.emails.containsIgnoringCase(address) { friend.emails.append(address) }
            noteEmail(address, at: node)
        }
        for interestNode in try items(fields[.interests], for: .interests) {
            friend.interests.append(try interest(from: interestNode))
        }
        for avoidNode in try items(fields[.avoid], for: .avoid) {
            if let phrase = try text(avoidNode, for: .avoid) { friend.avoid.append(phrase) }
        }
        for feedNode in try items(fields[.feeds], for: .feeds) {
            guard let url = try text(feedNode, for: .feeds), FriendFeedURL.isValid(url) else {
                throw error(at: feedNode, .invalidFeedURL(feedNode.scalar?.string ?? ""))
            }
            let trimmed = url.trimmingCharacters(in: .whitespaces)
            if !friend.feeds.contains(trimmed) { friend.feeds.append(trimmed) }
        }
        friend.city = try text(of: .city, in: fields)
        friend.notes = try text(of: .notes, in: fields)
        if let node = fields[.birthday], let value = try text(node, for: .birthday) {
            guard let birthday = Birthday(parsing: value) else { throw error(at: node, .invalidBirthday(value)) }
            friend.birthday = birthday
        }
        if let node = fields[.lastContact], let value = try text(node, for: .lastContact) {
            guard let day = CalendarDay.date(parsing: value) else {
                throw error(at: node, .invalidDate(key: Key.lastContact.rawValue, value: value))
            }
            friend.lastContact = day
        }
        if let node = fields[.every], let value = try text(node, for: .every) {
            guard let cadence = Cadence(parsing: value) else { throw error(at: node, .invalidCadence(value)) }
            friend.cadence = cadence
        }
        return friend
    }

    /// `sourdough`, or `{phrase: jazz piano, weight: 2, because: "you play every Sunday"}`.
    private mutating func interest(from node: Node) throws(ContactsError) -> Interest {
        guard case .mapping(let mapping) = node else {
            guard let phrase = try text(node, for: .interests), !phrase.isEmpty else { throw error(at: node, .missingPhrase) }
            return Interest(phrase)
        }
        var phraseNode: Node?
        var weightNode: Node?
        var becauseNode: Node?
        var learnedNode: Node?
        for (key, value) in mapping {
            switch key.scalar?.string {
            case "phrase": phraseNode = value
            case "weight": weightNode = value
            case "because": becauseNode = value
            case "learned": learnedNode = value
            default: warn(at: key, .unknownKey(keyName(key)))
            }
        }
        guard let phraseNode, let phrase = try text(phraseNode, for: .interests), !phrase.isEmpty else {
            throw error(at: phraseNode ?? node, .missingPhrase)
        }
        let because = try becauseNode.flatMap { node throws(ContactsError) in try text(node, for: .interests) }
        var isLearned = false
        if let learnedNode {
            let written = learnedNode.scalar?.string ?? ""
            switch written.lowercased() {
            case "true", "yes": isLearned = true
            case "false", "no": isLearned = false
            default: throw error(at: learnedNode, .invalidFlag(key: "learned", value: written))
            }
        }
        guard let weightNode else {
            return Interest(phrase, weight: isLearned ? Interest.learnedWeight : 1, because: because, isLearned: isLearned)
        }
        let written = weightNode.scalar?.string ?? ""
        guard let weight = Double(written), weight.isFinite, weight > 0 else {
            throw error(at: weightNode, .invalidWeight(written))
        }
        return Interest(phrase, weight: weight, because: because, isLearned: isLearned)
    }

    // MARK: - Nodes to values

    /// A scalar's text exactly as YAML gives it; `nil` for YAML's null (`~`, `null`, or nothing).
    private func text(_ node: Node, for key: Key) throws(ContactsError) -> String? {
        guard case .scalar(let scalar) = node else {
            throw error(at: node, .unexpectedShape("'\(key.rawValue)' should be a single value, not a list or mapping"))
        }
        return isNull(node) ? nil : scalar.string
    }

    /// The text under `key`; `nil` when the key is absent or null.
    private func text(of key: Key, in fields: [Key: Node]) throws(ContactsError) -> String? {
        guard let node = fields[key] else { return nil }
        return try text(node, for: key)
    }

    /// The entries of a list; a single value counts as a list of one, and null as none.
    private func items(_ node: Node?, for key: Key) throws(ContactsError) -> [Node] {
        guard let node else { return [] }
        switch node {
        case .sequence(let sequence): return Array(sequence)
        case .scalar: return isNull(node) ? [] : [node]
        default: throw error(at: node, .unexpectedShape("'\(key.rawValue)' should be a list"))
        }
    }

    /// Null as YAML 1.2's core schema has it: an unquoted `~`, `null`, or nothing at all.
    private func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private func keyName(_ key: Node) -> String {
        key.scalar?.string ?? "(a list or mapping as a key)"
    }

    // MARK: - Messages

    private mutating func noteEmail(_ address: String, at friend: Node) {
        let line = friend.mark?.line ?? 0
        if let first = emailLines[FriendIdentity.key(ofAddress: address)], first != line {
            warn(at: friend, .duplicateEmail(address, firstLine: first))
        } else {
            emailLines[FriendIdentity.key(ofAddress: address)] = line
        }
    }

    private func error(at node: Node, _ problem: ContactsError.Problem) -> ContactsError {
        ContactsError(source: source, line: node.mark?.line, problem: problem)
    }

    private mutating func warn(at node: Node, _ problem: ContactsWarning.Problem) {
        warnings.append(ContactsWarning(source: source, line: node.mark?.line, problem: problem))
    }

    /// Yams' node tree for `text`, or the parser's complaint as an error at its line.
    private func compose(_ text: String) throws(ContactsError) -> Node? {
        do {
            // The basic resolver: every value is read as written (`text(_:for:)`, `isNull(_:)`),
            // so Yams need not try its regular expressions for numbers, dates and booleans on
            // each one. They were a third of reading a file of 1,000 friends.
            return try Yams.compose(yaml: text, .basic)
        } catch let yamlError as YamlError {
            throw ContactsError(yamlError, source: source, text: text)
        } catch {
            throw ContactsError(source: source, line: nil, problem: .malformedYAML("\(error)"))
        }
    }
}
