import Decisions
import DocumentModel
public import Foundation
public import Lexicon

/// Writes `matrix.csv`: one row per submission with its criteria counts, the status of every
/// criterion and indicator, and the files that could not be read with the reasons — the table
/// staff filter to find the submissions that miss a criterion. A second header row names the
/// criteria and indicators.
public final class MatrixCSVWriter {
    /// Its name in the output folder.
    public static let fileName = "matrix.csv"
    private let file: AtomicOutputFile
    private let language: ReportLanguage
    private let words: ReportWords
    /// Column ids in order: each criterion, then its own indicators.
    private let columns: [(id: String, isCriterion: Bool)]

    public init(directory: URL, lexicon: LexiconFile, language: ReportLanguage) throws {
        file = try AtomicOutputFile(directory: directory, name: Self.fileName)
        self.language = language
        words = language.words
        var columns: [(String, Bool)] = []
        for criterion in lexicon.criteria {
            columns.append((criterion.id, true))
            for indicator in criterion.indicators where indicator != criterion.id { columns.append((indicator, false)) }
        }
        self.columns = columns
        try file.write(CSVFormat.byteOrderMark)
        let header = [words.submission, words.criteriaPresent, words.criteriaWeak, words.criteriaMissing]
            + columns.map(\.0) + [words.unreadFilesCount, words.criteriaUnverifiable, words.indicatorsMissing, words.unreadFiles]
        try file.write(CSVFormat.row(header))
        var names: [String: String] = [:]
        for criterion in lexicon.criteria { names[criterion.id] = language == .lv ? criterion.name.lv : criterion.name.en }
        for indicator in lexicon.indicators where names[indicator.id] == nil {
            names[indicator.id] = language == .lv ? indicator.name.lv : indicator.name.en
        }
        let namesRow = [words.name, "", "", ""] + columns.map { names[$0.0] ?? "" } + ["", "", "", ""]
        try file.write(CSVFormat.row(namesRow))
    }

    public func append(_ rendered: RenderedSubmission) throws {
        guard let judgement = rendered.judgement else { return }
        let submission = rendered.submission
        let criteria = judgement.criteria.values.map(\.shown)
        var fields = [
            submission.id, "\(criteria.filter { $0 == .present }.count)", "\(criteria.filter { $0 == .weak }.count)",
            "\(criteria.filter { $0 == .missing }.count)",
        ]
        for column in columns {
            let status = column.isCriterion ? judgement.criteria[column.id]?.shown : judgement.indicators[column.id]?.shown
            fields.append(status.map { words.status($0.rawValue) } ?? "")
        }
        let unread = UnreadFiles.entries(submission, language: language)
        fields.append("\(unread.count)")
        fields.append("\(criteria.filter { $0 == .unverifiable }.count)")
        fields.append("\(judgement.indicators.values.filter { $0.shown == .missing }.count)")
        fields.append(unread.map { "\($0.name) — \($0.reason)" }.joined(separator: "; "))
        try file.write(CSVFormat.row(fields))
    }

    public func discard() { file.discard() }

    public func finish() throws { try file.complete() }

    public func publish() throws { try file.publish() }
}
