/// A small direct-mapped cache from an address to a value, for what libxml2 interns (element
/// names, namespace URIs): a feed uses a few dozen names, looked up on every element, and
/// hashing a pointer with `Hasher` cost more than the lookup saved. A slot collision falls back
/// to a dictionary.
// @safe: its keys are addresses compared for identity, never read through.
@safe
struct PointerCache<Value> {
    private static var slotCount: Int { 128 }
    private var keys = unsafe [UnsafeRawPointer?](repeating: nil, count: slotCount)
    private var values = [Value?](repeating: nil, count: slotCount)
    private var overflow: [UnsafeRawPointer: Value] = unsafe [:]

    mutating func value(for key: UnsafeRawPointer, _ make: () -> Value) -> Value {
        let slot = (Int(bitPattern: key) >> 3) & (Self.slotCount - 1)
        if unsafe keys[slot] == key, let value = values[slot] { return value }
        if unsafe keys[slot] == nil {
            let value = make()
            unsafe keys[slot] = unsafe key
            values[slot] = value
            return value
        }
        if let value = unsafe overflow[key] { return value }
        let value = make()
        unsafe overflow[key] = value
        return value
    }
}
