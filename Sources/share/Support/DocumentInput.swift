import FeedFetcher
import FeedReader
import Foundation

/// One document named on the command line: a file path, a `file://` URL, `-` (standard input)
/// or an `http(s)://` URL.
enum DocumentInput: CustomStringConvertible {
    case standardInput
    case file(path: String)
    case web(url: String)

    init(_ argument: String) {
        let lowered = argument.lowercased()
        if argument == "-" {
            self = .standardInput
        } else if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
            self = .web(url: argument)
        } else if lowered.hasPrefix("file://"), let url = URL(string: argument), url.isFileURL {
            self = .file(path: url.path)
        } else {
            self = .file(path: argument)
        }
    }

    /// A path under the working directory, shown as it would be typed there.
    static func relativeToWorkingDirectory(_ path: String) -> String {
        let directory = FileManager.default.currentDirectoryPath
        guard path.hasPrefix(directory + "/") else { return path }
        return String(path.dropFirst(directory.count + 1))
    }

    var description: String {
        switch self {
        case .standardInput: "standard input"
        case .file(let path): Self.relativeToWorkingDirectory(path)
        case .web(let url): url
        }
    }
}

/// Reads inputs and parses them. A file or standard input is read whole, up to one byte past
/// the parser's size limit (64 MB), so that the parser can read a damaged document twice
/// (`FeedParser.parse(bytes:options:)`).
struct DocumentReader {
    var fetcher: HTTPFetcher?
    /// Overrides what the input itself says (for a file saved from the web).
    var baseURL: String?
    var contentType: String?

    func parse(_ input: DocumentInput) async throws -> Feed {
        switch input {
        case .standardInput:
            return try parseStream(descriptor: STDIN_FILENO, options: options(documentURL: nil, contentType: nil))
        case .file(let path):
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { throw InputError(description: "cannot read: \(String(cString: strerror(errno)))") }
            defer { close(descriptor) }
            var status = stat()
            if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
                throw InputError(description: "is a directory, not a feed")
            }
            return try parseStream(descriptor: descriptor, options: options(documentURL: nil, contentType: nil))
        case .web(let url):
            guard let fetcher else { throw InputError(description: "cannot fetch URLs here") }
            let document = try await fetcher.fetch(url)
            return try document.bytes.withUnsafeBytes { bytes in
                try FeedParser.parse(bytes: bytes, options: options(documentURL: document.url, contentType: document.contentType))
            }
        }
    }

    private func options(documentURL: String?, contentType: String?) -> FeedParserOptions {
        FeedParserOptions(documentURL: baseURL ?? documentURL, contentType: self.contentType ?? contentType)
    }

    private func parseStream(descriptor: Int32, options: FeedParserOptions) throws -> Feed {
        var bytes: [UInt8] = []
        let chunkSize = 256 << 10
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        // One byte past the limit is enough for the parser to say the document is too large.
        while bytes.count <= options.limits.maxDocumentBytes {
            let count = read(descriptor, buffer.baseAddress, chunkSize)
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError(description: "cannot read: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
        return try bytes.withUnsafeBytes { try FeedParser.parse(bytes: $0, options: options) }
    }

}
