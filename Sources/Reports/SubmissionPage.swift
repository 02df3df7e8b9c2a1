public import Decisions
public import DocumentModel
public import Foundation
public import Lexicon

/// Renders `submissions/<id>.html`: every criterion and indicator with its status and one-line
/// explanation, the evidence passages with the matched words highlighted and their place in the
/// documents, the mentions that did not count kept apart, a banner for unreadable files, and the
/// full text of every document with all highlights.
///
/// Rendered while the submission's text is still in memory (in the task that read it), so the
/// round never holds more than the submissions being read.
public struct SubmissionPage: Sendable {
    public var lexicon: LexiconFile
    public var language: ReportLanguage
    public var tool: ToolInfo

    public init(lexicon: LexiconFile, language: ReportLanguage, tool: ToolInfo = .current) {
        self.lexicon = lexicon
        self.language = language
        self.tool = tool
    }

    /// Writes the page into `folder` (the scan's staging folder for pages, see ``PageFolder``).
    public func write(_ submission: Submission, judgement: Judgement, into folder: URL) throws {
        let file = try AtomicOutputFile(directory: folder, name: HTML.pageName(forSubmission: submission.id))
        try file.write(render(submission, judgement: judgement))
        try file.commit()
    }

    public func render(_ submission: Submission, judgement: Judgement) -> String {
        let strings = HTMLStrings.forLanguage(language)
        let documentIndex = Dictionary(uniqueKeysWithValues: submission.documents.enumerated().map { ($0.element.path, $0.offset + 1) })
        var html = """
            <!DOCTYPE html>
            <html lang="\(strings.lang)"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(strings.submission)): \(HTML.escape(submission.id))</title>
            <style>\(HTMLStyle.css)</style></head><body>
            <nav><a href="../index.html">\(HTML.escape(strings.backToRound))</a></nav>
            <h1>\(HTML.escape(strings.submission)): \(HTML.escape(submission.id))</h1>
            <p>\(HTML.escape(strings.source)): \(HTML.escape(submission.source))</p>

            """
        html += unreadableBanner(submission, strings)
        for criterion in lexicon.criteria {
            let status = judgement.criteria[criterion.id]?.status.rawValue ?? "missing"
            let single = criterion.indicators == [criterion.id]
            html += "<section class=\"criterion\"><h2 id=\"\(HTML.anchor(criterion.id))\">\(HTML.escape(criterion.id)) "
            html += "\(HTML.escape(name(criterion.name))) · \(statusBadge(status, strings))</h2>\n"
            if !single {
                html += "<p class=\"explanation\">\(HTML.escape(Explanations.criterion(criterion, judgement, language: language)))</p>\n"
            }
            for id in criterion.indicators {
                guard let indicator = lexicon.indicators.first(where: { $0.id == id }), let decided = judgement.indicators[id] else { continue }
                if single {
                    html += "<section class=\"indicator\" id=\"\(HTML.anchor(id))-indicator\">"
                } else {
                    html += "<section class=\"indicator\" id=\"\(HTML.anchor(id))\"><h3>\(HTML.escape(id)) \(HTML.escape(name(indicator.name))) · "
                    html += "\(statusBadge(decided.status.rawValue, strings))</h3>\n"
                }
                html += "<p class=\"explanation\">\(HTML.escape(Explanations.indicator(decided, language: language)))</p>\n"
                let counted = decided.evidence.filter(\.counted)
                let others = decided.evidence.filter { !$0.counted }
                if counted.isEmpty {
                    html += "<p>\(HTML.escape(strings.noEvidence))</p>\n"
                } else {
                    html += "<h4>\(HTML.escape(strings.evidence))</h4><ol class=\"evidence\">\n"
                    for evidence in counted { html += passage(evidence, documentIndex: documentIndex, strings: strings) }
                    html += "</ol>\n"
                }
                if !others.isEmpty {
                    html += "<details><summary>\(HTML.escape(strings.notCounted)) (\(others.count))</summary><ol class=\"not-counted\">\n"
                    for evidence in others { html += passage(evidence, documentIndex: documentIndex, strings: strings) }
                    html += "</ol></details>\n"
                }
                html += "</section>\n"
            }
            html += "</section>\n"
        }
        html += fullText(submission, judgement: judgement, strings: strings)
        html += "<footer>\(HTML.escape(strings.generated)) \(HTML.escape(tool.name)) \(HTML.escape(tool.version))</footer>\n</body></html>\n"
        return html
    }

    private func name(_ text: LexiconFile.LocalizedText) -> String {
        language == .lv ? text.lv : text.en
    }

    private func statusBadge(_ status: String, _ strings: HTMLStrings) -> String {
        "<span class=\"status \(status)\">\(HTMLStrings.symbol(status)) \(HTML.escape(strings.status(status)))</span>"
    }

    private func unreadableBanner(_ submission: Submission, _ strings: HTMLStrings) -> String {
        var items: [String] = []
        if submission.container.status != .read {
            items.append("<li>\(HTML.escape(submission.source)) — \(HTML.escape(submission.container.reason ?? ""))</li>")
        }
        for file in submission.files where file.status != .read {
            items.append("<li>\(HTML.escape(file.path)) — \(HTML.escape(file.reason ?? file.status.rawValue))</li>")
        }
        guard !items.isEmpty else { return "" }
        return "<div class=\"banner\" role=\"alert\"><p>\(HTML.escape(strings.unreadableBanner))</p><ul>\(items.joined())</ul></div>\n"
    }

    private func passage(_ evidence: Evidence, documentIndex: [String: Int], strings: HTMLStrings) -> String {
        let ranges = evidence.matches.map { $0.start..<$0.end }
        let negated = Set(evidence.matches.filter(\.negated).map { $0.start..<$0.end })
        let sentence = HTML.highlighted(evidence.text, ranges) { negated.contains($0) ? "negated" : "" }
        var html = "<li><blockquote>"
        if !evidence.context.before.isEmpty { html += "<span class=\"context\">\(HTML.escape(evidence.context.before))</span> " }
        html += "<span class=\"sentence\">\(sentence)</span>"
        if !evidence.context.after.isEmpty { html += " <span class=\"context\">\(HTML.escape(evidence.context.after))</span>" }
        html += "</blockquote><p class=\"where\">\(HTML.escape(location(evidence)))"
        if let why = evidence.notCountedBecause { html += " · <em>\(HTML.escape(strings.why[why] ?? why))</em>" }
        if let heading = evidence.answersHeading { html += " · \(HTML.escape(strings.answerUnder)) „\(HTML.escape(heading))”" }
        if let document = documentIndex[evidence.file] {
            html += " · <a href=\"#d\(document)-b\(evidence.ordinal)\">\(HTML.escape(strings.showInText))</a>"
        }
        return html + "</p></li>\n"
    }

    private func location(_ evidence: Evidence) -> String {
        var parts = [evidence.file, language.part(evidence.part.rawValue)] + evidence.headingPath
        if let cell = evidence.cell { parts.append(language.cell(table: cell.table, row: cell.row, column: cell.column)) }
        return parts.joined(separator: " › ")
    }

    /// Every document's blocks, each with an id the passages link to, all matches highlighted.
    private func fullText(_ submission: Submission, judgement: Judgement, strings: HTMLStrings) -> String {
        guard !submission.documents.isEmpty else { return "" }
        // Highlights per (file, block): each passage's match offsets moved to block offsets.
        var highlights: [String: [(Range<Int>, Bool)]] = [:]
        let blocks = Dictionary(
            submission.documents.flatMap { document in document.blocks.map { ("\(document.path)\u{0}\($0.location.ordinal)", $0.text) } },
            uniquingKeysWith: { first, _ in first }
        )
        for evidence in judgement.indicators.values.flatMap(\.evidence) {
            let key = "\(evidence.file)\u{0}\(evidence.ordinal)"
            guard let text = blocks[key], let offset = Self.utf16Offset(of: evidence.text, in: text) else { continue }
            for match in evidence.matches {
                highlights[key, default: []].append(((offset + match.start)..<(offset + match.end), match.negated))
            }
        }
        var html = "<section class=\"fulltext\"><h2>\(HTML.escape(strings.fullText))</h2>\n"
        for (index, document) in submission.documents.enumerated() {
            html += "<article class=\"document\" id=\"d\(index + 1)\"><h3>\(HTML.escape(document.path))</h3>\n"
            for block in document.blocks {
                let key = "\(document.path)\u{0}\(block.location.ordinal)"
                let marks = highlights[key] ?? []
                let negated = Set(marks.filter(\.1).map(\.0))
                let body = HTML.highlighted(block.text, marks.map(\.0)) { negated.contains($0) ? "negated" : "" }
                let part = block.location.part == .body ? "" : "<span class=\"part\">[\(HTML.escape(language.part(block.location.part.rawValue)))]</span>"
                html += "<p id=\"d\(index + 1)-b\(block.location.ordinal)\" class=\"\(block.kind.rawValue)\">\(part)\(body.replacingOccurrences(of: "\n", with: "<br>"))</p>\n"
            }
            html += "</article>\n"
        }
        return html + "</section>\n"
    }

    private static func utf16Offset(of needle: String, in text: String) -> Int? {
        guard let range = text.range(of: needle) else { return nil }
        return text.utf16.distance(from: text.startIndex, to: range.lowerBound)
    }
}
