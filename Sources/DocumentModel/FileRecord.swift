/// What happened to one file of a submission. Every file found is recorded — read or not — so
/// that a "missing" criterion can always be weighed against what could not be read.
public struct FileRecord: Sendable, Hashable, Codable {
    /// Path inside the submission, through nested archives: `pielikumi.zip/budzets.odt`.
    public var path: String
    public var format: FileFormat
    public var status: FileStatus
    /// Why the file was not (fully) read, in words a clerk can act on. `nil` only when read.
    public var reason: String?
    /// A stable code for ``reason`` that reports translate and tools filter on.
    public var reasonCode: ReasonCode?
    public var blocks: Int
    public var characters: Int
    /// The legacy code page the name was decoded from, when it was not stored as UTF-8.
    public var nameEncoding: String?
    /// `true` when the name's code page could not be told with confidence; the name shown is
    /// the best guess.
    public var nameUncertain: Bool?
    /// For archives: how many entries they held (directories excluded).
    public var entries: Int?
    /// For HTML: the character encoding the page was read in.
    public var textEncoding: String?
    /// `true` when ``textEncoding`` was neither declared nor evident and had to be assumed.
    public var textEncodingAssumed: Bool?
    /// The limit that stopped reading the file, when one did: what ``reason`` names, kept so that
    /// reports can word the reason in any language. Not part of the evidence map (whose English
    /// `reason` already names it), so it is `nil` in a record decoded from one.
    public var limit: LimitHit?

    private enum CodingKeys: String, CodingKey {
        case path, format, status, reason, reasonCode, blocks, characters, nameEncoding, nameUncertain, entries
        case textEncoding, textEncodingAssumed
    }

    public init(
        path: String,
        format: FileFormat,
        status: FileStatus,
        reason: String? = nil,
        reasonCode: ReasonCode? = nil,
        blocks: Int = 0,
        characters: Int = 0
    ) {
        self.path = path
        self.format = format
        self.status = status
        self.reason = reason
        self.reasonCode = reasonCode
        self.blocks = blocks
        self.characters = characters
    }
}

extension FileRecord {
    /// A document whose text was read, fully or up to its damage: what "documents read" counts.
    public var yieldedText: Bool {
        format.isReadableDocument && blocks > 0
    }

    /// A document read without fault that holds no text at all — scanned pages, pictures: as
    /// much a gap in the evidence as a file that could not be read.
    public var holdsNoText: Bool {
        format.isReadableDocument && status == .read && blocks == 0
    }

    /// A file that is no document by nature — operating-system clutter, a device, the structure
    /// of a signed container: listed, but no gap in the evidence.
    public var isNotADocument: Bool {
        reasonCode == .specialFile || reasonCode == .signature || reasonCode == .notAssessed
    }

    /// A file not (fully) read that could have held evidence: what "unreadable" counts, and what
    /// a "missing" criterion is weighed against.
    public var isUnreadable: Bool {
        status != .read && !isNotADocument
    }

    /// Whether a reviewer should hear of this file beside the evidence: it was not read, or
    /// gave no text.
    public var needsAttention: Bool {
        isUnreadable || holdsNoText
    }
}

/// The outcome of reading one file.
public enum FileStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Text extracted (documents) or entries listed (archives).
    case read
    /// A format Liecība does not read, such as PDF or a photo.
    case unsupported
    /// Broken or truncated; whatever could be read before the damage is kept.
    case damaged
    /// Password-protected.
    case encrypted
    /// Deliberately not read: too large, nested too deep, a link, and the like.
    case skipped
}

/// Machine-readable reasons, one per thing that can go wrong with a file.
public struct ReasonCode: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    public static let unsupportedFormat = Self(rawValue: "unsupported-format")
    public static let damagedArchive = Self(rawValue: "damaged-archive")
    public static let truncatedArchive = Self(rawValue: "truncated-archive")
    public static let damagedDocument = Self(rawValue: "damaged-document")
    public static let malformedXML = Self(rawValue: "malformed-xml")
    public static let missingPart = Self(rawValue: "missing-part")
    public static let encrypted = Self(rawValue: "encrypted")
    public static let tooLarge = Self(rawValue: "too-large")
    public static let nestedTooDeep = Self(rawValue: "nested-too-deep")
    public static let tooManyEntries = Self(rawValue: "too-many-entries")
    public static let link = Self(rawValue: "link")
    public static let specialFile = Self(rawValue: "special-file")
    public static let emptyDocument = Self(rawValue: "empty-document")
    public static let unreadableFile = Self(rawValue: "unreadable-file")
    public static let decompressionBomb = Self(rawValue: "decompression-bomb")
    /// The structure of a signed container (`mimetype`, `META-INF/manifest.xml`, its signatures):
    /// the signature the applicant put on the files, not a file of theirs.
    public static let signature = Self(rawValue: "signature")
    /// A part of a web page — its scripts, styles and fonts anywhere, the pictures in the folder a
    /// browser saves beside it (`Page_files/`) — not assessed on its own.
    public static let notAssessed = Self(rawValue: "not-assessed")
    /// An entry whose name is longer than the `path-length` limit.
    public static let nameTooLong = Self(rawValue: "name-too-long")
    /// An XML or HTML document nested too deep or with too many attributes on one element
    /// (`xml-depth`, `xml-attributes`): reading stopped there.
    public static let tooComplex = Self(rawValue: "too-complex")
    /// An XML part that declares a document type (DTD), which documents never carry and entity
    /// attacks need: not read.
    public static let dtdRefused = Self(rawValue: "dtd-refused")
}
