/// A growable run of bytes for the parser's hottest paths: the repaired XML handed to libxml2,
/// and the text of the field being captured.
///
/// Why not `[UInt8]`: those paths append a few bytes at a time, hundreds of thousands of times
/// per feed corpus, and each `Array.append(contentsOf:)` goes through a generic call that checks
/// uniqueness and capacity before copying; in callgrind that was a tenth of share's own share of
/// parse time. Here an append is a capacity check and a `memcpy`. Not copyable, so the memory
/// has one owner and is freed exactly once.
// @safe: owns its memory and frees it once (it is not copyable); the pointer views it lends are unsafe, and marked where they are used.
@safe
struct ByteBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes are held.
    private(set) var count = 0

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        unsafe base = .allocate(capacity: self.capacity)
    }

    deinit { unsafe base.deallocate() }

    /// The bytes held, valid until the next change.
    var bytes: UnsafeBufferPointer<UInt8> { unsafe UnsafeBufferPointer(start: base, count: count) }

    /// The bytes from `start` on, valid until the next change.
    func bytes(from start: Int) -> UnsafeBufferPointer<UInt8> {
        unsafe UnsafeBufferPointer(start: base + start, count: count - start)
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        unsafe base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        unsafe (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    @inline(__always)
    mutating func append(_ text: StaticString) {
        unsafe append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func append(string text: String) {
        var text = text
        text.withUTF8 { unsafe append(contentsOf: $0) }
    }

    /// Keeps the first `newCount` bytes.
    mutating func removeAll(after newCount: Int) {
        precondition(newCount >= 0 && newCount <= count, "ByteBuffer cut out of range")
        count = newCount
    }

    mutating func removeAll() { count = 0 }

    private mutating func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        unsafe newBase.initialize(from: base, count: count)
        unsafe base.deallocate()
        unsafe base = unsafe newBase
        capacity = newCapacity
    }
}
