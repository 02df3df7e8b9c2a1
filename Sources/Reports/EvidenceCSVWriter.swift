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
                        submission.id, indicator, evidence.file, location(of: evidence, language: language), left, matched, right,
                        evidence.counted ? words.yes : words.no, evidence.notCountedBecause.map { words.why[$0] ?? $0 } ?? "",
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
    private static func location(of evidence: Evidence, language: ReportLanguage) -> String {
        var parts = [language.part(evidence.part.rawValue)] + evidence.headingPath
        if let cell = evidence.cell { parts.append(language.cell(table: cell.table, row: cell.row, column: cell.column)) }
        return parts.joined(separator: " › ")
    }

    /// The passage with every match marked «…».
    static func quote(_ evidence: Evidence) -> String {
        let text = evidence.text
        let utf16 = text.utf16
        var quoted = ""
        var at = 0
        for match in evidence.matches.sorted(by: { $0.start < $1.start }) where match.start >= at && match.end <= utf16.count {
            quoted += String(decoding: Array(utf16[utf16.index(utf16.startIndex, offsetBy: at)..<utf16.index(utf16.startIndex, offsetBy: match.start)]), as: UTF16.self)
            quoted += "«" + String(decoding: Array(utf16[utf16.index(utf16.startIndex, offsetBy: match.start)..<utf16.index(utf16.startIndex, offsetBy: match.end)]), as: UTF16.self) + "»"
            at = match.end
        }
        quoted += String(decoding: Array(utf16[utf16.index(utf16.startIndex, offsetBy: min(at, utf16.count))...]), as: UTF16.self)
        return quoted
    }

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
