/// An output a scan streams submissions into, in id order, and completes at the end.
///
/// Completing is two steps, so that a round's outputs are replaced together or not at all:
/// every report is finished first — written to the end and made durable under its temporary
/// name, where a full disk or a failing one shows — and only when all have finished are they
/// published, each by a rename.
public protocol RoundReport: AnyObject {
    func append(_ rendered: RenderedSubmission) throws
    /// Writes the end of the output and makes it durable, still under its temporary name.
    func finish() throws
    /// Moves the finished output into place.
    func publish() throws
    /// Abandons the output: nothing half-written stays behind.
    func discard()
}

extension EvidenceMapWriter: RoundReport {}
extension MatrixCSVWriter: RoundReport {}
extension EvidenceCSVWriter: RoundReport {}

/// A round's reports, completed together.
public enum RoundReports {
    /// Finishes every report, then runs `beforePublishing` (the pages put in place), then
    /// publishes them all. When anything before publishing fails, every report is discarded and
    /// the previous outputs stay as they were.
    public static func complete(_ reports: [any RoundReport], beforePublishing: () throws -> Void = {}) throws {
        do {
            for report in reports { try report.finish() }
            try beforePublishing()
        } catch {
            for report in reports { report.discard() }
            throw error
        }
        for report in reports { try report.publish() }
    }

    /// Adds the reports `make` opens to `reports`; when one cannot be opened, every report
    /// already open is discarded, so that no temporary file of theirs stays behind.
    public static func add(to reports: inout [any RoundReport], _ make: () throws -> [any RoundReport]) throws {
        do {
            reports += try make()
        } catch {
            for report in reports { report.discard() }
            throw error
        }
    }
}
