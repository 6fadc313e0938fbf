/// The bounds every parse runs within, so that a hostile or broken document costs little.
///
/// Defaults: 64 MiB of document (the fetcher's own body limit is lower), 256 levels of nesting
/// (libxml2's own default), 1 MiB of internal-entity replacement text in all (a "billion laughs"
/// document stops there instead of growing), 64 KiB for a DOCTYPE, and 50 warnings kept.
public struct ParserLimits: Sendable, Hashable {
    public var maxDocumentBytes: Int
    public var maxDepth: Int
    public var maxEntityExpansionBytes: Int
    public var maxDoctypeBytes: Int
    public var maxWarnings: Int

    public init(
        maxDocumentBytes: Int = 64 << 20,
        maxDepth: Int = 256,
        maxEntityExpansionBytes: Int = 1 << 20,
        maxDoctypeBytes: Int = 64 << 10,
        maxWarnings: Int = 50
    ) {
        self.maxDocumentBytes = maxDocumentBytes
        self.maxDepth = maxDepth
        self.maxEntityExpansionBytes = maxEntityExpansionBytes
        self.maxDoctypeBytes = maxDoctypeBytes
        self.maxWarnings = maxWarnings
    }
}
