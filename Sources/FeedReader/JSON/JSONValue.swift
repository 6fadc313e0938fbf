/// A JSON value (RFC 8259), as much of one as a JSON Feed needs: objects keep their members in
/// order, and numbers keep the text they were written as (an `id` given as a number is read as
/// its digits; a size is read as an integer when it is one).
enum JSONValue {
    case object(JSONObject)
    case array([JSONValue])
    case string(String)
    case number(String)
    case bool(Bool)
    case null

    var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    var objectValue: JSONObject? {
        if case .object(let value) = self { return value }
        return nil
    }

    var arrayValue: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The text of a number, as written.
    var numberText: String? {
        if case .number(let value) = self { return value }
        return nil
    }
}

/// A JSON object's members in document order. A name given twice means its last value, as in
/// JavaScript and Python (RFC 8259 section 4 leaves it open).
struct JSONObject {
    var members: [JSONMember] = []

    subscript(name: String) -> JSONValue? {
        // Objects in a feed have a dozen members at most: a scan beats hashing every name.
        members.last(where: { $0.name == name })?.value
    }
}

/// One name and value of an object. (A struct, not a tuple: a tuple holding the enum sends
/// Swift 6.3's type checker into a "circular reference".)
struct JSONMember {
    let name: String
    let value: JSONValue
}
