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
    private let strings: HTMLStrings
    private let columns: [(id: String, isCriterion: Bool)]
    private let tool: ToolInfo
    private let language: ReportLanguage
    private let criteria: [String: LexiconFile.Criterion]

    public init(directory: URL, lexicon: LexiconFile, language: ReportLanguage, tool: ToolInfo = .current) throws {
        file = try AtomicOutputFile(directory: directory, name: Self.fileName)
        strings = HTMLStrings.forLanguage(language)
        self.tool = tool
        self.language = language
        criteria = Dictionary(uniqueKeysWithValues: lexicon.criteria.map { ($0.id, $0) })
        var columns: [(String, Bool)] = []
        var names: [String: String] = [:]
        for criterion in lexicon.criteria {
            columns.append((criterion.id, true))
            names[criterion.id] = language == .lv ? criterion.name.lv : criterion.name.en
            for indicator in criterion.indicators where indicator != criterion.id { columns.append((indicator, false)) }
        }
        for indicator in lexicon.indicators { names[indicator.id] = language == .lv ? indicator.name.lv : indicator.name.en }
        self.columns = columns

        var head = """
            <!DOCTYPE html>
            <html lang="\(strings.lang)"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(strings.roundTitle))</title>
            <style>\(HTMLStyle.css)\n\(HTMLStyle.overviewPrintCSS)</style></head><body>
            <h1>\(HTML.escape(strings.roundTitle))</h1>
            <p class="legend"><strong>\(HTML.escape(strings.legend)):</strong>
            <span class="present">\(HTMLStrings.symbol("present")) \(HTML.escape(strings.present))</span>
            <span class="weak">\(HTMLStrings.symbol("weak")) \(HTML.escape(strings.weak))</span>
            <span class="missing">\(HTMLStrings.symbol("missing")) \(HTML.escape(strings.missing))</span>
            <span class="unverifiable">\(HTMLStrings.symbol("unverifiable")) \(HTML.escape(strings.unverifiable))</span></p>
            <p class="filter" id="filter" hidden><label>\(HTML.escape(strings.filterLabel)) <select class="kind">
            <option value="missing">\(HTML.escape(strings.missing))</option>
            <option value="partial">\(HTML.escape(strings.filterMissingOrPartial))</option></select></label>
            <label>\(HTML.escape(strings.filterIn)) <select class="column">
            <option value="">\(HTML.escape(strings.filterAll))</option>

            """
        for column in columns {
            head += "<option value=\"\(HTML.escape(column.0))\">\(HTML.escape(column.0)) \(HTML.escape(names[column.0] ?? ""))</option>\n"
        }
        head += """
            </select></label>
            <label><input type="checkbox" class="unreadable"> \(HTML.escape(strings.filterUnreadable))</label></p>
            <p class="hint">\(HTML.escape(strings.sortHint))</p>
            <p class="links"><a href="matrix.csv">matrix.csv</a> · <a href="evidence.csv">evidence.csv</a></p>
            <table class="matrix"><thead><tr><th scope="col">\(HTML.escape(strings.submission))</th><th scope="col">\(HTML.escape(strings.missingCriteria))</th>
            <th scope="col">\(HTML.escape(strings.missingIndicators))</th>
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
        let unreadable = submission.container.status != .read || submission.files.contains(where: \.isUnreadable)
        var row = "<tr\(unreadable ? " data-unreadable=\"1\"" : "")><th scope=\"row\" class=\"id\"><a href=\"\(HTML.escape(page))\">\(HTML.escape(submission.id))</a></th>"
        row += "<td data-sort=\"\(missing)\">\(missing)</td><td data-sort=\"\(missingIndicators)\">\(missingIndicators)</td>"
        for column in columns {
            let status = (column.isCriterion ? judgement.criteria[column.id]?.shown : judgement.indicators[column.id]?.shown)?.rawValue ?? "missing"
            let explanation = column.isCriterion
                ? criteria[column.id].map { Explanations.criterion($0, judgement, language: language) }
                : judgement.indicators[column.id].map { Explanations.indicator($0, language: language) }
            row += "<td class=\"\(status)\" data-id=\"\(HTML.escape(column.id))\" data-sort=\"\(status)\" title=\"\(HTML.escape(explanation ?? ""))\">"
            // Indicator cells show the symbol (the legend names it) and keep the word for screen
            // readers and print; criterion cells show both.
            let word = column.isCriterion ? " " + HTML.escape(strings.status(status)) : "<span class=\"word\"> \(HTML.escape(strings.status(status)))</span>"
            row += "<a href=\"\(HTML.escape(page))#\(HTML.anchor(column.id))\">\(HTMLStrings.symbol(status))\(word)</a></td>"
        }
        try file.write(row + "</tr>\n")
    }

    public func finish() throws {
        try file.write("""
            </tbody></table>
            <footer>\(HTML.escape(strings.generated)) \(HTML.escape(tool.name)) \(HTML.escape(tool.version))</footer>
            <script>\(HTMLStyle.overviewScript)</script>
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
