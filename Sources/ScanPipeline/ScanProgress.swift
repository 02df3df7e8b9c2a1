import Foundation
public import Reports
#if canImport(Glibc)
import Glibc
#endif

/// How a long scan shows its progress on standard error.
public enum ProgressMode: String, Sendable, CaseIterable {
    /// A bar redrawn in place on a terminal; a plain line every few seconds elsewhere.
    case auto
    /// The bar even when standard error is not a terminal.
    case always
    /// Nothing until the summary.
    case never
}

/// What has been done so far, as the pipeline counts it.
public struct ProgressCounts: Sendable, Hashable {
    public var done = 0
    public var total = 0
    public var documents = 0
    public var inputBytes: Int64 = 0
    /// Files that could not be read so far.
    public var warnings = 0
}

/// Draws the progress of a scan in the report's language: submissions done of total, documents,
/// MB/s, elapsed and ETA, warnings. On a terminal the line is redrawn in place behind a bar (at
/// most ten times a second); in logs and pipes a plain line, without the bar, is written every
/// five seconds at most.
public final class ProgressDisplay {
    private let interactive: Bool
    private let enabled: Bool
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDraw: ContinuousClock.Instant?
    private var drewInPlace = false
    private let words: ReportWords

    public init(mode: ProgressMode, words: ReportWords) {
        self.words = words
        let terminal = isatty(STDERR_FILENO) == 1
        enabled = mode != .never
        interactive = mode == .always || (mode == .auto && terminal)
        start = clock.now
    }

    public func update(_ counts: ProgressCounts) {
        guard enabled else { return }
        let now = clock.now
        let interval: Duration = interactive ? .milliseconds(100) : .seconds(5)
        if let lastDraw, now - lastDraw < interval, counts.done < counts.total { return }
        lastDraw = now
        let line = Self.line(counts, elapsed: now - start, words: words)
        if interactive {
            FileHandle.standardError.write(Data(("\r\u{1B}[2K" + Self.bar(counts) + " " + line).utf8))
            drewInPlace = true
        } else {
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    }

    /// Ends the in-place line so that what follows starts on a fresh one.
    public func finish() {
        if drewInPlace { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    /// The words of a progress line, without the bar.
    static func line(_ counts: ProgressCounts, elapsed: Duration, words: ReportWords) -> String {
        let seconds = max(elapsed.seconds, 0.001)
        let rate = Double(counts.inputBytes) / 1_048_576 / seconds
        let eta = counts.done == 0 ? "?" : format(seconds / Double(counts.done) * Double(counts.total - counts.done))
        return words.progress(counts.done, counts.total, counts.documents, rate, format(seconds), eta, counts.warnings)
    }

    /// "██████░░░░": how much of the round is done, for a terminal.
    static func bar(_ counts: ProgressCounts) -> String {
        let fraction = counts.total == 0 ? 1 : Double(counts.done) / Double(counts.total)
        let width = 24
        let filled = Int(fraction * Double(width))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }

    private static func format(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return whole >= 60 ? "\(whole / 60)m\(String(format: "%02d", whole % 60))s" : "\(whole)s"
    }
}

extension Duration {
    /// The duration in seconds, as a floating-point number.
    public var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
