public import DocumentModel

/// One submission as the evidence map records it (JSON contract, schema version 1).
///
/// Keys are written sorted, so the same submission always serialises to the same bytes; fields
/// are only ever added, never renamed or removed.
public struct SubmissionEntry: Sendable, Hashable, Encodable {
    public var id: String
    public var source: String
    public var container: ContainerRecord
    public var files: [FileRecord]
    public var summary: SubmissionSummary

    public init(_ submission: Submission) {
        id = submission.id
        source = submission.source
        container = submission.container
        files = submission.files
        summary = SubmissionSummary(submission)
    }
}

/// Counts that let a reader see a submission's state without walking its files.
public struct SubmissionSummary: Sendable, Hashable, Codable {
    /// Files of every kind, archives included.
    public var files: Int
    /// Documents whose text was read, fully or in part.
    public var documentsRead: Int
    /// Files that are not `read`: unsupported, damaged, encrypted or skipped.
    public var filesUnreadable: Int
    public var blocks: Int
    public var characters: Int

    public init(_ submission: Submission) {
        files = submission.files.count
        documentsRead = submission.documents.count
        filesUnreadable = submission.files.filter { $0.status != .read }.count
        blocks = submission.files.reduce(0) { $0 + $1.blocks }
        characters = submission.files.reduce(0) { $0 + $1.characters }
    }
}

/// The round's totals, written after the last submission.
public struct RoundTotals: Sendable, Hashable, Codable {
    public var submissions = 0
    public var files = 0
    public var documentsRead = 0
    public var filesUnreadable = 0
    /// Unreadable files by status (`unsupported`, `damaged`, …).
    public var unreadableByStatus: [String: Int] = [:]
    /// Submissions whose own archive (or single file) could not be opened or read to the end.
    public var submissionsUnreadable = 0

    public init() {}

    public mutating func add(_ submission: Submission) {
        submissions += 1
        if submission.container.status != .read { submissionsUnreadable += 1 }
        files += submission.files.count
        documentsRead += submission.documents.count
        for file in submission.files where file.status != .read {
            filesUnreadable += 1
            unreadableByStatus[file.status.rawValue, default: 0] += 1
        }
    }
}
