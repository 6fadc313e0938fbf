// swift-tools-version: 6.2
// 6.2: the feed reader makes Strings from bytes it has checked through UTF8Span (SE-0464).
import PackageDescription

let package = Package(
    name: "share",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "share", targets: ["share"]),
        .library(name: "FeedReader", targets: ["FeedReader"]),
        .library(name: "TextAnalysis", targets: ["TextAnalysis"]),
        .library(name: "Matching", targets: ["Matching"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // Already built for AsyncHTTPClient (through swift-certificates): SHA-256 of feed bodies.
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.20.0"),
        // Already built for AsyncHTTPClient: FeedFetcher tells its connection errors by their types.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.30.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        // libxml2 from the system (Debian: libxml2-dev; macOS: Homebrew's libxml2).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // Bytes in, a feed model out. No network, no database. Strict memory safety (SE-0458):
        // every use of a pointer is marked `unsafe`, so `grep unsafe` is the inventory.
        .target(name: "FeedReader", dependencies: ["CLibXML2"], swiftSettings: [.strictMemorySafety()]),
        // Words: tokens, folding, stop words, the English (Snowball) stemmer.
        .target(name: "TextAnalysis"),
        // Friends' interests, scores, and the reasons for each match. No XML, HTTP or SQL.
        // The word table (Resources/word-vectors.swv) is found by WordVectors.defaultLocation(),
        // never through Bundle.module: an installed share has no resource bundle.
        .target(name: "Matching", dependencies: ["TextAnalysis"], exclude: ["Resources/README.md"], resources: [.copy("Resources/word-vectors.swv")]),
        // Friends in and out: the YAML friends file, vCard and CSV imports, merging an import.
        .target(name: "Contacts", dependencies: ["Matching", .product(name: "Yams", package: "Yams")]),
        // URLs in, bytes out: limits, timeouts, redirects and per-feed errors.
        .target(
            name: "FeedFetcher",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                // Only to recognise its decompression-limit error.
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
                // Only to tell connection errors apart by type (errno, DNS, TLS).
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        // What share remembers, in SQLite through GRDB: feeds, their entries, fetch state; migrations.
        .target(name: "Store", dependencies: [.product(name: "GRDB", package: "GRDB.swift")]),
        // One refresh of the subscriptions: fetch politely (validators, limits, per-host fairness),
        // parse, and keep the result in the store.
        .target(
            name: "FeedUpdater",
            dependencies: ["FeedReader", "FeedFetcher", "Store", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // Notes from matches: phrasing, templates, RFC 5322 / mbox / mailto output.
        .target(name: "Drafting", dependencies: ["Contacts", "Matching", "TextAnalysis", .product(name: "Mustache", package: "swift-mustache")]),
        .executableTarget(
            name: "share",
            dependencies: [
                "FeedReader",
                "FeedFetcher",
                "Matching",
                "Contacts",
                "Store",
                "FeedUpdater",
                "Drafting",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                // SHA-256 of the .eml drafts it writes, to tell a file the user edited.
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // libFuzzer entry points: harmless do-nothing executables in a normal build (see Fuzz/README.md).
        .executableTarget(name: "FuzzFeedParser", dependencies: ["FeedReader"], path: "Fuzz/FuzzFeedParser"),
        .executableTarget(name: "FuzzOPMLReader", dependencies: ["FeedReader"], path: "Fuzz/FuzzOPMLReader"),
        .executableTarget(name: "MatchBenchmark", dependencies: ["Matching", "TextAnalysis"], path: "Benchmarks/MatchBenchmark"),
        .executableTarget(name: "ParseBenchmark", dependencies: ["FeedReader", "CLibXML2"], path: "Benchmarks/ParseBenchmark"),
        .testTarget(
            name: "FeedReaderTests",
            dependencies: ["FeedReader"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "FeedFetcherTests", dependencies: ["FeedFetcher"]),
        // SnowballEnglish/ is read by path (#filePath), not bundled: 700 KB the tests alone read.
        .testTarget(name: "TextAnalysisTests", dependencies: ["TextAnalysis"], exclude: ["SnowballEnglish"]),
        .testTarget(name: "MatchingTests", dependencies: ["Matching"]),
        .testTarget(name: "ContactsTests", dependencies: ["Contacts", "Matching"], resources: [.copy("Fixtures")]),
        .testTarget(name: "DraftingTests", dependencies: ["Contacts", "Drafting", "Matching", "TestFeedServer"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", .product(name: "GRDB", package: "GRDB.swift")]),
        // The servers the tests run against, Python child processes on 127.0.0.1: HTTP for fetching,
        // SMTP for delivery through msmtp.
        .target(name: "TestFeedServer", dependencies: ["FeedFetcher"], path: "Tests/TestFeedServer", exclude: ["feed-server.py", "smtp-sink.py"]),
        .testTarget(name: "FeedUpdaterTests", dependencies: ["FeedUpdater", "FeedFetcher", "Store", "TestFeedServer"]),
        .testTarget(name: "ShareCLITests", dependencies: ["share", "Store", "TestFeedServer", .product(name: "GRDB", package: "GRDB.swift")]),
    ],
    swiftLanguageModes: [.v6]
)

// No warnings in share's own code: each one is an error, in every build (SE-0480). Settings
// stay with the targets they are given to, so the dependencies' warnings are theirs to mend.
for target in package.targets where [.regular, .executable, .test].contains(target.type) {
    target.swiftSettings = (target.swiftSettings ?? []) + [.treatAllWarnings(as: .error)]
}
