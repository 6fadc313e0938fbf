// libFuzzer entry point for the feed parser (see Fuzz/README.md). In a normal build this is a
// do-nothing executable: libFuzzer supplies `main` only when built with -sanitize=fuzzer.
import FeedReader

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let bytes = UnsafeRawBufferPointer(start: data, count: size)
    // Whole (as share reads every document: read a second time, with markup left open in text
    // elements escaped, when its end tags do not match), then streamed in chunks whose size the
    // input's first byte picks: a chunk boundary may fall anywhere (inside a character, a
    // reference, a CDATA section), and both must hold up.
    _ = try? FeedParser.parse(bytes: bytes)
    let chunkSize = Int(data[0] % 61) + 1
    let chunked = FeedParser()
    do {
        var offset = 0
        while offset < size {
            let end = min(size, offset + chunkSize)
            try chunked.push(UnsafeRawBufferPointer(rebasing: bytes[offset..<end]))
            offset = end
        }
        _ = try chunked.finish()
    } catch {}
    return 0
}
