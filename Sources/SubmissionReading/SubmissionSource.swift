public import DocumentModel

/// One submission of a round, before it is read: where it is and how to open it.
public struct SubmissionSource: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// An archive file: the applicant's whole submission.
        case archive(FileFormat)
        /// A folder of files (and perhaps archives).
        case folder
        /// A single file that is the whole submission.
        case file
    }

    public var id: String
    /// The file or folder on disk.
    public var path: String
    /// How the source is named in outputs: its name relative to the round folder.
    public var displayName: String
    public var kind: Kind

    public init(id: String, path: String, displayName: String, kind: Kind) {
        self.id = id
        self.path = path
        self.displayName = displayName
        self.kind = kind
    }
}
