/// One of the bounds that keep a hostile or oversized submission from exhausting memory or time,
/// by the name `lieciba scan --limit NAME=VALUE` knows it.
///
/// The values live in `SubmissionReading.ReadingLimits`; this is the vocabulary the records, the
/// readers and the reports share, so that a record can say which bound stopped it.
public enum LimitName: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// One document (DOCX, ODT, HTML file) read into memory.
    case entryBytes = "entry-bytes"
    /// One nested archive read into memory to be opened.
    case archiveBytes = "archive-bytes"
    /// One XML part of a DOCX or ODT package, inflated.
    case partBytes = "part-bytes"
    /// All text parts of one package together, inflated.
    case packageBytes = "package-bytes"
    /// Everything inflated for one submission.
    case submissionBytes = "submission-bytes"
    /// Text extracted from one submission's documents, all together: what judging and the
    /// reports hold in memory.
    case textBytes = "text-bytes"
    /// Inflated bytes per compressed byte of one entry, past the first 8 MiB.
    case ratio
    /// Entries read from one archive.
    case entries
    /// Entries read from all of one submission's archives together, nested ones included.
    case submissionEntries = "submission-entries"
    /// Archives inside archives.
    case depth
    /// Bytes of one entry's name.
    case pathLength = "path-length"
    /// Elements nested inside each other in one XML part.
    case xmlDepth = "xml-depth"
    /// Attributes (namespace declarations included) on one XML or HTML element.
    case xmlAttributes = "xml-attributes"
    /// Bytes of one text node of an XML part.
    case xmlTextBytes = "xml-text-bytes"
    /// One HTML page parsed.
    case htmlBytes = "html-bytes"
    /// Lexicon matches judged in one submission: what judging may spend on it.
    case judgedMatches = "judged-matches"

    public var description: String { rawValue }

    /// Whether the limit counts bytes (and is shown as `128 MiB`).
    public var countsBytes: Bool {
        switch self {
        case .entryBytes, .archiveBytes, .partBytes, .packageBytes, .submissionBytes, .textBytes, .xmlTextBytes, .htmlBytes:
            true
        case .ratio, .entries, .submissionEntries, .depth, .pathLength, .xmlDepth, .xmlAttributes, .judgedMatches:
            false
        }
    }
}

/// A limit that stopped reading, with the value it had: what a reason names.
public struct LimitHit: Sendable, Hashable, CustomStringConvertible {
    public var name: LimitName
    public var value: Int

    public init(_ name: LimitName, _ value: Int) {
        self.name = name
        self.value = value
    }

    /// The value as a reader takes it in: `128 MiB`, `200:1`, `20000`, `1024 bytes`.
    public var formattedValue: String {
        switch name {
        case .ratio: "\(value):1"
        case .pathLength: "\(value) bytes"
        default: name.countsBytes ? Self.bytes(value) : "\(value)"
        }
    }

    /// `entry-bytes = 128 MiB`.
    public var description: String { "\(name.rawValue) = \(formattedValue)" }

    /// `1 GiB`, `128 MiB`, `64 KiB`, or a plain count of bytes, whichever is exact.
    public static func bytes(_ value: Int) -> String {
        let units: [(shift: Int, name: String)] = [(30, "GiB"), (20, "MiB"), (10, "KiB")]
        for unit in units where value >= 1 << unit.shift && value % (1 << unit.shift) == 0 {
            return "\(value >> unit.shift) \(unit.name)"
        }
        if value >= 1 << 20 { return "\(value >> 20) MiB" }
        if value >= 1 << 10 { return "\(value >> 10) KiB" }
        return "\(value) B"
    }
}
