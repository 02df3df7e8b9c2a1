/// Bounds that keep one hostile or oversized submission from exhausting memory or time. Each is
/// reported when hit; none stops the round.
public struct ReadingLimits: Sendable, Hashable {
    /// Nested archives are opened to this depth: 1 is an archive inside the submission's archive.
    public var maxNestingDepth = 3
    /// A document file (a whole DOCX package, an HTML page) read into memory.
    public var maxDocumentBytes = 128 << 20
    /// One XML part of a package, inflated.
    public var maxPartBytes = 64 << 20
    /// All text parts of one package together, inflated.
    public var maxPackageTextBytes = 192 << 20
    /// A nested archive read into memory to be opened.
    public var maxNestedArchiveBytes = 256 << 20
    /// Entries read from one archive before the rest is reported as not read.
    public var maxEntriesPerArchive = 20_000
    /// Bytes inflated across the whole submission.
    public var maxSubmissionBytes = 1 << 30

    public init() {}
}

extension Int {
    /// `128 MiB`-style rendering for messages.
    var mebibytes: String {
        self >= 1 << 20 ? "\(self >> 20) MiB" : "\(self >> 10) KiB"
    }
}
