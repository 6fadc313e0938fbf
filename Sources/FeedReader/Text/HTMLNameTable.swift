/// A fixed map from names to values, looked up without Swift's (SipHash) hashing, which costs
/// more than reading a whole tag: open addressing with linear probing over a multiplicative hash.
struct HTMLNameTable<Value: Sendable>: Sendable {
    private let keys: [HTMLName?]
    private let values: [Value?]
    private let shift: UInt64

    init(_ entries: [(HTMLName, Value)]) {
        var bits: UInt64 = 1
        while 1 << bits < entries.count * 4 { bits += 1 }
        let size = 1 << Int(bits)
        var keys = [HTMLName?](repeating: nil, count: size)
        var values = [Value?](repeating: nil, count: size)
        shift = 64 - bits
        for (name, value) in entries {
            var slot = Self.slot(of: name, shift: shift)
            while let key = keys[slot], key != name { slot = (slot + 1) & (size - 1) }
            keys[slot] = name
            values[slot] = value
        }
        self.keys = keys
        self.values = values
    }

    subscript(name: HTMLName) -> Value? {
        var slot = Self.slot(of: name, shift: shift)
        while let key = keys[slot] {
            if key == name { return values[slot] }
            slot = (slot + 1) & (keys.count - 1)
        }
        return nil
    }

    private static func slot(of name: HTMLName, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: name.mixedBits &>> shift)
    }
}

extension HTMLNameTable where Value == Void {
    init(_ names: [HTMLName]) {
        self.init(names.map { ($0, ()) })
    }

    func contains(_ name: HTMLName) -> Bool { self[name] != nil }
}
