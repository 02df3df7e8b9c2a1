public import Decisions
public import DocumentModel

/// One submission as the evidence map records it (JSON contract, schema version 1).
///
/// Keys are written sorted, so the same submission always serialises to the same bytes; fields
/// are only ever added, never renamed or removed.
public struct SubmissionEntry: Sendable, Hashable, Codable {
    public var id: String
    public var source: String
    /// SHA-256 of the submission's input: the archive or file, or a digest of a folder's files.
    public var inputSHA256: String?
    public var container: ContainerRecord
    public var files: [FileRecord]
    public var summary: SubmissionSummary
    /// Per indicator id: status, explanation and evidence passages (absent without a lexicon).
    public var indicators: [String: IndicatorResult]?
    /// Per criterion id: status by the criterion's rule.
    public var criteria: [String: CriterionResult]?
    /// The C6.1 resource types shown.
    public var resourceTypes: [String]?
    /// The organisation, village and parish the documents name as the applicant's.
    public var applicant: Applicant?

    public init(_ submission: Submission, judgement: Judgement? = nil) {
        id = submission.id
        source = submission.source
        inputSHA256 = submission.inputSHA256
        container = submission.container
        files = submission.files
        summary = SubmissionSummary(submission)
        indicators = judgement?.indicators
        criteria = judgement?.criteria
        resourceTypes = judgement?.resourceTypes
        applicant = judgement?.applicant.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The submission as the map records it — its inventory, without the text.
    public var submission: Submission {
        Submission(id: id, source: source, container: container, files: files, documents: [], inputSHA256: inputSHA256)
    }

    /// The decisions, when the round was judged.
    public var judgement: Judgement? {
        guard let indicators, let criteria else { return nil }
        return Judgement(indicators: indicators, criteria: criteria, resourceTypes: resourceTypes ?? [], applicant: applicant)
    }
}

/// Counts that let a reader see a submission's state without walking its files.
public struct SubmissionSummary: Sendable, Hashable, Codable {
    /// Files of every kind, archives included.
    public var files: Int
    /// Documents whose text was read, fully or in part.
    public var documentsRead: Int
    /// Files not read, or read only in part, that could hold evidence: unsupported, damaged,
    /// encrypted or skipped — not a signed container's signature or operating-system clutter.
    public var filesUnreadable: Int
    public var blocks: Int
    public var characters: Int

    public init(_ submission: Submission) {
        files = submission.files.count
        documentsRead = submission.files.filter(\.yieldedText).count
        filesUnreadable = submission.files.filter(\.isUnreadable).count
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
    /// Per criterion id, how many submissions miss it (present only with a lexicon); one that
    /// cannot be checked is not counted here.
    public var criteriaMissing: [String: Int]?
    /// Per criterion id, how many submissions it cannot be checked in: missing from the files
    /// read, with files that could not be read (present only with a lexicon).
    public var criteriaUnverifiable: [String: Int]?

    public init() {}

    public mutating func add(_ submission: Submission, judgement: Judgement? = nil) {
        if let judgement {
            var missing = criteriaMissing ?? [:]
            var unverifiable = criteriaUnverifiable ?? [:]
            for (id, result) in judgement.criteria {
                missing[id, default: 0] += result.shown == .missing ? 1 : 0
                unverifiable[id, default: 0] += result.shown == .unverifiable ? 1 : 0
            }
            criteriaMissing = missing
            criteriaUnverifiable = unverifiable
        }
        submissions += 1
        if submission.container.status != .read { submissionsUnreadable += 1 }
        files += submission.files.count
        documentsRead += submission.files.filter(\.yieldedText).count
        for file in submission.files where file.isUnreadable {
            filesUnreadable += 1
            unreadableByStatus[file.status.rawValue, default: 0] += 1
        }
    }
}

/// The lexicon a round was judged with, as recorded in the evidence map.
public struct LexiconInfo: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var version: String
    public var sha256: String
    /// The lexicon file's name (not its full path, so maps compare across machines).
    public var file: String

    public init(id: String, name: String, version: String, sha256: String, file: String) {
        self.id = id
        self.name = name
        self.version = version
        self.sha256 = sha256
        self.file = file
    }
}
