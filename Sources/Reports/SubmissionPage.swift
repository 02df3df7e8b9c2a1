public import Decisions
public import DocumentModel
public import Foundation
public import Lexicon
import UTF8Text

/// Renders `submissions/<id>.html`. It opens with what a scoring sheet needs — the applicant as
/// the documents name it, the files submitted with their status, and a summary row per
/// indicator with its status and best quote — then every criterion and indicator with its
/// explanation, the evidence passages with the matched words highlighted and their place in the
/// documents, the mentions that did not count with the reason, and last the full text of every
/// document, each highlight naming the indicators it counts for. Every page's footer records the
/// run (``AuditFacts``). Printed, it gives the summary and the passages with their reasons, the
/// full text only when asked for.
///
/// Rendered while the submission's text is still in memory (in the task that read it), so the
/// round never holds more than the submissions being read.
public struct SubmissionPage: Sendable {
    public var lexicon: LexiconFile
    public var language: ReportLanguage
    public var audit: AuditFacts

    public init(lexicon: LexiconFile, language: ReportLanguage, audit: AuditFacts) {
        self.lexicon = lexicon
        self.language = language
        self.audit = audit
    }

    /// Writes the page into `folder` (the scan's staging folder for pages, see ``PageFolder``).
    /// - Parameter judgement: with its highlights, or with every passage: the full text
    ///   highlights them all, while the passage lists show what `selection` picks.
    public func write(_ submission: Submission, judgement: Judgement, selection: EvidenceSelection = .all, into folder: URL) throws {
        try Self.store(pageBytes(submission, judgement: judgement, selection: selection), forSubmission: submission.id, into: folder)
    }

    /// The file name of submission `id`'s page in `submissions/`.
    public static func fileName(forSubmission id: String) -> String {
        HTML.pageName(forSubmission: id)
    }

    /// Writes a rendered page (see ``pageBytes(_:judgement:selection:)``) into `folder`, a
    /// scan's staging folder (``PageFolder``), created if needed. The folder becomes visible
    /// only when the scan commits it, so the page is written in place, and need not reach the
    /// disk before the next one is written; a page an interrupted scan cut short is never taken
    /// up again, as its digest is not the one the ledger recorded.
    public static func store(_ page: [UInt8], forSubmission id: String, into folder: URL) throws {
        let file = folder.appendingPathComponent(HTML.pageName(forSubmission: id))
        do {
            try OutputFiles.writeWhole(page, to: file)
        } catch {
            // The scan's first pages create the folder, several tasks at once.
            try OutputFiles.createFolder(folder)
            try OutputFiles.writeWhole(page, to: file)
        }
    }

    public func render(_ submission: Submission, judgement: Judgement, selection: EvidenceSelection = .all) -> String {
        String(decoding: pageBytes(submission, judgement: judgement, selection: selection), as: UTF8.self)
    }

    /// The page as UTF-8 bytes.
    public func pageBytes(_ submission: Submission, judgement: Judgement, selection: EvidenceSelection = .all) -> [UInt8] {
        pageBytes(submission, judgement: judgement, listed: selection.apply(to: judgement))
    }

    /// The page as UTF-8 bytes, for a caller that has applied the selection already.
    /// - Parameters:
    ///   - judgement: with the judge's ``Judgement/highlights`` — or else with every passage —
    ///     all highlighted in the full text.
    ///   - listed: the same judgement with the passages the lists show (``EvidenceSelection/apply(to:)``).
    public func pageBytes(_ submission: Submission, judgement: Judgement, listed: Judgement) -> [UInt8] {
        let words = language.words
        // Paths are unique within a submission (the reader numbers repeats); the first holds if not.
        let documentIndex = Dictionary(submission.documents.enumerated().map { ($0.element.path, $0.offset + 1) }, uniquingKeysWith: { first, _ in first })
        let textSize = submission.documents.reduce(0) { $0 + $1.blocks.reduce(0) { $0 + $1.text.utf8.count } }
        let title = "\(words.submission): \(submission.id)"
        let headers = TableHeaders(submission)
        var html = HTMLBuffer(reservingCapacity: textSize * 2 + 64 * 1024)
        html.raw("<!DOCTYPE html>\n<html lang=\"\(words.lang)\"><head><meta charset=\"utf-8\">\n")
        html.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        html.text(title)
        html.raw("</title>\n<style>\(HTMLStyle.css)\n@media print { @page { @top-center { content: \"")
        // Raw: a style element's text is not HTML, its entities would print as written.
        html.raw(Self.cssString(title))
        html.raw("\"; font-size: 8pt; } } }</style></head><body>\n<nav data-page=\"")
        html.text(HTML.pageName(forSubmission: submission.id))
        html.raw("\"><a href=\"../index.html\">")
        html.text(words.backToRound)
        html.raw("</a> <a class=\"previous\" hidden>")
        html.text(words.previous)
        html.raw("</a> <a class=\"next\" hidden>")
        html.text(words.next)
        html.raw("</a></nav>\n<h1>")
        html.text(title)
        html.raw("</h1>\n<p><button type=\"button\" class=\"print\" hidden>")
        html.text(words.printSummary)
        html.raw("</button><button type=\"button\" class=\"print\" data-full=\"1\" hidden>")
        html.text(words.printWithFullText)
        html.raw("</button></p>\n")
        facts(submission, applicant: judgement.applicant, words: words, into: &html)
        files(submission, words: words, into: &html)
        html.raw(unreadableBanner(submission, words))
        summary(listed, headers: headers, words: words, into: &html)
        for criterion in lexicon.criteria {
            let status = judgement.criteria[criterion.id]?.shown.rawValue ?? "missing"
            let single = criterion.indicators == [criterion.id]
            html.raw("<section class=\"criterion\"><h2 id=\"\(HTML.anchor(criterion.id))\">")
            html.text("\(criterion.id) \(name(criterion.name))")
            html.raw(" · \(statusBadge(status, words))</h2>\n")
            if !single {
                html.raw("<p class=\"explanation\">")
                html.text(Explanations.criterion(criterion, judgement, language: language))
                html.raw("</p>\n")
            }
            for id in criterion.indicators {
                guard let indicator = lexicon.indicators.first(where: { $0.id == id }), let decided = listed.indicators[id] else { continue }
                if single {
                    html.raw("<section class=\"indicator\" id=\"\(HTML.anchor(id))-indicator\">")
                } else {
                    html.raw("<section class=\"indicator\" id=\"\(HTML.anchor(id))\"><h3>")
                    html.text("\(id) \(name(indicator.name))")
                    html.raw(" · \(statusBadge(decided.shown.rawValue, words))</h3>\n")
                }
                html.raw("<p class=\"explanation\">")
                html.text(Explanations.indicator(decided, language: language))
                html.raw("</p>\n")
                let omitted = decided.evidenceOmitted ?? 0
                let counted = decided.evidence.filter(\.counted)
                let others = decided.evidence.filter { !$0.counted }
                if counted.isEmpty {
                    html.raw("<p>")
                    html.text(words.noEvidence)
                    html.raw("</p>\n")
                } else {
                    html.raw("<h4>")
                    html.text(words.evidence)
                    html.raw("</h4><ol class=\"evidence\">\n")
                    for group in Self.merged(counted) {
                        passage(group.first, alsoAt: group.others, documentIndex: documentIndex, headers: headers, words: words, into: &html)
                    }
                    html.raw("</ol>\n")
                }
                if !others.isEmpty {
                    html.raw("<details><summary>")
                    html.text("\(words.notCounted) (\(others.count))")
                    html.raw("</summary><ol class=\"not-counted\">\n")
                    for group in Self.merged(others) {
                        passage(group.first, alsoAt: group.others, documentIndex: documentIndex, headers: headers, words: words, into: &html)
                    }
                    html.raw("</ol></details>\n")
                }
                if omitted > 0 {
                    html.raw("<p class=\"not-listed\">")
                    html.text(words.notListed(omitted))
                    html.raw("</p>\n")
                }
                html.raw("</section>\n")
            }
            html.raw("</section>\n")
        }
        fullText(submission, judgement: judgement, words: words, into: &html)
        html.raw(audit.footer(words, lexiconName: name(lexicon.scheme.name), inputSHA256: submission.inputSHA256))
        html.raw("<script src=\"\(RoundIndexWriter.fileName)\"></script>\n<script>\(HTMLStyle.pageScript)</script>\n</body></html>\n")
        return html.bytes
    }

    /// The inside of a CSS string for a `content` value, safe inside a style element: quotes,
    /// backslashes, `<`, `>`, `&` and control characters as CSS escapes (`\3c `).
    static func cssString(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\", "<", ">", "&": escaped += "\\" + String(scalar.value, radix: 16) + " "
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: escaped += "\\" + String(scalar.value, radix: 16) + " "
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// The applicant as the documents name it, each name with where it was found, and the source.
    private func facts(_ submission: Submission, applicant: Applicant?, words: ReportWords, into html: inout HTMLBuffer) {
        html.raw("<table class=\"facts\">\n")
        func row(_ label: String, _ found: [Applicant.Named]) {
            html.raw("<tr><th scope=\"row\">")
            html.text(label)
            html.raw("</th><td>")
            if found.isEmpty {
                html.raw("<em>")
                html.text(words.notFoundInText)
                html.raw("</em>")
            }
            for (index, named) in found.enumerated() {
                if index > 0 { html.raw(", ") }
                html.text(named.name)
                html.raw(" <span class=\"found\">(")
                html.text(location(file: named.file, part: named.location.part, headingPath: named.location.headingPath, cell: named.location.cell, words: words))
                html.raw(")</span>")
            }
            html.raw("</td></tr>\n")
        }
        row(words.applicant, [applicant?.organisation].compactMap { $0 })
        row(words.place, [applicant?.village, applicant?.parish].compactMap { $0 })
        html.raw("<tr><th scope=\"row\">")
        html.text(words.source)
        html.raw("</th><td>")
        html.text(submission.source)
        html.raw("</td></tr>\n</table>\n")
    }

    /// A section's title (its id `name`) and the head of its table (of class `name`), up to the
    /// opened body.
    private static func openTable(_ name: String, title: String, columns: [String], into html: inout HTMLBuffer) {
        html.raw("<h2 id=\"\(name)\">")
        html.text(title)
        html.raw("</h2>\n<table class=\"\(name)\"><thead><tr>")
        for column in columns {
            html.raw("<th scope=\"col\">")
            html.text(column)
            html.raw("</th>")
        }
        html.raw("</tr></thead><tbody>\n")
    }

    /// Every file of the submission with its status: read, not read and why, or not assessed.
    private func files(_ submission: Submission, words: ReportWords, into html: inout HTMLBuffer) {
        guard !submission.files.isEmpty else { return }
        Self.openTable("files", title: words.filesSubmitted, columns: [words.fileColumn, words.formatColumn, words.statusColumn], into: &html)
        for file in submission.files {
            let unread = file.needsAttention
            html.raw(unread ? "<tr><td class=\"unread\">" : "<tr><td>")
            html.text(file.path)
            if file.nameUncertain == true {
                html.raw(" <span class=\"found\">(")
                html.text(words.nameGuessed(file.nameEncoding ?? "?"))
                html.raw(")</span>")
            }
            html.raw("</td><td>")
            html.text(file.format.rawValue.uppercased())
            html.raw(unread ? "</td><td class=\"unread\">" : "</td><td>")
            if file.isNotADocument {
                html.text(words.fileNotAssessed)
            } else if unread || file.status != .read {
                html.text(language.reason(for: file))
            } else {
                html.text(words.fileRead)
            }
            html.raw("</td></tr>\n")
        }
        html.raw("</tbody></table>\n")
    }

    /// One row per indicator, in the scheme's order: its status, the first counted passage and
    /// where it is, linking down to the indicator's section.
    private func summary(_ listed: Judgement, headers: TableHeaders, words: ReportWords, into html: inout HTMLBuffer) {
        Self.openTable(
            "summary", title: words.summary, columns: [words.indicator, words.statusColumn, words.bestQuote, words.fileAndLocation], into: &html
        )
        for criterion in lexicon.criteria {
            for id in criterion.indicators {
                guard let indicator = lexicon.indicators.first(where: { $0.id == id }), let decided = listed.indicators[id] else { continue }
                // A criterion that is its own indicator (C1, C2) goes by the criterion's name, as
                // its section's heading does.
                let single = criterion.indicators == [criterion.id]
                html.raw("<tr><td><a href=\"#\(single ? HTML.anchor(criterion.id) : HTML.anchor(id))\">")
                html.text("\(id) \(name(single ? criterion.name : indicator.name))")
                html.raw("</a></td><td>\(statusBadge(decided.shown.rawValue, words))</td>")
                if let best = decided.evidence.first(where: \.counted) {
                    html.raw("<td class=\"quote\">")
                    html.highlighted(best.text, marks: best.matches.map { HTMLBuffer.Mark(range: $0.start..<$0.end, negated: $0.negated) })
                    html.raw("</td><td class=\"where\">")
                    html.text(location(best, headers: headers, words: words))
                    html.raw("</td></tr>\n")
                } else {
                    html.raw("<td class=\"quote\">")
                    html.text(Explanations.indicator(decided, language: language))
                    html.raw("</td><td class=\"where\">")
                    html.text(words.noQuote)
                    html.raw("</td></tr>\n")
                }
            }
        }
        html.raw("</tbody></table>\n")
    }

    private func name(_ text: LexiconFile.LocalizedText) -> String {
        language == .lv ? text.lv : text.en
    }

    /// A cue longer than this is a template sentence, which the passage itself already shows.
    private static let longestCueShown = 40

    private func statusBadge(_ status: String, _ words: ReportWords) -> String {
        "<span class=\"status \(status)\">\(ReportWords.symbol(status)) \(HTML.escape(words.status(status)))</span>"
    }

    private func unreadableBanner(_ submission: Submission, _ words: ReportWords) -> String {
        let items = UnreadFiles.entries(submission, language: language).map { "<li>\(HTML.escape($0.name)) — \(HTML.escape($0.reason))</li>" }
        guard !items.isEmpty else { return "" }
        return "<div class=\"banner\" role=\"alert\"><p>\(HTML.escape(words.unreadableBanner))</p><ul>\(items.joined())</ul></div>\n"
    }

    /// Passages that say the same words — a page header repeated on every page, a sentence
    /// pasted twice — listed once, with every place they stand. (The same words: the judge cuts
    /// sentences from the text as written, so a repeat is a repeat byte for byte.)
    static func merged(_ passages: [Evidence]) -> [(first: Evidence, others: [Evidence])] {
        var groups: [(first: Evidence, others: [Evidence])] = []
        var index: [String: Int] = [:]
        for passage in passages {
            let key = passage.text + "\u{0}" + (passage.notCountedBecause ?? "")
            if let at = index[key] {
                groups[at].others.append(passage)
            } else {
                index[key] = groups.count
                groups.append((passage, []))
            }
        }
        return groups
    }

    private func passage(
        _ evidence: Evidence, alsoAt others: [Evidence], documentIndex: [String: Int], headers: TableHeaders, words: ReportWords,
        into html: inout HTMLBuffer
    ) {
        html.raw("<li><blockquote>")
        if !evidence.context.before.isEmpty {
            html.raw("<span class=\"context\">")
            html.text(evidence.context.before)
            html.raw("</span> ")
        }
        html.raw("<span class=\"sentence\">")
        html.highlighted(evidence.text, marks: evidence.matches.map { HTMLBuffer.Mark(range: $0.start..<$0.end, negated: $0.negated) })
        html.raw("</span>")
        if !evidence.context.after.isEmpty {
            html.raw(" <span class=\"context\">")
            html.text(evidence.context.after)
            html.raw("</span>")
        }
        html.raw("</blockquote><p class=\"where\">")
        html.text(location(evidence, headers: headers, words: words))
        if !others.isEmpty {
            html.text(" · \(words.alsoAt): " + others.map { location($0, headers: headers, words: words) }.joined(separator: "; "))
        }
        if evidence.counted {
            html.raw(" · ")
            html.text(evidence.strength == "strong" ? words.direct : words.indirect)
        }
        if let why = evidence.notCountedBecause {
            html.raw(" · <em>")
            html.text(words.why(why))
            // The word that decided it: "about someone else (rakstīja)".
            if let cue = evidence.claim?.cue, cue.count <= Self.longestCueShown {
                html.text(" („\(cue)”)")
            }
            html.raw("</em>")
        }
        // A passage that counts, but only as a plan or wish an indicator takes (C2's goals).
        if evidence.counted, let mode = evidence.matches.lazy.compactMap(\.mode).first {
            html.raw(" · ")
            html.text(mode == .hypothetical ? words.wished : words.planned)
        }
        if let heading = evidence.answersHeading {
            html.raw(" · ")
            html.text("\(words.answerUnder) „\(heading)”")
        }
        if let document = documentIndex[evidence.file] {
            html.raw(" · <a href=\"#d")
            html.number(document)
            html.raw("-b")
            html.number(evidence.ordinal)
            html.raw("\">")
            html.text(words.showInText)
            html.raw("</a>")
        }
        html.raw("</p></li>\n")
    }

    /// Where a passage is, and for a table cell the headers of its row and column.
    private func location(_ evidence: Evidence, headers: TableHeaders, words: ReportWords) -> String {
        let place = location(file: evidence.file, part: evidence.part, headingPath: evidence.headingPath, cell: evidence.cell, words: words)
        let (row, column) = headers.headers(of: evidence.cell, in: evidence.file)
        let named = [row.map(words.inRow), column.map(words.inColumn)].compactMap { $0 }
        return named.isEmpty ? place : place + " (" + named.joined(separator: ", ") + ")"
    }

    /// "Pieteikums.docx › pamatteksts › 2. Mērķi › tabula 1, rinda 2, kolonna 3".
    private func location(file: String, part: DocumentPart, headingPath: [String], cell: TableCellAddress?, words: ReportWords) -> String {
        ([file] + words.place(part: part, headingPath: headingPath, cell: cell)).joined(separator: " › ")
    }

    /// Every document's blocks, each with an id the passages link to, all matches highlighted.
    private func fullText(_ submission: Submission, judgement: Judgement, words: ReportWords, into html: inout HTMLBuffer) {
        guard !submission.documents.isEmpty else { return }
        // Without the judge's highlights (a judgement read back from a map), the listed passages
        // by document and block, to be placed in their blocks' text. A passage names its document
        // by the path it was given, the very string: found by bytes among a few documents, not
        // hashed for each of hundreds of passages.
        let documents = submission.documents
        var passages = [[Int: [Highlight]]](repeating: [:], count: documents.count)
        if judgement.highlights == nil {
            var document = 0
            for (index, indicator) in lexicon.indicators.enumerated() {
                let bit = Highlights.bit(ofIndicatorAt: index)
                for evidence in judgement.indicators[indicator.id]?.evidence ?? [] {
                    if !documents[document].path.hasSameUTF8(as: evidence.file) {
                        guard let other = documents.firstIndex(where: { $0.path.hasSameUTF8(as: evidence.file) }) else { continue }
                        document = other
                    }
                    passages[document][evidence.ordinal, default: []].append(
                        Highlight(sentence: evidence.text, offset: evidence.textOffset, matches: evidence.matches, indicator: bit, counted: evidence.counted)
                    )
                }
            }
        }
        let ids = lexicon.indicators.map(\.id)
        // A page has thousands of marks and a few dozen kinds of them: each label made once.
        var labels: [LabelKind: [UInt8]] = [:]
        let label = { (mark: HTMLBuffer.Mark) -> [UInt8] in
            let key = LabelKind(countsFor: mark.countsFor, mentionedFor: mark.mentionedFor, negated: mark.negated)
            if let made = labels[key] { return made }
            let made = Self.label(mark, ids: ids, words: words)
            labels[key] = made
            return made
        }
        html.raw("<section class=\"fulltext\"><h2>")
        html.text(words.fullText)
        html.raw("</h2>\n")
        for (index, document) in documents.enumerated() {
            let inDocument = passages[index]
            let placed = judgement.highlights?.marks(inDocument: index)
            html.raw("<article class=\"document\" id=\"d\(index + 1)\"><h3>")
            html.text(document.path)
            html.raw("</h3>\n")
            for block in document.blocks {
                html.raw("<p id=\"d")
                html.number(index + 1)
                html.raw("-b")
                html.number(block.location.ordinal)
                html.raw("\" class=\"")
                html.raw(block.kind.rawValue)
                html.raw("\">")
                if block.location.part != .body {
                    html.raw("<span class=\"part\">[")
                    html.text(words.part(block.location.part.rawValue))
                    html.raw("]</span>")
                }
                let marks = placed.map { Self.marks(in: $0, ordinal: block.location.ordinal) }
                    ?? Self.marks(of: inDocument[block.location.ordinal] ?? [], in: block.text)
                html.highlighted(block.text, marks: marks, lineBreaks: true, label: label)
                html.raw("</p>\n")
            }
            html.raw("</article>\n")
        }
        html.raw("</section>\n")
    }

    /// What a highlight's label depends on: marks alike in it share one label.
    private struct LabelKind: Hashable {
        var countsFor: UInt64
        var mentionedFor: UInt64
        var negated: Bool
    }

    /// The opening tag of a highlight in the full text: a title naming the indicators it counts
    /// for (and those it was cited for without counting), and a visible marker of the first.
    private static func label(_ mark: HTMLBuffer.Mark, ids: [String], words: ReportWords) -> [UInt8] {
        func named(_ bits: UInt64) -> [String] {
            ids.indices.filter { bits & Highlights.bit(ofIndicatorAt: $0) != 0 }.map { ids[$0] }
        }
        let counted = named(mark.countsFor)
        let others = named(mark.mentionedFor & ~mark.countsFor)
        var title: [String] = []
        if !counted.isEmpty { title.append(words.countsFor(counted.joined(separator: ", "))) }
        if !others.isEmpty { title.append("\(words.countsForNone): \(others.joined(separator: ", "))") }
        var classes: [String] = []
        if counted.isEmpty { classes.append("other") }
        if mark.negated { classes.append("negated") }
        var tag = "<mark"
        if !classes.isEmpty { tag += " class=\"\(classes.joined(separator: " "))\"" }
        tag += " title=\"\(HTML.escape(title.joined(separator: " · ")))\""
        if !counted.isEmpty { tag += " data-for=\"\(HTML.escape(counted.joined(separator: " ")))\"" }
        return Array((tag + ">").utf8)
    }

    /// The marks placed in the block with `ordinal`, from a document's marks in ordinal order.
    private static func marks(in placed: [Highlights.Placed], ordinal: Int) -> [HTMLBuffer.Mark] {
        // The first mark of the block, by halving; most blocks have none.
        var low = 0
        var high = placed.count
        while low < high {
            let middle = (low + high) / 2
            if placed[middle].ordinal < ordinal { low = middle + 1 } else { high = middle }
        }
        var marks: [HTMLBuffer.Mark] = []
        while low < placed.count, placed[low].ordinal == ordinal {
            let mark = placed[low].mark
            marks.append(HTMLBuffer.Mark(range: mark.start..<mark.end, negated: mark.negated, countsFor: mark.countsFor, mentionedFor: mark.mentionedFor))
            low += 1
        }
        return marks
    }

    /// What the full text needs of a passage: its sentence and its matches.
    private struct Highlight {
        var sentence: String
        /// Where the sentence starts in the block, when the passage knows.
        var offset: Int?
        var matches: [MatchedTerm]
        /// The bit of the indicator it was cited for (``Highlights/bit(ofIndicatorAt:)``).
        var indicator: UInt64
        var counted: Bool
    }

    /// The passages' matches as marks in their block's text: each match's offsets moved by
    /// where its sentence starts in the block — known to a passage found in this run, searched
    /// for otherwise.
    private static func marks(of passages: [Highlight], in text: String) -> [HTMLBuffer.Mark] {
        guard !passages.isEmpty else { return [] }
        // The same sentence is a passage for several indicators: search for it once. Compared
        // by bytes, as the passages were cut from this very text.
        var offsets: [(sentence: String, offset: Int?)] = []
        var marks: [HTMLBuffer.Mark] = []
        for passage in passages {
            let offset: Int?
            if let known = passage.offset {
                offset = known
            } else if let known = offsets.first(where: { $0.sentence.hasSameUTF8(as: passage.sentence) }) {
                offset = known.offset
            } else {
                offset = utf16Offset(of: passage.sentence, in: text)
                offsets.append((passage.sentence, offset))
            }
            guard let offset else { continue }
            for match in passage.matches {
                marks.append(
                    HTMLBuffer.Mark(
                        range: (offset + match.start)..<(offset + match.end), negated: match.negated,
                        countsFor: passage.counted ? passage.indicator : 0, mentionedFor: passage.counted ? 0 : passage.indicator
                    )
                )
            }
        }
        return marks
    }

    /// Where `needle` first occurs in `text`, in UTF-16 units (the unit of match offsets).
    private static func utf16Offset(of needle: String, in text: String) -> Int? {
        var text = text
        var needle = needle
        return text.withUTF8 { haystack -> Int? in
            needle.withUTF8 { pattern -> Int? in
                guard let first = pattern.first, pattern.count <= haystack.count,
                    let haystackBase = haystack.baseAddress, let patternBase = pattern.baseAddress
                else { return pattern.isEmpty ? 0 : nil }
                var units = 0
                for start in 0...(haystack.count - pattern.count) {
                    let byte = haystack[start]
                    if byte == first, memcmp(haystackBase + start, patternBase, pattern.count) == 0 {
                        return units
                    }
                    if byte & 0xC0 != 0x80 { units += byte >= 0xF0 ? 2 : 1 }
                }
                return nil
            }
        }
    }
}
