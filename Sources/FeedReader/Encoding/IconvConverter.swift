#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Decodes, through glibc's iconv, the encodings not decoded in Swift (the ISO-8859 parts,
/// windows-125x, KOI8, Big5, EUC-KR, EUC-JP, Shift_JIS, GB18030, ISO-2022-JP, ...).
///
/// It streams: iconv's EINVAL ("incomplete character at the end of the input") leaves the tail
/// for the next chunk, and the descriptor keeps the shift state of stateful encodings such as
/// ISO-2022-JP from chunk to chunk. An invalid sequence (EILSEQ) becomes U+FFFD, with an issue,
/// and decoding goes on at the next byte. C1 control characters in the result are read as
/// windows-1252 (see `Windows1252`).
// @safe: owns its iconv handle and closes it once, in deinit; its pointers never leave it.
@safe
final class IconvConverter: ChunkDecoder {
    /// Longer than any character or escape sequence of the encodings above (GB18030: 4 bytes).
    let longestCharacter = 8
    var carried = CarriedBytes()
    private let descriptor: iconv_t
    private let name: String
    /// iconv's UTF-8, before the C1 pass.
    private var converted: UnsafeMutablePointer<CChar>
    private var capacity: Int
    private let c1Reader = UTF8Repair()

    /// A converter from the encoding iconv calls `iconvName`, reported as `name`; nil when
    /// iconv does not know it.
    init?(iconvName: String, name: String) {
        guard !iconvName.contains("/"),  // no iconv suffixes such as //TRANSLIT
            let descriptor = unsafe iconv_open("UTF-8", iconvName),
            unsafe descriptor != iconv_t(bitPattern: -1)
        else { return nil }
        unsafe self.descriptor = unsafe descriptor
        self.name = name
        capacity = 4096
        unsafe converted = .allocate(capacity: capacity)
    }

    deinit {
        unsafe iconv_close(descriptor)
        unsafe converted.deallocate()
    }

    /// The encoding iconv knows as `label`, when it reads ASCII as ASCII (so that an XML
    /// declaration read byte by byte means what it says); nil otherwise.
    static func asciiCompatibleEncoding(named label: String) -> TextEncoding? {
        let iconvName = label.uppercased()
        guard let converter = IconvConverter(iconvName: iconvName, name: label) else { return nil }
        let probe = Array("<?xml version=\"1.0\" encoding='x'?>\n<rss>{\"a\": [1]}</rss>\t\r\n".utf8)
        var output: [UInt8] = []
        var issues = DecodingIssues()
        unsafe probe.withUnsafeBytes { unsafe converter.decode($0, startingAt: 0, into: &output, issues: &issues) }
        converter.finish(into: &output, issues: &issues)
        guard output == probe, issues.isEmpty else { return nil }
        return .iconv(name: label, iconvName: iconvName)
    }

    func decodeCharacters(
        _ bytes: UnsafeRawBufferPointer, startingAt offset: Int, isLast: Bool,
        into output: inout [UInt8], issues: inout DecodingIssues
    ) -> Int {
        var input = unsafe bytes.baseAddress.map { unsafe UnsafeMutablePointer(mutating: $0.assumingMemoryBound(to: CChar.self)) }
        var inputLeft = bytes.count
        var produced = 0
        reserve(bytes.count * 4 + 16, keeping: 0)
        converting: while inputLeft > 0 {
            var out: UnsafeMutablePointer<CChar>? = unsafe converted + produced
            var outLeft = capacity - produced
            let result = unsafe iconv(descriptor, &input, &inputLeft, &out, &outLeft)
            produced = capacity - outLeft
            if result != -1 { break }
            switch errno {
            case E2BIG:
                reserve(capacity * 2, keeping: produced)
            case EINVAL where !isLast:
                break converting  // the next chunk finishes this character
            case EINVAL:
                writeReplacementCharacter(at: &produced)
                issues.record(.truncated(encoding: name), at: offset + bytes.count - inputLeft)
                inputLeft = 0
            default:  // EILSEQ: no character begins here
                writeReplacementCharacter(at: &produced)
                issues.record(.invalid(encoding: name), at: offset + bytes.count - inputLeft)
                unsafe input = unsafe input.map { unsafe $0 + 1 }
                inputLeft -= 1
            }
        }
        if isLast { flushShiftState(producedSoFar: &produced) }
        var none = DecodingIssues()  // iconv's output is well-formed UTF-8
        _ = unsafe c1Reader.decodeCharacters(
            UnsafeRawBufferPointer(start: converted, count: produced), startingAt: 0,
            isLast: true, into: &output, issues: &none)
        return bytes.count - inputLeft
    }

    /// Lets iconv write what it holds back at the end (a stateful encoding's pending character)
    /// and return to the initial state.
    private func flushShiftState(producedSoFar produced: inout Int) {
        reserve(produced + 64, keeping: produced)
        var out: UnsafeMutablePointer<CChar>? = unsafe converted + produced
        var outLeft = capacity - produced
        _ = unsafe iconv(descriptor, nil, nil, &out, &outLeft)
        produced = capacity - outLeft
    }

    private func writeReplacementCharacter(at produced: inout Int) {
        reserve(produced + 3, keeping: produced)
        for byte: UInt8 in [0xEF, 0xBF, 0xBD] {
            unsafe converted[produced] = CChar(bitPattern: byte)
            produced += 1
        }
    }

    /// Makes room for `needed` bytes of iconv output, keeping the first `kept`.
    private func reserve(_ needed: Int, keeping kept: Int) {
        guard needed > capacity else { return }
        let larger = UnsafeMutablePointer<CChar>.allocate(capacity: needed)
        unsafe larger.update(from: converted, count: kept)
        unsafe converted.deallocate()
        unsafe converted = unsafe larger
        capacity = needed
    }
}
