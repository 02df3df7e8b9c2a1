import Decisions
import DocumentModel
public import Foundation
public import Lexicon

/// Writes `index.html`: the round's matrix — submissions × criteria and indicators — coloured by
/// status with symbols and words (not colour alone), a column with the number of criteria
/// missing, sortable and filterable with JavaScript, readable without. Every cell links to the
/// evidence on the submission's page. Rows are streamed as submissions arrive.
public final class OverviewPageWriter: RoundReport {
    /// Its name in the output folder.
    public static let fileName = "index.html"
    private let file: AtomicOutputFile
    private let words: ReportWords
    private let columns: [(id: String, isCriterion: Bool)]
    private let audit: AuditFacts
    private let language: ReportLanguage
    private let criteria: [String: LexiconFile.Criterion]
    private let lexiconName: String

    public init(directory: URL, lexicon: LexiconFile, language: ReportLanguage, audit: AuditFacts) throws {
        file = try AtomicOutputFile(directory: directory, name: Self.fileName)
        words = language.words
        self.audit = audit
        self.language = language
        criteria = Dictionary(uniqueKeysWithValues: lexicon.criteria.map { ($0.id, $0) })
        lexiconName = language == .lv ? lexicon.scheme.name.lv : lexicon.scheme.name.en
        var columns: [(String, Bool)] = []
        var names: [String: String] = [:]
        for criterion in lexicon.criteria {
            columns.append((criterion.id, true))
            names[criterion.id] = language == .lv ? criterion.name.lv : criterion.name.en
            for indicator in criterion.indicators where indicator != criterion.id { columns.append((indicator, false)) }
        }
        for indicator in lexicon.indicators where names[indicator.id] == nil {
            names[indicator.id] = language == .lv ? indicator.name.lv : indicator.name.en
        }
        self.columns = columns
        let words = self.words
        func symbol(_ status: String) -> String {
            "<span class=\"\(status)\">\(ReportWords.symbol(status)) \(HTML.escape(words.status(status)))</span>"
        }

        var head = """
            <!DOCTYPE html>
            <html lang="\(words.lang)"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(words.roundTitle))</title>
            <style>\(HTMLStyle.css)\n\(HTMLStyle.overviewPrintCSS)</style></head><body>
            <h1>\(HTML.escape(words.roundTitle))</h1>
            <p class="legend"><strong>\(HTML.escape(words.legend)):</strong>
            \(symbol("present")) \(symbol("weak")) \(symbol("missing")) \(symbol("unverifiable"))</p>
            <p class="filter" id="filter" hidden><label>\(HTML.escape(words.filterShow)) <select class="kind">
            <option value="all" selected>\(HTML.escape(words.filterAll))</option>
            <option value="missing">\(HTML.escape(words.filterMissing))</option>
            <option value="partial">\(HTML.escape(words.filterMissingOrPartial))</option>
            <option value="unreadable">\(HTML.escape(words.filterUnreadable))</option></select></label>
            <label class="in">\(HTML.escape(words.filterIn)) <select class="column">
            <option value="">\(HTML.escape(words.filterAnyColumn))</option>

            """
        for column in columns {
            head += "<option value=\"\(HTML.escape(column.0))\">\(HTML.escape(column.0)) \(HTML.escape(names[column.0] ?? ""))</option>\n"
        }
        head += """
            </select></label></p>
            <p class="hint">\(HTML.escape(words.sortHint))</p>
            <p class="links">\(HTML.escape(words.spreadsheets)): <a href="matrix.csv">matrix.csv</a> · <a href="evidence.csv">evidence.csv</a> · <a href="#guide">\(HTML.escape(words.howToRead))</a></p>
            <div class="scroll"><table class="matrix"><thead><tr><th scope="col" class="id">\(HTML.escape(words.submission))</th>
            <th scope="col">\(HTML.escape(words.missingCriteria))</th><th scope="col">\(HTML.escape(words.missingIndicators))</th>
            <th scope="col">\(HTML.escape(words.unreadFiles))</th>
            """
        for column in columns {
            head += "<th scope=\"col\" title=\"\(HTML.escape(names[column.0] ?? ""))\">\(HTML.escape(column.0))</th>"
        }
        head += "</tr></thead><tbody>\n"
        try file.write(head)
    }

    public func append(_ rendered: RenderedSubmission) throws {
        guard let judgement = rendered.judgement else { return }
        let submission = rendered.submission
        let page = "submissions/" + HTML.pageName(forSubmission: submission.id)
        let missing = judgement.criteria.values.filter { $0.shown == .missing }.count
        let missingIndicators = judgement.indicators.values.filter { $0.shown == .missing }.count
        let unread = UnreadFiles.entries(submission, language: language)
        let applicant = judgement.applicant?.organisation.map { " title=\"\(HTML.escape($0.name))\"" } ?? ""
        var row = "<tr\(unread.isEmpty ? "" : " data-unreadable=\"1\"")><th scope=\"row\" class=\"id\"><a href=\"\(HTML.escape(page))\"\(applicant)>\(HTML.escape(submission.id))</a></th>"
        row += "<td data-sort=\"\(missing)\">\(missing)</td><td data-sort=\"\(missingIndicators)\">\(missingIndicators)</td>"
        row += "<td class=\"unread\" data-sort=\"\(unread.count)\">"
        row += unread.map { "<span title=\"\(HTML.escape($0.reason))\">\(HTML.escape(Self.fileName($0.name)))</span>" }.joined(separator: "<br>")
        row += "</td>"
        for column in columns {
            let status = (column.isCriterion ? judgement.criteria[column.id]?.shown : judgement.indicators[column.id]?.shown)?.rawValue ?? "missing"
            let explanation = column.isCriterion
                ? criteria[column.id].map { Explanations.criterion($0, judgement, language: language) }
                : judgement.indicators[column.id].map { Explanations.indicator($0, language: language) }
            row += "<td class=\"\(status)\" data-id=\"\(HTML.escape(column.id))\" data-sort=\"\(status)\" title=\"\(HTML.escape(explanation ?? ""))\">"
            // Indicator cells show the symbol (the legend names it) and keep the word for screen
            // readers and print; criterion cells show both.
            let word = column.isCriterion ? " " + HTML.escape(words.status(status)) : "<span class=\"word\"> \(HTML.escape(words.status(status)))</span>"
            row += "<a href=\"\(HTML.escape(page))#\(HTML.anchor(column.id))\">\(ReportWords.symbol(status))\(word)</a></td>"
        }
        try file.write(row + "</tr>\n")
    }

    /// The last part of a path: the name a clerk looks for in the archive.
    private static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    public func finish() throws {
        var guide = "<section id=\"guide\" class=\"guide\"><h2>\(HTML.escape(words.howToRead))</h2>\n"
        for paragraph in words.guide { guide += "<p>\(HTML.escape(paragraph))</p>\n" }
        guide += "</section>\n"
        try file.write("""
            </tbody></table></div>
            \(guide)\(audit.footer(words, lexiconName: lexiconName))<script>\(HTMLStyle.overviewScript)</script>
            </body></html>

            """)
        try file.complete()
    }

    public func publish() throws {
        try file.publish()
    }

    public func discard() { file.discard() }

    public var url: URL { file.url }
}
