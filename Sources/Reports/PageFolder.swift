public import Foundation

/// The folder of submission pages, staged while a scan runs and put in place only when the
/// round completes — an interrupted scan leaves no pages that look like a finished report.
public struct PageFolder: Sendable {
    /// Where pages go while the scan runs.
    public let staging: URL
    /// `DIR/submissions`.
    public let final: URL

    public init(output: URL) {
        staging = output.appendingPathComponent(".submissions.partial")
        final = output.appendingPathComponent("submissions")
        try? FileManager.default.removeItem(at: staging)
    }

    /// Replaces the previous pages with this run's.
    public func commit() throws {
        let previous = final.deletingLastPathComponent().appendingPathComponent(".submissions.previous")
        try? FileManager.default.removeItem(at: previous)
        if FileManager.default.fileExists(atPath: final.path) { try FileManager.default.moveItem(at: final, to: previous) }
        if FileManager.default.fileExists(atPath: staging.path) { try FileManager.default.moveItem(at: staging, to: final) }
        try? FileManager.default.removeItem(at: previous)
    }

    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}
