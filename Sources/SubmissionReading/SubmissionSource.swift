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
        /// A symbolic link in the round folder: reported, not followed, as links inside
        /// submissions are — it may lead anywhere, `/etc/shadow` included.
        case link
    }

    public var id: String
    /// The file or folder on disk, by its name's bytes.
    public var location: DiskPath
    /// How the source is named in outputs: its name relative to the round folder.
    public var displayName: String
    public var kind: Kind

    public init(id: String, location: DiskPath, displayName: String, kind: Kind) {
        self.id = id
        self.location = location
        self.displayName = displayName
        self.kind = kind
    }

    /// A source at `path`, a path given as text.
    public init(id: String, path: String, displayName: String, kind: Kind) {
        self.init(id: id, location: DiskPath(path), displayName: displayName, kind: kind)
    }

    /// The path on disk for people (messages, logs).
    public var path: String { location.display }
}
