public import Foundation

/// What every page's footer records so that a printed page can be traced to its run: when the
/// round was scanned, with which tool and which lexicon.
///
/// The evidence map carries the tool, the lexicon and each submission's input digest, but not
/// the time: the map is the contract that comes out byte-identical run after run; the run's
/// time is in `.lieciba/run.json` beside it.
public struct AuditFacts: Sendable, Hashable {
    /// When the scan started.
    public var scannedAt: Date
    public var tool: ToolInfo
    public var lexicon: LexiconInfo?

    public init(scannedAt: Date, tool: ToolInfo = .current, lexicon: LexiconInfo?) {
        self.scannedAt = scannedAt
        self.tool = tool
        self.lexicon = lexicon
    }

    /// "2026-12-07 23:14 UTC": unambiguous wherever the page is read.
    public var scannedAtText: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: scannedAt)
        return String(format: "%04d-%02d-%02d %02d:%02d UTC", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0)
    }

    /// The footer's lines, escaped HTML: the tool, the scan's time, the lexicon and, on a
    /// submission's page, the digest of its input.
    /// - Parameter lexiconName: the scheme's name in the report's language.
    func footer(_ words: ReportWords, lexiconName: String, inputSHA256: String? = nil) -> String {
        var lines = ["\(HTML.escape(words.madeWith)) \(ToolInfo.displayName) \(HTML.escape(tool.version)) · \(HTML.escape(words.scannedAt)) \(scannedAtText)"]
        if let lexicon {
            lines.append(
                "\(HTML.escape(words.lexicon)): \(HTML.escape(lexiconName)) (\(HTML.escape(lexicon.file)), \(HTML.escape(words.version)) "
                    + "\(HTML.escape(lexicon.version)), SHA-256 <code>\(HTML.escape(lexicon.sha256))</code>)"
            )
        }
        if let inputSHA256 {
            lines.append("\(HTML.escape(words.inputDigest)): <code>\(HTML.escape(inputSHA256))</code>")
        }
        return "<footer>" + lines.map { "<p>\($0)</p>" }.joined() + "</footer>\n"
    }
}

extension ToolInfo {
    /// The tool's name as people write it.
    public static let displayName = "Liecība"
}
