import Yams

extension ContactsError {
    /// What Yams (libyaml underneath) said about YAML it could not parse, at the line it stopped on:
    /// `friends.yaml:5: malformed YAML: did not find expected '-' indicator (while parsing a block collection at line 3)`.
    init(_ yamlError: YamlError, source: String, text: String) {
        let line: Int?
        let message: String
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            line = mark.line
            switch context {
            case nil: message = problem
            case let context? where context.mark.line == mark.line: message = "\(problem) (\(context.text))"
            case let context?: message = "\(problem) (\(context.text) at line \(context.mark.line))"
            }
        case .reader(let problem, let offset, _, _):
            // The offset counts characters; a line ends at each LF (CRLF is one character).
            line = offset.map { text.prefix($0).reduce(1) { $1 == "\n" || $1 == "\r\n" ? $0 + 1 : $0 } }
            message = problem
        case .duplicatedKeysInMapping(let duplicates, let context):
            line = context.mark.line
            message = "duplicate key " + duplicates.map { "'\($0)'" }.joined(separator: ", ")
        default:
            line = nil
            message = "\(yamlError)"
        }
        self.init(source: source, line: line, problem: .malformedYAML(message))
    }
}
