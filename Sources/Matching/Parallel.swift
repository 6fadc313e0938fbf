import Dispatch
import Foundation

/// Fork–join over the machine's cores, for the engine's two heavy loops (analysing the entries,
/// ranking the pool for each friend).
///
/// The work is cut into chunks of consecutive items. The chunks run at the same time, each writing
/// only its own slot of the result; the call returns when all are done, with the results in the
/// order of the items. With one core, or a single chunk, everything runs in place, in order.
enum Parallel {
    /// `items.map(transform)`, the items shared out among the cores.
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], chunkSize: Int = 256, _ transform: @escaping @Sendable (Item) -> Result
    ) -> [Result] {
        map(items, chunkSize: chunkSize) { chunk, results in
            for item in chunk { results.append(transform(item)) }
        }
    }

    /// The results of `body` over consecutive chunks of `items`, joined in order. `body` appends one
    /// result per item of its chunk, and may keep working state from one item to the next.
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], chunkSize: Int, _ body: @escaping @Sendable (ArraySlice<Item>, inout [Result]) -> Void
    ) -> [Result] {
        let chunkSize = max(1, chunkSize)
        let chunkCount = (items.count + chunkSize - 1) / chunkSize
        guard chunkCount > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else {
            var results: [Result] = []
            results.reserveCapacity(items.count)
            body(items[...], &results)
            return results
        }
        let slots = Slots<[Result]>(count: chunkCount, initial: [])
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let start = chunk * chunkSize
            var results: [Result] = []
            results.reserveCapacity(chunkSize)
            body(items[start..<min(start + chunkSize, items.count)], &results)
            slots.store(results, at: chunk)
        }
        return slots.values.flatMap { $0 }
    }
}

/// Storage that concurrent tasks write into, each to its own slot, and that is read only once they
/// have all finished. That discipline, which ``Parallel`` keeps, is what makes it safe to share.
private final class Slots<Value>: @unchecked Sendable {
    private var storage: [Value]

    init(count: Int, initial: Value) {
        storage = Array(repeating: initial, count: count)
    }

    func store(_ value: Value, at slot: Int) {
        storage.withUnsafeMutableBufferPointer { $0[slot] = value }
    }

    var values: [Value] { storage }
}
