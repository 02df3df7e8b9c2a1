/// A document whose text was extracted, with its blocks in reading order.
public struct ReadDocument: Sendable, Hashable {
    /// Path inside the submission, as in ``FileRecord/path``.
    public var path: String
    public var format: FileFormat
    public var blocks: [TextBlock]

    public init(path: String, format: FileFormat, blocks: [TextBlock]) {
        self.path = path
        self.format = format
        self.blocks = blocks
    }
}

/// Everything read from one applicant's submission: the inventory of its files and the text of
/// the documents that could be read.
public struct Submission: Sendable, Hashable {
    /// The entry's name without archive extensions: `Ozolkalns.tar.gz` → `Ozolkalns`.
    public var id: String
    /// The submission's entry as given, relative to its round folder (or the path as given for an
    /// archive named directly on the command line).
    public var source: String
    /// How the submission itself was opened.
    public var container: ContainerRecord
    /// Every file found, sorted by path.
    public var files: [FileRecord]
    /// The documents whose text was extracted, sorted by path.
    public var documents: [ReadDocument]
    /// SHA-256 of the input as read (see the scan pipeline's input digest).
    public var inputSHA256: String?

    public init(
        id: String,
        source: String,
        container: ContainerRecord,
        files: [FileRecord],
        documents: [ReadDocument],
        inputSHA256: String? = nil
    ) {
        self.id = id
        self.source = source
        self.container = container
        self.files = files
        self.documents = documents
        self.inputSHA256 = inputSHA256
    }
}

/// How the submission as a whole was opened: an archive, a folder or a single document.
public struct ContainerRecord: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case archive
        case folder
        case document
    }

    public var kind: Kind
    public var format: FileFormat?
    public var status: FileStatus
    public var reason: String?
    public var reasonCode: ReasonCode?
    /// The limit that stopped reading, as in ``FileRecord/limit``; not part of the evidence map.
    public var limit: LimitHit?

    private enum CodingKeys: String, CodingKey {
        case kind, format, status, reason, reasonCode
    }

    public init(kind: Kind, format: FileFormat?, status: FileStatus, reason: String? = nil, reasonCode: ReasonCode? = nil) {
        self.kind = kind
        self.format = format
        self.status = status
        self.reason = reason
        self.reasonCode = reasonCode
    }
}
