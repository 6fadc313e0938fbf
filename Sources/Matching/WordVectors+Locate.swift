import Foundation

extension WordVectors {
    /// The file name of the table share ships.
    public static let fileName = "word-vectors.swv"

    /// Where share's table is, the first of these that exists:
    ///
    /// 1. `$SHARE_WORD_VECTORS`, when set (and then only there);
    /// 2. SwiftPM's resource bundle beside the executable: `<dir>/share_Matching.resources/`
    ///    (a build run in place), or `<dir>/share_Matching.bundle/` (macOS);
    /// 3. `<dir>/../share/share/word-vectors.swv`, where `make install` puts it.
    ///
    /// `Bundle.module` is not used: it stops the program when the bundle is missing, and an
    /// installed share has no bundle.
    public static func defaultLocation(
        environment: [String: String] = ProcessInfo.processInfo.environment, executable: URL? = Bundle.main.executableURL
    ) -> URL? {
        if let path = environment["SHARE_WORD_VECTORS"], !path.isEmpty {
            return FileManager.default.fileExists(atPath: path) ? URL(fileURLWithPath: path) : nil
        }
        guard let directory = executable?.resolvingSymlinksInPath().deletingLastPathComponent() else { return nil }
        let places = [
            directory.appendingPathComponent("share_Matching.resources").appendingPathComponent(fileName),
            directory.appendingPathComponent("share_Matching.bundle").appendingPathComponent(fileName),
            directory.appendingPathComponent("share_Matching.bundle/Contents/Resources").appendingPathComponent(fileName),
            directory.deletingLastPathComponent().appendingPathComponent("share/share").appendingPathComponent(fileName),
        ]
        return places.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// share's table, from ``defaultLocation(environment:executable:)``: nil, with the reason, when
    /// it is missing or unreadable (matching then works without word knowledge).
    public static func loadDefault() -> Result<WordVectors, any Error> {
        guard let url = defaultLocation() else {
            return .failure(LoadError.notFound)
        }
        do { return .success(try WordVectors(contentsOf: url)) } catch { return .failure(error) }
    }
}
