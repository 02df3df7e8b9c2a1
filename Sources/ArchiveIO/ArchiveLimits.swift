/// The bounds an ``ArchiveReader`` enforces itself while inflating.
public struct ArchiveLimits: Sendable, Hashable {
    /// Inflation beyond this ratio of output to input bytes marks a decompression bomb, once an
    /// entry has produced more than ``bombCheckThreshold`` bytes. Text compresses about 10:1,
    /// repetitive XML rarely beyond 50:1; zip bombs reach 1000:1 and more. Input is counted in
    /// the 64 KiB reads it arrives in, at least one per entry, so a bomb is caught at the latest
    /// once it has inflated this ratio times 64 KiB (12.5 MiB at 200:1).
    public var maxCompressionRatio = 200
    /// Bytes an entry may inflate before its ratio is checked: small entries of very repetitive
    /// text legitimately compress far beyond the ratio.
    public var bombCheckThreshold = 8 << 20
    /// Entry headers read ahead to choose the code page of an archive's names — the `entries`
    /// limit, beyond which the rest of the archive is not read anyway.
    public var maxEntriesReadAhead = 20_000

    public init() {}

    public init(maxCompressionRatio: Int, bombCheckThreshold: Int = ArchiveLimits().bombCheckThreshold, maxEntriesReadAhead: Int = ArchiveLimits().maxEntriesReadAhead) {
        self.maxCompressionRatio = maxCompressionRatio
        self.bombCheckThreshold = bombCheckThreshold
        self.maxEntriesReadAhead = maxEntriesReadAhead
    }
}
