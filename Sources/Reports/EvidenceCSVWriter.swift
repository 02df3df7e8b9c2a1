public import Decisions
public import DocumentModel
public import Foundation
import UTF8Text

/// Writes `evidence.csv`: one row per evidence passage in the keyword-in-context layout QDA
/// users know — submission, indicator, file, location, left context, matched words, right
/// context — plus whether it counted and why not, in words; then the whole quote with its
/// matched words marked «…», and whether it is direct or indirect evidence.
public final class EvidenceCSVWriter {
    /// Its name in the output folder.
    public static let fileName = "evidence.csv"
    private let file: AtomicOutputFile
    private let language: ReportLanguage

    public init(directory: URL, language: ReportLanguage) throws {
        file = try AtomicOutputFile(directory: directory, name: Self.fileName)
        self.language = language
        try file.write(CSVFormat.byteOrderMark)
        let words = language.words
        try file.write(
            CSVFormat.row([
                words.submission, words.indicator, words.file, words.location, words.leftContext, words.matched, words.rightContext,
                words.counted, words.whyNotCounted, words.quote, words.kind,
            ])
        )
    }

    public func append(_ rendered: RenderedSubmission) throws {
        try file.write(rendered.evidenceRows)
    }

    /// A submission's rows, one per evidence passage, indicators in id order.
    public static func rows(for submission: Submission, judgement: Judgement?, language: ReportLanguage) -> [UInt8] {
        guard let judgement else { return [] }
        let words = language.words
        var rows: [UInt8] = []
        // Each id's numbers worked out once, not at every comparison of the sort.
        let ordered = judgement.indicators.map { (order: $0.key.indicatorOrder, indicator: $0.key, result: $0.value) }
            .sorted { $0.order.lexicographicallyPrecedes($1.order) }
        for (_, indicator, result) in ordered {
            for evidence in result.evidence {
                let (left, matched, right) = keywordInContext(evidence)
                CSVFormat.appendRow(
                    [
                        submission.id, indicator, evidence.file, location(of: evidence, words: words), left, matched, right,
                        evidence.counted ? words.yes : words.no, evidence.notCountedBecause.map(words.why) ?? "",
                        quote(evidence), evidence.counted ? (evidence.strength == "strong" ? words.direct : words.indirect) : "",
                    ],
                    to: &rows
                )
            }
        }
        return rows
    }

    public func discard() { file.discard() }

    public func finish() throws { try file.complete() }

    public func publish() throws { try file.publish() }

    /// "pamatteksts › Mērķi › tabula 1, rinda 2, kolonna 3".
    private static func location(of evidence: Evidence, words: ReportWords) -> String {
        words.place(part: evidence.part, headingPath: evidence.headingPath, cell: evidence.cell).joined(separator: " › ")
    }

    /// The passage with every match marked «…».
    static func quote(_ evidence: Evidence) -> String {
        guard !evidence.matches.isEmpty else { return evidence.text }
        let text = evidence.text
        // Match offsets count UTF-16 units; the quote is cut by bytes.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 8 * evidence.matches.count)
        let utf8 = Array(text.utf8)
        // The matches' byte spans, overlapping ones merged into one.
        var spans: [Range<Int>] = []
        for match in evidence.matches.sorted(by: { $0.start < $1.start }) {
            guard let span = text.utf8Offsets(utf16: match.start, match.end), span.start < span.end, span.end <= utf8.count else { continue }
            if let last = spans.last, span.start <= last.upperBound {
                spans[spans.count - 1] = last.lowerBound..<max(last.upperBound, span.end)
            } else {
                spans.append(span.start..<span.end)
            }
        }
        var at = 0
        for span in spans {
            bytes += utf8[at..<span.lowerBound]
            bytes += Self.open
            bytes += utf8[span]
            bytes += Self.close
            at = span.upperBound
        }
        bytes += utf8[at...]
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let open = Array("«".utf8)
    private static let close = Array("»".utf8)

    /// The passage split around its matches: what comes before the first, the span from the
    /// first to the last, and what follows.
    static func keywordInContext(_ evidence: Evidence) -> (String, String, String) {
        let text = evidence.text
        guard let start = evidence.matches.map(\.start).min(), let end = evidence.matches.map(\.end).max(),
            let bytes = text.utf8Offsets(utf16: start, end)
        else {
            return (evidence.context.before, text, evidence.context.after)
        }
        // Cut by bytes, the offsets found in one walk.
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: bytes.start)
        let to = utf8.index(utf8.startIndex, offsetBy: bytes.end)
        let left = String(Substring(utf8[..<from]))
        let right = String(Substring(utf8[to...]))
        return (
            [evidence.context.before, left].filter { !$0.isEmpty }.joined(separator: " "),
            String(Substring(utf8[from..<to])),
            [right, evidence.context.after].filter { !$0.isEmpty }.joined(separator: " ")
        )
    }
}

extension String {
    /// `C4.10` after `C4.9`: ids compare by their numbers.
    var indicatorOrder: [Int] {
        split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    }
}
