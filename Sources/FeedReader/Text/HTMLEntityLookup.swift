/// The named character references, looked up by the UTF-8 bytes of a name without making a
/// string or using Swift's (SipHash) hashing, which would cost more than the rest of decoding.
/// An open-addressing table (FNV-1a hash, linear probing) built once from `tableSource`.
struct HTMLEntityLookup: Sendable {
    private struct Entry {
        let nameStart: Int
        let nameLength: Int
        let value: PackedUTF8
    }

    /// Every name, one after another.
    private let names: [UInt8]
    private let entries: [Entry]
    /// 1 + an index into `entries`, or 0 for an empty slot.
    private let slots: [Int32]
    private let slotMask: Int

    /// Reads the table's text: one line per name, "NAME HEX[ HEX]" (see HTMLEntityTable.swift).
    init(source: String) {
        var names: [UInt8] = []
        var entries: [Entry] = []
        for line in source.utf8.split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(separator: UInt8(ascii: " "))
            guard let name = fields.first else { continue }
            var value = PackedUTF8()
            for field in fields.dropFirst() {
                guard let code = UInt32(String(decoding: field, as: UTF8.self), radix: 16), let scalar = Unicode.Scalar(code) else {
                    continue
                }
                for byte in UTF8.encode(scalar)! { value.append(byte) }
            }
            entries.append(Entry(nameStart: names.count, nameLength: name.count, value: value))
            names.append(contentsOf: name)
        }
        var slotCount = 1
        while slotCount < entries.count * 2 { slotCount <<= 1 }
        var slots = [Int32](repeating: 0, count: slotCount)
        unsafe names.withUnsafeBufferPointer { nameBytes in
            for (index, entry) in entries.enumerated() {
                var slot = unsafe Self.hash(nameBytes, entry.nameStart..<entry.nameStart + entry.nameLength) & (slotCount - 1)
                while slots[slot] != 0 { slot = (slot + 1) & (slotCount - 1) }
                slots[slot] = Int32(index + 1)
            }
        }
        self.names = names
        self.entries = entries
        self.slots = slots
        self.slotMask = slotCount - 1
    }

    /// The replacement for the name in `bytes[range]`, written as the table keys it ("amp;" with
    /// its semicolon, "amp" for the legacy form); nil when there is no such name.
    func value(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> PackedUTF8? {
        var slot = unsafe Self.hash(bytes, range) & slotMask
        while true {
            let entryNumber = Int(slots[slot])
            if entryNumber == 0 { return nil }
            let entry = entries[entryNumber - 1]
            if unsafe entry.nameLength == range.count && matches(entry, bytes, range) { return entry.value }
            slot = (slot + 1) & slotMask
        }
    }

    private func matches(_ entry: Entry, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for offset in 0..<range.count where unsafe names[entry.nameStart + offset] != bytes[range.lowerBound + offset] {
            return false
        }
        return true
    }

    /// FNV-1a, 64 bits.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for index in range {
            hash = unsafe (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
