import ArchiveIO
public import DocumentModel
import DocumentText

/// Bounds that keep one hostile or oversized submission from exhausting memory or time. Each is
/// set with `lieciba scan --limit NAME=VALUE` (the names are ``LimitName``'s); the defaults are
/// far beyond what a real round holds. Hitting one stops reading that file (or, for the
/// submission total, the rest of the submission), keeps what was read before it, and is reported
/// with the limit named; none stops the round.
public struct ReadingLimits: Sendable, Hashable, CustomStringConvertible {
    /// `depth`: nested archives are opened to this depth: 1 is an archive inside the submission's
    /// archive; 0 opens none.
    public var maxNestingDepth = 3
    /// `entry-bytes`: a document file (a whole DOCX package, an HTML page) read into memory.
    public var maxDocumentBytes = 128 << 20
    /// `part-bytes`: one XML part of a package, inflated.
    public var maxPartBytes = 64 << 20
    /// `package-bytes`: all text parts of one package together, inflated.
    public var maxPackageTextBytes = 192 << 20
    /// `archive-bytes`: a nested archive read into memory to be opened.
    public var maxNestedArchiveBytes = 256 << 20
    /// `entries`: entries read from one archive before the rest is reported as not read.
    public var maxEntriesPerArchive = 20_000
    /// `submission-entries`: entries read from all of a submission's archives together. Nested
    /// archives would otherwise multiply the per-archive bound: a few hundred kilobytes of zips
    /// of empty files in a 7z list millions of files, each a record held in memory.
    public var maxSubmissionEntries = 100_000
    /// `submission-bytes`: bytes inflated across the whole submission (archives, documents and
    /// the parts of document packages).
    public var maxSubmissionBytes = 1 << 30
    /// `text-bytes`: text extracted from the submission's documents, all together (UTF-8). Judging
    /// and the reports hold a submission's text in memory, at several times its size.
    public var maxSubmissionTextBytes = 32 << 20
    /// `ratio`: an entry inflating beyond this many bytes per compressed byte, once past
    /// ``bombCheckThreshold``, is a decompression bomb.
    public var maxCompressionRatio = ArchiveLimits().maxCompressionRatio
    /// Bytes an entry may inflate before its compression ratio is checked.
    public var bombCheckThreshold = ArchiveLimits().bombCheckThreshold
    /// `path-length`: bytes of one entry's name (or a file's path inside a submission folder).
    public var maxPathLength = 1024
    /// `xml-depth`: elements nested in one XML part; at most 256 (libxml2's own bound).
    public var maxXMLDepth = MarkupLimits().maxDepth
    /// `xml-attributes`: attributes on one XML or HTML element.
    public var maxXMLAttributes = MarkupLimits().maxAttributes
    /// `xml-text-bytes`: bytes of one text node of an XML part; at most 10,000,000 (libxml2's).
    public var maxXMLTextBytes = MarkupLimits().maxTextBytes
    /// `html-bytes`: bytes of one HTML page parsed.
    public var maxHTMLBytes = MarkupLimits().maxHTMLBytes
    /// `judged-matches`: lexicon matches judged in one submission. A long application holds a
    /// few thousand; a megabyte of lexicon words in one paragraph holds a hundred thousand, and
    /// its passages, highlights and page grow with them.
    public var maxJudgedMatches = 100_000

    public init() {}

    /// The limit by its `--limit` name.
    public subscript(name: LimitName) -> Int {
        get {
            switch name {
            case .entryBytes: maxDocumentBytes
            case .archiveBytes: maxNestedArchiveBytes
            case .partBytes: maxPartBytes
            case .packageBytes: maxPackageTextBytes
            case .submissionBytes: maxSubmissionBytes
            case .textBytes: maxSubmissionTextBytes
            case .ratio: maxCompressionRatio
            case .entries: maxEntriesPerArchive
            case .submissionEntries: maxSubmissionEntries
            case .depth: maxNestingDepth
            case .pathLength: maxPathLength
            case .xmlDepth: maxXMLDepth
            case .xmlAttributes: maxXMLAttributes
            case .xmlTextBytes: maxXMLTextBytes
            case .htmlBytes: maxHTMLBytes
            case .judgedMatches: maxJudgedMatches
            }
        }
        set {
            switch name {
            case .entryBytes: maxDocumentBytes = newValue
            case .archiveBytes: maxNestedArchiveBytes = newValue
            case .partBytes: maxPartBytes = newValue
            case .packageBytes: maxPackageTextBytes = newValue
            case .submissionBytes: maxSubmissionBytes = newValue
            case .textBytes: maxSubmissionTextBytes = newValue
            case .ratio: maxCompressionRatio = newValue
            case .entries: maxEntriesPerArchive = newValue
            case .submissionEntries: maxSubmissionEntries = newValue
            case .depth: maxNestingDepth = newValue
            case .pathLength: maxPathLength = newValue
            case .xmlDepth: maxXMLDepth = newValue
            case .xmlAttributes: maxXMLAttributes = newValue
            case .xmlTextBytes: maxXMLTextBytes = newValue
            case .htmlBytes: maxHTMLBytes = newValue
            case .judgedMatches: maxJudgedMatches = newValue
            }
        }
    }

    /// The values a limit may take. The XML bounds stop at libxml2's own (Liecība never asks it
    /// for "huge" documents); sizes below 1 KiB would refuse every document.
    public static func allowedRange(of name: LimitName) -> ClosedRange<Int> {
        switch name {
        case .submissionBytes, .textBytes: 1 << 10...1 << 40
        case .entryBytes, .archiveBytes, .partBytes, .packageBytes, .htmlBytes:
            // libxml2 takes a part's size as a 32-bit int.
            1 << 10...Int(Int32.max)
        case .xmlTextBytes: 1 << 10...MarkupLimits.libxml2MaxTextBytes
        case .xmlDepth: 8...MarkupLimits.libxml2MaxDepth
        case .xmlAttributes: 8...1 << 16
        case .ratio: 2...1_000_000
        case .entries, .submissionEntries: 1...10_000_000
        case .depth: 0...32
        case .pathLength: 64...1 << 20
        case .judgedMatches: 100...100_000_000
        }
    }

    /// The limit `name` as a record names it.
    public func hit(_ name: LimitName) -> LimitHit {
        LimitHit(name, self[name])
    }

    /// Every limit, `name=value`, in a stable order (settings digests include it).
    public var description: String {
        LimitName.allCases.map { "\($0.rawValue)=\(self[$0])" }.joined(separator: " ")
            + " ratio-after=\(bombCheckThreshold)"
    }

    /// The bounds the archive reader enforces itself.
    var archiveLimits: ArchiveLimits {
        ArchiveLimits(maxCompressionRatio: maxCompressionRatio, bombCheckThreshold: bombCheckThreshold, maxEntriesReadAhead: maxEntriesPerArchive)
    }

    /// The bounds on a document's markup.
    var markupLimits: MarkupLimits {
        var limits = MarkupLimits()
        limits.maxDepth = maxXMLDepth
        limits.maxAttributes = maxXMLAttributes
        limits.maxTextBytes = maxXMLTextBytes
        limits.maxHTMLBytes = maxHTMLBytes
        limits.maxDocumentTextBytes = maxSubmissionTextBytes
        return limits
    }
}

extension Int {
    /// `128 MiB`-style rendering for messages.
    var mebibytes: String { LimitHit.bytes(self) }
}
