import Foundation

/// General knowledge of words: a static table of word vectors keyed by Snowball English stem,
/// distilled once from the sentence model all-MiniLM-L6-v2 (`Scripts/word-vectors/`), read from a
/// `.swv` file and never changed. Matching stays a lookup and a sum: no model runs at match time.
///
/// The file, little-endian:
///
/// ```
/// "SWV1" | count u32 | dims u32 | neighbours u32
/// count × (length u8, UTF-8 stem)             sorted by bytes
/// count × float32 scale                      v ≈ q × scale, a unit vector
/// count × dims × int8 q
/// count × neighbours × u32 index             each stem's nearest stems, nearest first
/// count × neighbours × u8 cosine             round(255 × max(0, cos))
/// ```
///
/// `cos(i, j) ≈ (Σ q_i q_j) × scale_i × scale_j`. A file that does not have this shape, to the
/// byte, is refused.
public struct WordVectors: Sendable {
    public enum LoadError: Error, CustomStringConvertible {
        case malformed(String)
        case notFound
        public var description: String {
            switch self {
            case let .malformed(why): "not a word-vector table (.swv): \(why)"
            case .notFound: "\(WordVectors.fileName) not found (set SHARE_WORD_VECTORS to its path, or reinstall with make install)"
            }
        }
    }

    /// The stems, by index.
    let stems: [String]
    /// Where each stem is, by its text.
    let indexOfStem: [String: Int32]
    let dims: Int
    let neighbourCount: Int
    /// `count × dims`, each row a unit vector (dequantised).
    private let vectors: [Float]
    /// `count × neighbourCount` indices, nearest first.
    private let neighbourIndices: [Int32]

    /// How many stems the table knows.
    public var count: Int { stems.count }

    /// Reads the table at `url`.
    public init(contentsOf url: URL) throws {
        try self.init(data: Data(contentsOf: url, options: .alwaysMapped))
    }

    /// Reads a table from its bytes.
    public init(data: Data) throws {
        let bytes = [UInt8](data)
        var offset = 0
        func u32() throws -> Int {
            guard offset + 4 <= bytes.count else { throw LoadError.malformed("cut short") }
            defer { offset += 4 }
            return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24
        }
        guard bytes.starts(with: Array("SWV1".utf8)) else { throw LoadError.malformed("no SWV1 header") }
        offset = 4
        let count = try u32()
        let dims = try u32()
        let neighbours = try u32()
        guard dims > 0, dims <= 4096, neighbours <= 1024, count < 10_000_000 else { throw LoadError.malformed("implausible sizes") }
        var stems: [String] = []
        stems.reserveCapacity(count)
        for _ in 0..<count {
            guard offset < bytes.count else { throw LoadError.malformed("cut short in the stems") }
            let length = Int(bytes[offset])
            guard offset + 1 + length <= bytes.count else { throw LoadError.malformed("cut short in the stems") }
            stems.append(String(decoding: bytes[offset + 1..<offset + 1 + length], as: UTF8.self))
            offset += 1 + length
        }
        let expected = offset + count * 4 + count * dims + count * neighbours * 5
        guard expected == bytes.count else { throw LoadError.malformed("\(bytes.count) bytes where \(expected) were expected") }
        var vectors = [Float](repeating: 0, count: count * dims)
        let scaleStart = offset
        let vectorStart = offset + count * 4
        for row in 0..<count {
            let at = scaleStart + row * 4
            let bits = UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
            let scale = Float(bitPattern: bits)
            for d in 0..<dims {
                vectors[row * dims + d] = Float(Int8(bitPattern: bytes[vectorStart + row * dims + d])) * scale
            }
        }
        offset = vectorStart + count * dims
        var indices = [Int32](repeating: 0, count: count * neighbours)
        for slot in indices.indices {
            let index = try u32()
            guard index < count else { throw LoadError.malformed("a neighbour index out of range") }
            indices[slot] = Int32(index)
        }
        var indexOfStem: [String: Int32] = [:]
        indexOfStem.reserveCapacity(count)
        for (index, stem) in stems.enumerated() { indexOfStem[stem] = Int32(index) }
        self.stems = stems
        self.indexOfStem = indexOfStem
        self.dims = dims
        neighbourCount = neighbours
        self.vectors = vectors
        neighbourIndices = indices
    }

    /// The index of `stem`, if the table knows it.
    func index(of stem: String) -> Int? {
        indexOfStem[stem].map(Int.init)
    }

    /// The stored nearest stems of the stem at `index`, nearest first.
    func neighbours(of index: Int) -> ArraySlice<Int32> {
        neighbourIndices[index * neighbourCount..<(index + 1) * neighbourCount]
    }

    /// `vector(index) · other`.
    func dot(_ index: Int, _ other: [Float]) -> Float {
        var sum: Float = 0
        let start = index * dims
        for d in 0..<dims { sum += vectors[start + d] * other[d] }
        return sum
    }

    /// Adds `weight × vector(index)` to `sum` (of ``dims`` numbers).
    ///
    /// Through buffers, without a bounds check per number: the sense gate adds every word of
    /// every story it looks at.
    func add(_ index: Int, times weight: Float, to sum: inout [Float]) {
        precondition(sum.count == dims && index >= 0 && index < stems.count)
        let start = index * dims
        vectors.withUnsafeBufferPointer { table in
            sum.withUnsafeMutableBufferPointer { sum in
                for d in 0..<sum.count { sum[d] += weight * table[start + d] }
            }
        }
    }

    /// Calls `body` with the whole table, ``dims`` numbers a stem, without a copy.
    func withVectors<Result>(_ body: (UnsafeBufferPointer<Float>) -> Result) -> Result {
        vectors.withUnsafeBufferPointer(body)
    }

    /// `Σ weights[k] × vector(indices[k])`, made a unit vector; nil when it is zero.
    func unitSum(_ indices: [Int], weights: [Float]) -> [Float]? {
        var sum = [Float](repeating: 0, count: dims)
        for (index, weight) in zip(indices, weights) {
            let start = index * dims
            for d in 0..<dims { sum[d] += weight * vectors[start + d] }
        }
        return Self.unit(sum)
    }

    /// `vector / |vector|`, or nil for the zero vector.
    static func unit(_ vector: [Float]) -> [Float]? {
        let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return norm > 0 ? vector.map { $0 / norm } : nil
    }
}
