import ArchiveIO
public import Decisions
import DocumentModel
public import Foundation
public import Ledger
public import Logging
public import Reports
public import SubmissionReading
#if canImport(Glibc)
import Glibc
#endif

/// Scans a round: reads every submission with bounded parallelism and streams the evidence map
/// in id order while later submissions are still being read.
public struct RoundScanner: Sendable {
    public var limits: ReadingLimits
    /// How many submissions are read at once: 1 … ``maxJobs``.
    public var jobs: Int {
        didSet { jobs = Self.clamped(jobs) }
    }
    /// Far beyond any machine's cores; it keeps the scan's windows (a few times `jobs`) from
    /// overflowing.
    public static let maxJobs = 4096
    public var logger: Logger
    /// Judges each submission against a lexicon; without one, only the file inventory is written.
    public var judge: SubmissionJudge?
    public var lexiconInfo: LexiconInfo?
    /// The language of the spreadsheet reports.
    public var language: ReportLanguage = .lv
    /// How progress is shown on standard error.
    public var progress: ProgressMode = .never
    /// Which passages the map, the evidence table and the pages list per indicator.
    public var selection: EvidenceSelection = .all
    /// Where finished submissions are recorded and from which unchanged ones are taken instead
    /// of being read again; `nil` reads everything and records nothing.
    public var ledger: RoundLedger?
    /// Reads every submission even if the ledger holds its result (which is then replaced).
    public var ignoreStoredResults = false
    /// The running build (see ``BuildFingerprint``): a ledger entry made by another is not reused.
    public var build: String?

    public init(
        limits: ReadingLimits = ReadingLimits(),
        jobs: Int,
        logger: Logger,
        judge: SubmissionJudge? = nil,
        lexiconInfo: LexiconInfo? = nil
    ) {
        self.limits = limits
        self.jobs = Self.clamped(jobs)
        self.logger = logger
        self.judge = judge
        self.lexiconInfo = lexiconInfo
    }

    private static func clamped(_ jobs: Int) -> Int {
        min(max(1, jobs), maxJobs)
    }

    /// What a finished scan reports back.
    public struct Summary: Sendable {
        public var submissions: Int
        public var documentsRead: Int
        public var filesUnreadable: Int
        public var submissionsUnreadable: Int
        public var unreadableByStatus: [String: Int]
        public var elapsed: Duration
        public var evidenceMap: URL
        /// `index.html`, when the round was judged.
        public var overview: URL?
        /// Bytes of input read (archives, files, folders' files).
        public var inputBytes: Int64
        /// Per criterion id, how many submissions miss it.
        public var criteriaMissing: [String: Int]
        /// Per criterion id, how many submissions it cannot be checked in (unreadable files).
        public var criteriaUnverifiable: [String: Int]
        /// Submissions taken from the ledger instead of being read again.
        public var reused: Int
        /// The ids of the submissions with files that could not be read, in the round's order.
        public var withUnreadFiles: [String]
    }

    /// A digest of everything besides its input that a submission's results depend on: a
    /// ledger entry made under other settings is not reused.
    public var settingsDigest: String {
        let settings = [
            "schema \(EvidenceMapWriter.schemaVersion)", "tool \(ToolInfo.current.name) \(ToolInfo.current.version)", "build \(build ?? "unknown")",
            "lexicon \(lexiconInfo?.sha256 ?? "none")", "judged \(judge != nil)", "language \(language.rawValue)",
            "passages \(selection.passagesPerIndicator.map(String.init) ?? "all")", "limits \(limits)",
        ]
        return SHA256Hex.of(Data(settings.joined(separator: "\n").utf8))
    }

    /// Reads `sources` and writes the evidence map and reports into `folder`, recording in it
    /// (as `record` says) that the run started and, at the end, that it completed.
    /// - Throws: when the output cannot be written, and `CancellationError` when the scan was
    ///   cancelled (Ctrl-C) — then no output is left behind as if complete. Problems with
    ///   submissions are recorded in the map, never thrown.
    public func scan(_ sources: [SubmissionSource], into folder: OutputFolder, as record: RunRecord) async throws -> Summary {
        let clock = ContinuousClock()
        let start = clock.now
        let language = self.language
        let outputDirectory = folder.url
        try folder.recordStart(record)
        let writer = try EvidenceMapWriter(directory: outputDirectory, lexicon: lexiconInfo, shard: record.shard)
        let audit = AuditFacts(scannedAt: record.scanDate ?? Date(), lexicon: lexiconInfo)
        let pages = PageFolder(output: outputDirectory, run: folder.run)
        var reports: [any RoundReport] = [writer]
        if let lexicon = judge?.lexicon {
            try RoundReports.add(to: &reports) {
                [
                    try MatrixCSVWriter(directory: outputDirectory, lexicon: lexicon, language: language),
                    try EvidenceCSVWriter(directory: outputDirectory, language: language),
                    try OverviewPageWriter(directory: outputDirectory, lexicon: lexicon, language: language, audit: audit),
                    RoundIndexWriter(pagesFolder: pages.staging),
                ]
            }
        }
        let page = judge.map { SubmissionPage(lexicon: $0.lexicon, language: language, audit: audit) }
        let reader = SubmissionReader(limits: limits)
        let logger = self.logger
        let judge = self.judge
        let selection = self.selection
        let ledger = self.ledger
        let settings = settingsDigest
        let reuse = !ignoreStoredResults
        let lexiconSHA256 = lexiconInfo?.sha256
        let maxMatches = limits.maxJudgedMatches

        let display = ProgressDisplay(mode: progress, words: language.words)
        var counts = ProgressCounts()
        counts.total = sources.count
        var reused = 0
        var withUnreadFiles: [String] = []

        do {
            try await withThrowingTaskGroup(of: TaskResult.self) { group in
                var nextToStart = 0
                var nextToWrite = 0
                var running = 0
                var finished: [Int: (RenderedSubmission, Int64, Bool)] = [:]
                // Submissions finished out of order wait here; the window bounds how many may.
                let window = jobs * 4
                // Ledger writes run beside the next submissions, so that no worker waits on the
                // database; this many at most, which bounds the entries held for them.
                var recording = 0
                let maxRecording = jobs * 2

                func startNext() {
                    let index = nextToStart
                    let source = sources[index]
                    nextToStart += 1
                    running += 1
                    group.addTask {
                        // An archive is read from disk once: mapped, hashed, then walked in place.
                        let mapped = Self.map(source)
                        let digest = InputDigest.sha256(of: source, mapped: mapped)
                        let size = mapped.map { Int64($0.bytes.count) } ?? InputDigest.size(of: source)
                        if reuse, let ledger, let digest,
                            let rendered = Self.storedResult(of: source, digest: digest, settings: settings, ledger: ledger, pages: pages, logger: logger)
                        {
                            return .submission(index: index, rendered: rendered, inputBytes: size, fromLedger: true, entry: nil)
                        }
                        logger.debug("reading submission", metadata: ["submission.id": "\(source.id)"])
                        var submission = reader.read(source, mapped: mapped)
                        submission.inputSHA256 = digest
                        let judgement = judge?.judge(submission, selection: selection, maxMatches: maxMatches)
                        if let unjudged = judgement?.unjudged { submission.markUnjudged(unjudged) }
                        var pageDigest: String?
                        if let page, let judgement {
                            // The page needs the text, which is only here: write it now. The
                            // judgement lists what the selection picks, and its highlights place
                            // every passage in the text.
                            let bytes = page.pageBytes(submission, judgement: judgement, listed: judgement)
                            try SubmissionPage.store(bytes, forSubmission: submission.id, into: pages.staging)
                            if ledger != nil { pageDigest = EarlierPage.digest(of: bytes) }
                        }
                        // The text has served its purpose: only the inventory, the decisions and
                        // their rendered reports travel on.
                        let rendered = try RenderedSubmission(submission, judgement: judgement, language: language)
                        var entry: LedgerEntry?
                        if ledger != nil, let digest {
                            entry = LedgerEntry(
                                id: submission.id, inputSHA256: digest, settings: settings, toolVersion: ToolInfo.current.version,
                                lexiconSHA256: lexiconSHA256, status: submission.container.status.rawValue,
                                mapEntry: Data(rendered.mapEntry), evidenceRows: Data(rendered.evidenceRows), pageSHA256: pageDigest
                            )
                        }
                        return .submission(index: index, rendered: rendered, inputBytes: size, fromLedger: false, entry: entry)
                    }
                }

                func record(_ entry: LedgerEntry, in ledger: RoundLedger) {
                    recording += 1
                    group.addTask {
                        do {
                            try await ledger.record(entry)
                        } catch {
                            // The outputs are still right; only a re-run will read this one again.
                            logger.warning("could not record the submission in the ledger: \(error)", metadata: ["submission.id": "\(entry.id)"])
                        }
                        return .recorded
                    }
                }

                func startWhileRoom() {
                    while running < jobs, recording < maxRecording, nextToStart < sources.count, nextToStart - nextToWrite < window,
                        !Task.isCancelled
                    {
                        startNext()
                    }
                }

                startWhileRoom()
                while let result = try await group.next() {
                    guard case .submission(let index, let rendered, let size, let fromLedger, let entry) = result else {
                        recording -= 1
                        startWhileRoom()
                        continue
                    }
                    running -= 1
                    if let entry, let ledger { record(entry, in: ledger) }
                    finished[index] = (rendered, size, fromLedger)
                    while let (rendered, bytes, fromLedger) = finished.removeValue(forKey: nextToWrite) {
                        if fromLedger { reused += 1 }
                        for report in reports { try report.append(rendered) }
                        let ready = rendered.submission
                        if UnreadFiles.any(in: ready) { withUnreadFiles.append(ready.id) }
                        Self.log(ready, to: logger)
                        nextToWrite += 1
                        counts.done += 1
                        counts.inputBytes += bytes
                        counts.documents += ready.files.filter(\.yieldedText).count
                        counts.warnings += ready.files.filter(\.isUnreadable).count
                        display.update(counts)
                    }
                    startWhileRoom()
                }
                try Task.checkCancellation()
            }
        } catch {
            display.finish()
            for report in reports { report.discard() }
            pages.discard()
            throw error
        }
        display.finish()
        try RoundReports.complete(reports) { try pages.commit() }
        if judge == nil {
            // The inventory replaces a judged run's map; that run's spreadsheets and overview
            // would describe other results, and link to pages no longer there.
            for name in [MatrixCSVWriter.fileName, EvidenceCSVWriter.fileName, OverviewPageWriter.fileName] {
                try? FileManager.default.removeItem(at: outputDirectory.appendingPathComponent(name))
            }
        }
        try folder.recordCompletion(record, evidenceMapSHA256: InputDigest.sha256(ofFile: writer.url) ?? "")
        let totals = writer.totals
        return Summary(
            submissions: totals.submissions,
            documentsRead: totals.documentsRead,
            filesUnreadable: totals.filesUnreadable,
            submissionsUnreadable: totals.submissionsUnreadable,
            unreadableByStatus: totals.unreadableByStatus,
            elapsed: clock.now - start,
            evidenceMap: writer.url,
            overview: reports.compactMap { ($0 as? OverviewPageWriter)?.url }.first,
            inputBytes: counts.inputBytes,
            criteriaMissing: totals.criteriaMissing ?? [:],
            criteriaUnverifiable: totals.criteriaUnverifiable ?? [:],
            reused: reused,
            withUnreadFiles: withUnreadFiles
        )
    }

    /// What a task of the scan hands back: a submission done, or its ledger entry written.
    private enum TaskResult: Sendable {
        case submission(index: Int, rendered: RenderedSubmission, inputBytes: Int64, fromLedger: Bool, entry: LedgerEntry?)
        case recorded
    }

    /// Archives up to this size are mapped into memory and read once; a larger one is hashed and
    /// walked from disk, so that no single submission can fill the resident memory.
    static let maxMappedBytes = 64 << 20

    /// The submission's archive mapped into memory, or `nil` for folders, single documents,
    /// files too large to map and files that cannot be opened (reading them reports why).
    private static func map(_ source: SubmissionSource) -> MappedFile? {
        guard case .archive = source.kind else { return nil }
        let descriptor = source.location.open(O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        return MappedFile(descriptor: descriptor, maxBytes: maxMappedBytes)
    }

    /// The submission as the ledger recorded it under the same input and settings, its page put
    /// back among the pages; `nil` when it must be read (not recorded, the record is unusable,
    /// or the page it records is no longer where an earlier scan left it).
    private static func storedResult(
        of source: SubmissionSource,
        digest: String,
        settings: String,
        ledger: RoundLedger,
        pages: PageFolder,
        logger: Logger
    ) -> RenderedSubmission? {
        do {
            guard let stored = try ledger.result(for: source.id, inputSHA256: digest, settings: settings) else { return nil }
            let rendered = try RenderedSubmission(mapEntry: Array(stored.mapEntry), evidenceRows: Array(stored.evidenceRows))
            if let page = stored.page {
                try SubmissionPage.store(Array(page), forSubmission: source.id, into: pages.staging)
            } else if let digest = stored.pageSHA256, try !EarlierPage.restore(forSubmission: source.id, digest: digest, in: pages) {
                logger.debug("the recorded page is gone; reading the submission again", metadata: ["submission.id": "\(source.id)"])
                return nil
            }
            logger.debug("taken from the ledger", metadata: ["submission.id": "\(source.id)"])
            return rendered
        } catch {
            logger.warning("the ledger's record is unusable; reading the submission again: \(error)", metadata: ["submission.id": "\(source.id)"])
            return nil
        }
    }

    private static func log(_ submission: Submission, to logger: Logger) {
        for file in submission.files where file.isUnreadable {
            logger.info(
                "file not read",
                metadata: [
                    "submission.id": "\(submission.id)", "file.path": "\(file.path)", "file.status": "\(file.status.rawValue)",
                    "file.reason": "\(file.reason ?? "")",
                ]
            )
        }
    }
}
