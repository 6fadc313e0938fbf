// libFuzzer entry point for the OPML reader (see Fuzz/README.md). In a normal build this is a
// do-nothing executable: libFuzzer supplies `main` only when built with -sanitize=fuzzer.
import FeedReader
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let document = Data(bytes: data, count: size)
    if let list = try? OPMLReader.read(document, location: "https://example.org/lists/subscriptions.opml") {
        // What the writer writes, the reader must read back the same.
        let written = OPMLWriter.write(list)
        let reread = try? OPMLReader.read(Data(written.utf8), location: nil)
        precondition(reread?.subscriptions.count == list.subscriptions.count, "OPML did not round-trip")
    }
    return 0
}
