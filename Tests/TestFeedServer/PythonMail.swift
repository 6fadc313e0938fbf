import Foundation

/// Python's own mail parser, run on what the writer wrote: `email.parser.BytesParser` with
/// `policy.default` (RFC 5322 and RFC 2047 aware, recording defects instead of failing),
/// `mailbox.mbox`, and `urllib.parse` for mailto: URIs. It prints JSON.
public enum PythonMail {
    /// What Python read in one message.
    public struct Message: Decodable, Sendable {
        public struct Mailbox: Decodable, Equatable, Sendable {
            public let name: String
            public let address: String

            public init(name: String, address: String) {
                self.name = name
                self.address = address
            }
        }

        public let fromLine: String?
        public let from: [Mailbox]
        public let to: [Mailbox]
        public let subject: String
        public let date: String
        public let messageID: String
        public let body: String
        public let defects: [String]
        public let headerDefects: [String]
        public let headerNames: [String]
        public let headers: [String: String]
    }

    public struct Mailto: Decodable, Sendable {
        public let scheme: String
        public let to: String
        public let subject: [String]?
        public let body: [String]?
    }

    public static func messages(inEML file: URL) throws -> [Message] {
        try JSONDecoder().decode([Message].self, from: run(["eml", file.path]))
    }

    public static func messages(inMbox file: URL) throws -> [Message] {
        try JSONDecoder().decode([Message].self, from: run(["mbox", file.path]))
    }

    public static func mailto(_ uri: String) throws -> Mailto {
        try JSONDecoder().decode(Mailto.self, from: run(["mailto", uri]))
    }

    struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    private static func run(_ arguments: [String]) throws -> Data {
        let result = try ChildProcess("python3", ["-c", script] + arguments).wait()
        guard result.status == 0 else { throw Failure(description: "python3 failed: \(result.stderr)") }
        return Data(result.stdout.utf8)
    }

    private static let script = #"""
        import json, mailbox, re, sys
        from email import policy
        from email.parser import BytesParser
        from urllib.parse import parse_qs, unquote, urlsplit

        def defects(items):
            return [type(d).__name__ + ': ' + str(d) for d in items]

        def describe(msg, from_line=None):
            def mailboxes(name):
                header = msg[name]
                return [] if header is None else [{'name': a.display_name, 'address': a.addr_spec} for a in header.addresses]
            return {
                'fromLine': from_line,
                'from': mailboxes('From'),
                'to': mailboxes('To'),
                'subject': str(msg['Subject']),
                'date': msg['Date'].datetime.isoformat(),
                'messageID': str(msg['Message-ID']),
                'body': msg.get_content(),
                'defects': defects(msg.defects),
                'headerDefects': [name + ': ' + d for name, value in msg.items() for d in defects(value.defects)],
                'headerNames': list(msg.keys()),
                'headers': {name: str(value) for name, value in msg.items()},
            }

        mode, argument = sys.argv[1], sys.argv[2]
        parser = BytesParser(policy=policy.default)
        if mode == 'eml':
            with open(argument, 'rb') as file:
                result = [describe(parser.parse(file))]
        elif mode == 'mbox':
            box = mailbox.mbox(argument, create=False)
            result = []
            for key in box.iterkeys():
                # mailbox splits at From_ lines but leaves mboxrd's quoting: take one '>' back off.
                raw = re.sub(rb'(?m)^>(>*From )', rb'\1', box.get_bytes(key))
                result.append(describe(parser.parsebytes(raw), box.get_message(key).get_from()))
        else:
            parts = urlsplit(argument)
            query = parse_qs(parts.query, keep_blank_values=True, strict_parsing=bool(parts.query))
            result = {'scheme': parts.scheme, 'to': unquote(parts.path), 'subject': query.get('subject'), 'body': query.get('body')}
        sys.stdout.write(json.dumps(result))
        """#
}
