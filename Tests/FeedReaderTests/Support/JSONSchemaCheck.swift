import Foundation

/// Checks a JSON value against the subset of JSON Schema the contract uses: `$ref`, `type`,
/// `enum`, `required`, `properties`, `additionalProperties: false`, `items`, `pattern`,
/// `minLength`, `minimum`. Returns one line per problem, empty when the value conforms.
struct JSONSchemaCheck {
    let root: [String: Any]

    init(schemaAt url: URL) throws {
        root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
    }

    func problems(_ value: Any) -> [String] {
        problems(value, schema: root, at: "$")
    }

    private func problems(_ value: Any, schema: [String: Any], at path: String) -> [String] {
        if let reference = schema["$ref"] as? String {
            var target: Any = root
            for part in reference.dropFirst(2).split(separator: "/") {
                target = (target as? [String: Any])?[String(part)] ?? [:]
            }
            return problems(value, schema: target as? [String: Any] ?? [:], at: path)
        }
        var found: [String] = []
        if let type = schema["type"] {
            let types = (type as? [String]) ?? [type as? String ?? ""]
            guard types.contains(where: { matches(value, $0) }) else { return ["\(path): \(value) is not \(types.joined(separator: "/"))"] }
        }
        if let allowed = schema["enum"] as? [String], let string = value as? String, !allowed.contains(string) {
            found.append("\(path): \(string) is not an allowed value")
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                found.append("\(path): missing \(key)")
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, sub) in object {
                if let subschema = properties[key] as? [String: Any] {
                    found += problems(sub, schema: subschema, at: "\(path).\(key)")
                } else if schema["additionalProperties"] as? Bool == false {
                    found.append("\(path): unexpected \(key)")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, element) in array.enumerated() { found += problems(element, schema: items, at: "\(path)[\(index)]") }
        }
        if let string = value as? String {
            if let minLength = schema["minLength"] as? Int, string.count < minLength { found.append("\(path): too short") }
            if let pattern = schema["pattern"] as? String, string.range(of: pattern, options: .regularExpression) == nil {
                found.append("\(path): \(string) does not match \(pattern)")
            }
        }
        if let number = value as? NSNumber, !(value is Bool), let minimum = schema["minimum"] as? Double, number.doubleValue < minimum {
            found.append("\(path): below \(minimum)")
        }
        return found
    }

    private func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "string": return value is String
        case "array": return value is [Any]
        case "object": return value is [String: Any]
        case "boolean": return value is Bool
        case "integer":
            guard let number = value as? NSNumber, !(value is Bool) else { return false }
            return number.doubleValue == number.doubleValue.rounded()
        case "number": return value is NSNumber
        default: return false
        }
    }
}
