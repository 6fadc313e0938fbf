// Parse throughput: the feed reader against libxml2's own bare SAX pass over the same bytes.
//
//   python3 Benchmarks/generate-corpus.py /tmp/bench-corpus
//   swift run -c release ParseBenchmark /tmp/bench-corpus
//
// Each file is read into memory (not timed), then parsed by both, pushed in 256 KiB chunks as
// `share parse` does. Times are CPU time of this process (CLOCK_PROCESS_CPUTIME_ID), best of
// the rounds, so another process on the machine disturbs them little.
import CLibXML2
import FeedReader
import Foundation

let arguments = CommandLine.arguments.dropFirst()
guard let directory = arguments.first else {
    FileHandle.standardError.write(Data("usage: ParseBenchmark DIR [ROUNDS]\n".utf8))
    exit(2)
}
let rounds = arguments.dropFirst().first.flatMap(Int.init) ?? 3
let chunkSize = 256 << 10

func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

let files = (FileManager.default.enumerator(atPath: directory)?.compactMap { $0 as? String } ?? [])
    .filter { !$0.hasSuffix(".opml") && !$0.hasPrefix(".") }
    .sorted()
    .map { directory + "/" + $0 }
    .filter {
        var isDirectory: ObjCBool = false; return FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

/// libxml2 with no-op callbacks: the floor no SAX-based parser can beat.
func bareSAX(_ bytes: [UInt8]) {
    var handler = xmlSAXHandler()
    handler.initialized = XML_SAX2_MAGIC
    handler.startElementNs = { _, _, _, _, _, _, _, _, _ in }
    handler.endElementNs = { _, _, _, _ in }
    handler.characters = { _, _, _ in }
    handler.serror = { _, _ in }
    bytes.withUnsafeBufferPointer { buffer in
        buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { start in
            guard let context = xmlCreatePushParserCtxt(&handler, nil, nil, 0, nil) else { return }
            xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_RECOVER.rawValue))
            var offset = 0
            while offset < buffer.count {
                let length = min(chunkSize, buffer.count - offset)
                xmlParseChunk(context, start + offset, Int32(length), 0)
                offset += length
            }
            xmlParseChunk(context, nil, 0, 1)
            if let document = context.pointee.myDoc { xmlFreeDoc(document) }
            xmlFreeParserCtxt(context)
        }
    }
}

struct Totals { var seconds = 0.0; var items = 0; var warnings = 0; var errors = 0 }

func model(_ bytes: [UInt8]) -> (items: Int, warnings: Int, failed: Bool) {
    do {
        // As share reads every document: whole, and twice when its end tags do not match.
        let feed = try bytes.withUnsafeBytes { raw in try FeedParser.parse(bytes: raw) }
        return (feed.items.count, feed.warnings.count, false)
    } catch {
        return (0, 0, true)
    }
}

xmlInitParser()
var totalBytes = 0
var best = (model: Double.infinity, sax: Double.infinity)
var totals = Totals()
var xmlBytes = 0
for round in 1...rounds {
    var modelSeconds = 0.0
    var saxSeconds = 0.0
    var roundTotals = Totals()
    totalBytes = 0
    xmlBytes = 0
    for path in files {
        guard let data = FileManager.default.contents(atPath: path) else { continue }
        let bytes = [UInt8](data)
        totalBytes += bytes.count
        var start = cpuSeconds()
        let result = model(bytes)
        modelSeconds += cpuSeconds() - start
        roundTotals.items += result.items
        roundTotals.warnings += result.warnings
        roundTotals.errors += result.failed ? 1 : 0
        if !path.hasSuffix(".json") {
            xmlBytes += bytes.count
            start = cpuSeconds()
            bareSAX(bytes)
            saxSeconds += cpuSeconds() - start
        }
    }
    totals = roundTotals
    best.model = min(best.model, modelSeconds)
    best.sax = min(best.sax, saxSeconds)
    FileHandle.standardError.write(
        Data("round \(round): model \(String(format: "%.3f", modelSeconds)) s, bare SAX \(String(format: "%.3f", saxSeconds)) s\n".utf8))
}
var usage = rusage()
getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
let megabytes = Double(totalBytes) / 1_000_000
print(
    "files: \(files.count), \(String(format: "%.1f", megabytes)) MB (\(String(format: "%.1f", Double(xmlBytes) / 1_000_000)) MB XML), items: \(totals.items), warnings: \(totals.warnings), errors: \(totals.errors)"
)
print(
    "feed reader (model): \(String(format: "%.3f", best.model)) s CPU, \(String(format: "%.0f", megabytes / best.model)) MB/s, \(String(format: "%.0f", Double(totals.items) / best.model)) entries/s"
)
print(
    "libxml2 bare SAX:    \(String(format: "%.3f", best.sax)) s CPU, \(String(format: "%.0f", Double(xmlBytes) / 1_000_000 / best.sax)) MB/s (XML files only)"
)
print(
    "ratio: \(String(format: "%.2f", (megabytes / best.model) / (Double(xmlBytes) / 1_000_000 / best.sax))) of bare SAX throughput; peak RSS of this process: \(usage.ru_maxrss / 1024) MB"
)
