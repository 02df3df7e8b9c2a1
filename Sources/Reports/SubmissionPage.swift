public import Decisions
public import DocumentModel
public import Foundation
public import Lexicon
import UTF8Text

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
        let strings = HTMLStrings.forLanguage(language)
        // Paths are unique within a submission (the reader numbers repeats); the first holds if not.
        let documentIndex = Dictionary(submission.documents.enumerated().map { ($0.element.path, $0.offset + 1) }, uniquingKeysWith: { first, _ in first })
        let textSize = submission.documents.reduce(0) { $0 + $1.blocks.reduce(0) { $0 + $1.text.utf8.count } }
        var html = HTMLBuffer(reservingCapacity: textSize * 2 + 64 * 1024)
        html.raw("<!DOCTYPE html>\n<html lang=\"\(strings.lang)\"><head><meta charset=\"utf-8\">\n")
        html.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        html.text("\(strings.submission): \(submission.id)")
        html.raw("</title>\n<style>\(HTMLStyle.css)</style></head><body>\n<nav><a href=\"../index.html\">")
        html.text(strings.backToRound)
        html.raw("</a></nav>\n<h1>")
        html.text("\(strings.submission): \(submission.id)")
        html.raw("</h1>\n<p>")
        html.text("\(strings.source): \(submission.source)")
        html.raw("</p>\n")
        html.raw(unreadableBanner(submission, strings))
        for criterion in lexicon.criteria {
            let status = judgement.criteria[criterion.id]?.shown.rawValue ?? "missing"
            let single = criterion.indicators == [criterion.id]
            html.raw("<section class=\"criterion\"><h2 id=\"\(HTML.anchor(criterion.id))\">")
            html.text("\(criterion.id) \(name(criterion.name))")
            html.raw(" · \(statusBadge(status, strings))</h2>\n")
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
                    html.raw(" · \(statusBadge(decided.shown.rawValue, strings))</h3>\n")
                }
                html.raw("<p class=\"explanation\">")
                html.text(Explanations.indicator(decided, language: language))
                html.raw("</p>\n")
                let omitted = decided.evidenceOmitted ?? 0
                let counted = decided.evidence.filter(\.counted)
                let others = decided.evidence.filter { !$0.counted }
                if counted.isEmpty {
                    html.raw("<p>")
                    html.text(strings.noEvidence)
                    html.raw("</p>\n")
                } else {
                    html.raw("<h4>")
                    html.text(strings.evidence)
                    html.raw("</h4><ol class=\"evidence\">\n")
                    for evidence in counted { passage(evidence, documentIndex: documentIndex, strings: strings, into: &html) }
                    html.raw("</ol>\n")
                }
                if !others.isEmpty {
                    html.raw("<details><summary>")
                    html.text("\(strings.notCounted) (\(others.count))")
                    html.raw("</summary><ol class=\"not-counted\">\n")
                    for evidence in others { passage(evidence, documentIndex: documentIndex, strings: strings, into: &html) }
                    html.raw("</ol></details>\n")
                }
                if omitted > 0 {
                    html.raw("<p class=\"not-listed\">")
                    html.text(strings.notListed(omitted))
                    html.raw("</p>\n")
                }
                html.raw("</section>\n")
            }
            html.raw("</section>\n")
        }
        fullText(submission, judgement: judgement, strings: strings, into: &html)
        html.raw("<footer>")
        html.text("\(strings.generated) \(tool.name) \(tool.version)")
        html.raw("</footer>\n</body></html>\n")
        return html.bytes
    }

    private func name(_ text: LexiconFile.LocalizedText) -> String {
        language == .lv ? text.lv : text.en
    }

    /// A cue longer than this is a template sentence, which the passage itself already shows.
    private static let longestCueShown = 40

    private func statusBadge(_ status: String, _ strings: HTMLStrings) -> String {
        "<span class=\"status \(status)\">\(HTMLStrings.symbol(status)) \(HTML.escape(strings.status(status)))</span>"
    }

    private func unreadableBanner(_ submission: Submission, _ strings: HTMLStrings) -> String {
        var items: [String] = []
        if submission.container.status != .read {
            items.append("<li>\(HTML.escape(submission.source)) — \(HTML.escape(language.reason(for: submission.container)))</li>")
        }
        for file in submission.files where file.needsAttention {
            items.append("<li>\(HTML.escape(file.path)) — \(HTML.escape(language.reason(for: file)))</li>")
        }
        guard !items.isEmpty else { return "" }
        return "<div class=\"banner\" role=\"alert\"><p>\(HTML.escape(strings.unreadableBanner))</p><ul>\(items.joined())</ul></div>\n"
    }

    private func passage(_ evidence: Evidence, documentIndex: [String: Int], strings: HTMLStrings, into html: inout HTMLBuffer) {
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
        html.text(location(evidence))
        if let why = evidence.notCountedBecause {
            html.raw(" · <em>")
            html.text(strings.why[why] ?? why)
            // The word that decided it: "about someone else (rakstīja)".
            if let cue = evidence.claim?.cue, cue.count <= Self.longestCueShown {
                html.text(" („\(cue)”)")
            }
            html.raw("</em>")
        }
        // A passage that counts, but only as a plan or wish an indicator takes (C2's goals).
        if evidence.counted, let mode = evidence.matches.lazy.compactMap(\.mode).first {
            html.raw(" · ")
            html.text(strings.mode(mode))
        }
        if let heading = evidence.answersHeading {
            html.raw(" · ")
            html.text("\(strings.answerUnder) „\(heading)”")
        }
        if let document = documentIndex[evidence.file] {
            html.raw(" · <a href=\"#d")
            html.number(document)
            html.raw("-b")
            html.number(evidence.ordinal)
            html.raw("\">")
            html.text(strings.showInText)
            html.raw("</a>")
        }
        html.raw("</p></li>\n")
    }

    private func location(_ evidence: Evidence) -> String {
        var parts = [evidence.file, language.part(evidence.part.rawValue)] + evidence.headingPath
        if let cell = evidence.cell { parts.append(language.cell(table: cell.table, row: cell.row, column: cell.column)) }
        return parts.joined(separator: " › ")
    }

    /// Every document's blocks, each with an id the passages link to, all matches highlighted.
    private func fullText(_ submission: Submission, judgement: Judgement, strings: HTMLStrings, into html: inout HTMLBuffer) {
        guard !submission.documents.isEmpty else { return }
        // Without the judge's highlights (a judgement read back from a map), the listed passages
        // by document and block, to be placed in their blocks' text. A passage names its document
        // by the path it was given, the very string: found by bytes among a few documents, not
        // hashed for each of hundreds of passages.
        let documents = submission.documents
        var passages = [[Int: [Highlight]]](repeating: [:], count: documents.count)
        if judgement.highlights == nil {
            var document = 0
            for evidence in judgement.indicators.values.lazy.flatMap(\.evidence) {
                if !documents[document].path.hasSameUTF8(as: evidence.file) {
                    guard let other = documents.firstIndex(where: { $0.path.hasSameUTF8(as: evidence.file) }) else { continue }
                    document = other
                }
                passages[document][evidence.ordinal, default: []].append(
                    Highlight(sentence: evidence.text, offset: evidence.textOffset, matches: evidence.matches)
                )
            }
        }
        html.raw("<section class=\"fulltext\"><h2>")
        html.text(strings.fullText)
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
                    html.text(language.part(block.location.part.rawValue))
                    html.raw("]</span>")
                }
                let marks = placed.map { Self.marks(in: $0, ordinal: block.location.ordinal) }
                    ?? Self.marks(of: inDocument[block.location.ordinal] ?? [], in: block.text)
                html.highlighted(block.text, marks: marks, lineBreaks: true)
                html.raw("</p>\n")
            }
            html.raw("</article>\n")
        }
        html.raw("</section>\n")
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
            marks.append(HTMLBuffer.Mark(range: mark.start..<mark.end, negated: mark.negated))
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
                marks.append(HTMLBuffer.Mark(range: (offset + match.start)..<(offset + match.end), negated: match.negated))
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
