public import Foundation

/// The folder of submission pages, staged while a run writes it and put in place only when the
/// round completes — an interrupted scan leaves no pages that look like a finished report.
///
/// The ledger records a page by its digest, not its bytes, so the pages of a scan that did not
/// complete are kept out of sight in `DIR/.submissions.interrupted` until a later scan
/// completes: that scan takes from there (or from the last complete scan's pages) every page
/// its ledger still vouches for.
public struct PageFolder: Sendable {
    /// Where this run's pages go while it runs: a name of its own, `.submissions.RUN.partial`.
    public let staging: URL
    /// `DIR/submissions`.
    public let final: URL
    /// Pages of scans that were interrupted (or killed) since the last complete one.
    public let interrupted: URL

    /// Prepares the folder for the run named `run`, which holds the output folder; pages that
    /// killed runs left staged join the interrupted ones.
    public init(output: URL, run: String) {
        staging = Self.staging(output: output, run: run)
        final = output.appendingPathComponent("submissions")
        interrupted = output.appendingPathComponent(".submissions.interrupted")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        where name.hasPrefix(".submissions.") && name.hasSuffix("partial") {
            setAside(output.appendingPathComponent(name))
        }
    }

    /// The staging folder of run `run` in `output`.
    public static func staging(output: URL, run: String) -> URL {
        output.appendingPathComponent(".submissions.\(run).partial")
    }

    /// Where an earlier scan may have left the page of submission `id`, the likeliest first.
    public func earlierPages(forSubmission id: String) -> [URL] {
        let name = HTML.pageName(forSubmission: id)
        return [interrupted.appendingPathComponent(name), final.appendingPathComponent(name)]
    }

    /// Replaces the previous pages with this run's; the interrupted runs' pages are done with.
    ///
    /// Only pages leave with the previous folder: anything else a person put there (not an
    /// `.html` file) moves into the new one, and nothing but pages is ever deleted.
    public func commit() throws {
        let files = FileManager.default
        let previous = final.deletingLastPathComponent().appendingPathComponent(".submissions.previous")
        // Left by a run killed while it committed.
        if files.fileExists(atPath: previous.path) { try retire(previous) }
        if files.fileExists(atPath: final.path) { try files.moveItem(at: final, to: previous) }
        if files.fileExists(atPath: staging.path) { try files.moveItem(at: staging, to: final) }
        if files.fileExists(atPath: previous.path) { try retire(previous) }
        try? files.removeItem(at: interrupted)
    }

    /// Deletes the pages in `folder`, moves whatever else it holds into ``final`` and removes it.
    private func retire(_ folder: URL) throws {
        let files = FileManager.default
        for name in try files.contentsOfDirectory(atPath: folder.path) {
            let entry = folder.appendingPathComponent(name)
            if Self.isPage(entry) {
                try files.removeItem(at: entry)
            } else {
                try files.createDirectory(at: final, withIntermediateDirectories: true)
                var target = final.appendingPathComponent(name)
                var copy = 1
                while files.fileExists(atPath: target.path) || (try? files.destinationOfSymbolicLink(atPath: target.path)) != nil {
                    copy += 1
                    target = final.appendingPathComponent("\(name) (\(copy))")
                }
                try files.moveItem(at: entry, to: target)
            }
        }
        try files.removeItem(at: folder)
    }

    /// Puts this run's pages aside with the interrupted ones, for the next scan to take up.
    public func discard() {
        setAside(staging)
    }

    /// Whether `url` is a page a run wrote: a regular `.html` file, or the round's order of
    /// pages (``RoundIndexWriter``).
    private static func isPage(_ url: URL) -> Bool {
        guard url.pathExtension == "html" || url.lastPathComponent == RoundIndexWriter.fileName else { return false }
        let values = try? url.resourceValues(forKeys: [.isRegularFileKey])
        return values?.isRegularFile == true
    }

    /// Moves the pages staged in `folder` into `interrupted`, a staged page replacing an older one
    /// of the same submission. A page cut short by a crash moves along; the ledger's digest keeps
    /// it from being taken up.
    private func setAside(_ folder: URL) {
        let files = FileManager.default
        guard files.fileExists(atPath: folder.path) else { return }
        if !files.fileExists(atPath: interrupted.path) {
            try? files.moveItem(at: folder, to: interrupted)
        } else {
            for name in (try? files.contentsOfDirectory(atPath: folder.path)) ?? [] where !name.hasPrefix(".") {
                let target = interrupted.appendingPathComponent(name)
                try? files.removeItem(at: target)
                try? files.moveItem(at: folder.appendingPathComponent(name), to: target)
            }
        }
        try? files.removeItem(at: folder)
    }
}
