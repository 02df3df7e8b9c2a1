import DocumentModel
public import Foundation
public import Logging
import Reports
public import SubmissionReading

/// Scans a round: reads every submission with bounded parallelism and streams the evidence map
/// in id order while later submissions are still being read.
public struct RoundScanner: Sendable {
    public var limits: ReadingLimits
    /// How many submissions are read at once.
    public var jobs: Int
    public var logger: Logger

    public init(limits: ReadingLimits = ReadingLimits(), jobs: Int, logger: Logger) {
        self.limits = limits
        self.jobs = max(1, jobs)
        self.logger = logger
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
    }

    /// Reads `sources` and writes `evidence-map.json` into `outputDirectory`.
    /// - Throws: only when the output cannot be written; problems with submissions are recorded
    ///   in the map, never thrown.
    public func scan(_ sources: [SubmissionSource], into outputDirectory: URL) async throws -> Summary {
        let clock = ContinuousClock()
        let start = clock.now
        let writer = try EvidenceMapWriter(directory: outputDirectory)
        let reader = SubmissionReader(limits: limits)
        let logger = self.logger

        try await withThrowingTaskGroup(of: (Int, Submission).self) { group in
            var nextToStart = 0
            var nextToWrite = 0
            var running = 0
            var finished: [Int: Submission] = [:]
            // Submissions finished out of order wait here; the window bounds how many may.
            let window = jobs * 4

            func startNext() {
                let index = nextToStart
                let source = sources[index]
                nextToStart += 1
                running += 1
                group.addTask {
                    logger.debug("reading submission", metadata: ["submission.id": "\(source.id)"])
                    return (index, reader.read(source))
                }
            }

            func startWhileRoom() {
                while running < jobs, nextToStart < sources.count, nextToStart - nextToWrite < window, !Task.isCancelled {
                    startNext()
                }
            }

            startWhileRoom()
            while let (index, submission) = try await group.next() {
                running -= 1
                finished[index] = submission
                while let ready = finished.removeValue(forKey: nextToWrite) {
                    try writer.append(ready)
                    Self.log(ready, to: logger)
                    nextToWrite += 1
                }
                startWhileRoom()
            }
        }
        try writer.finish()
        let totals = writer.totals
        return Summary(
            submissions: totals.submissions,
            documentsRead: totals.documentsRead,
            filesUnreadable: totals.filesUnreadable,
            submissionsUnreadable: totals.submissionsUnreadable,
            unreadableByStatus: totals.unreadableByStatus,
            elapsed: clock.now - start,
            evidenceMap: writer.url
        )
    }

    private static func log(_ submission: Submission, to logger: Logger) {
        for file in submission.files where file.status != .read {
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
