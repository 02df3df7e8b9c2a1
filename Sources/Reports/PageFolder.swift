public import Foundation

/// The folder of submission pages, staged while a scan runs and put in place only when the
/// round completes — an interrupted scan leaves no pages that look like a finished report.
///
/// The ledger records a page by its digest, not its bytes, so the pages of a scan that did not
/// complete are kept out of sight in `DIR/.submissions.interrupted` until a later scan
/// completes: that scan takes from there (or from the last complete scan's pages) every page
/// its ledger still vouches for.
public struct PageFolder: Sendable {
    /// Where pages go while the scan runs.
    public let staging: URL
    /// `DIR/submissions`.
    public let final: URL
    /// Pages of scans that were interrupted (or killed) since the last complete one.
    public let interrupted: URL

    /// Prepares the folder for a scan; pages a killed scan left staged join the interrupted ones.
    public init(output: URL) {
        staging = output.appendingPathComponent(".submissions.partial")
        final = output.appendingPathComponent("submissions")
        interrupted = output.appendingPathComponent(".submissions.interrupted")
        setAsideStaged()
    }

    /// Where an earlier scan may have left the page of submission `id`, the likeliest first.
    public func earlierPages(forSubmission id: String) -> [URL] {
        let name = HTML.pageName(forSubmission: id)
        return [interrupted.appendingPathComponent(name), final.appendingPathComponent(name)]
    }

    /// Replaces the previous pages with this run's; the interrupted runs' pages are done with.
    public func commit() throws {
        let previous = final.deletingLastPathComponent().appendingPathComponent(".submissions.previous")
        try? FileManager.default.removeItem(at: previous)
        if FileManager.default.fileExists(atPath: final.path) { try FileManager.default.moveItem(at: final, to: previous) }
        if FileManager.default.fileExists(atPath: staging.path) { try FileManager.default.moveItem(at: staging, to: final) }
        try? FileManager.default.removeItem(at: previous)
        try? FileManager.default.removeItem(at: interrupted)
    }

    /// Puts this run's pages aside with the interrupted ones, for the next scan to take up.
    public func discard() {
        setAsideStaged()
    }

    /// Moves the staged pages into `interrupted`, a staged page replacing an older one of the
    /// same submission. A page cut short by a crash moves along; the ledger's digest keeps it
    /// from being taken up.
    private func setAsideStaged() {
        let files = FileManager.default
        guard files.fileExists(atPath: staging.path) else { return }
        if !files.fileExists(atPath: interrupted.path) {
            try? files.moveItem(at: staging, to: interrupted)
        } else {
            for name in (try? files.contentsOfDirectory(atPath: staging.path)) ?? [] where !name.hasPrefix(".") {
                let target = interrupted.appendingPathComponent(name)
                try? files.removeItem(at: target)
                try? files.moveItem(at: staging.appendingPathComponent(name), to: target)
            }
        }
        try? files.removeItem(at: staging)
    }
}
