import DocumentModel
import LatvianLanguage
import Lexicon

/// Finds the passages of a submission that mention lexicon terms, and decides for each match
/// whether it is denied in its clause and whether it can count at all (headings and template
/// labels cannot).
struct PassageFinder {
    let matcher: Matcher

    /// A passage before it is assigned to indicators.
    struct Found {
        var evidence: Evidence
        /// The owners (indicators, resource types) each match is for, parallel to `evidence.matches`.
        var owners: [TermOwner]
    }

    func passages(in document: ReadDocument) -> [Found] {
        var found: [Found] = []
        let rows = Dictionary(grouping: document.blocks.filter { $0.location.cell != nil }) { block -> String in
            block.location.cell.map { "\(block.location.part.rawValue)/\($0.table)/\($0.row)" } ?? ""
        }
        for (position, block) in document.blocks.enumerated() {
            let tokens = Tokenizer.tokens(in: block.text)
            let matches = matcher.matches(in: tokens)
            guard !matches.isEmpty else { continue }
            let units = Array(block.text.utf16)
            let sentences = SentenceSplitter.sentences(in: block.text)
            let label = labelReason(block, position: position, in: document, rows: rows, matches: matches, tokens: tokens)
            for (sentenceIndex, sentence) in sentences.enumerated() {
                let inSentence = matches.filter { $0.start >= sentence.start && $0.end <= sentence.end }
                guard !inSentence.isEmpty else { continue }
                let sentenceTokens = tokens.indices.filter { tokens[$0].start >= sentence.start && tokens[$0].end <= sentence.end }
                var matched: [MatchedTerm] = []
                var owners: [TermOwner] = []
                for match in inSentence {
                    let term = matcher.terms[match.term]
                    let negated = isNegated(match, tokens: tokens, sentenceTokens: sentenceTokens, units: units)
                    matched.append(
                        MatchedTerm(
                            term: term.text, lemma: term.lemma, start: match.start - sentence.start, end: match.end - sentence.start,
                            strength: term.strength.rawValue, negated: negated, folded: match.viaFolding ? true : nil
                        )
                    )
                    owners.append(term.owner)
                }
                let text = Self.slice(units, sentence.start, sentence.end)
                let before = sentenceIndex > 0 ? Self.slice(units, sentences[sentenceIndex - 1].start, sentences[sentenceIndex - 1].end) : ""
                let after =
                    sentenceIndex + 1 < sentences.count
                    ? Self.slice(units, sentences[sentenceIndex + 1].start, sentences[sentenceIndex + 1].end) : ""
                let evidence = Evidence(
                    file: document.path, part: block.location.part, headingPath: block.location.headingPath,
                    cell: block.location.cell, ordinal: block.location.ordinal, text: text,
                    context: Evidence.Context(before: before, after: after), matches: matched, negated: false,
                    counted: true, notCountedBecause: label, strength: LexiconFile.Strength.supporting.rawValue
                )
                found.append(Found(evidence: evidence, owners: owners))
            }
        }
        return found
    }

    // MARK: Negation

    /// Whether a cue in the match's clause denies it. The clause runs from the last boundary
    /// (`,` `;` `:` a dash, or `bet`/`taču`/…) before the match to the first one after it.
    private func isNegated(_ match: TermMatch, tokens: [Token], sentenceTokens: [Int], units: [UInt16]) -> Bool {
        guard let first = sentenceTokens.first, let last = sentenceTokens.last else { return false }
        var clauseStart = first
        var index = match.tokens.lowerBound
        while index > first {
            if isBoundary(between: index - 1, and: index, tokens: tokens, units: units) { break }
            index -= 1
        }
        clauseStart = index
        var clauseEnd = match.tokens.upperBound - 1
        while clauseEnd < last {
            if isBoundary(between: clauseEnd, and: clauseEnd + 1, tokens: tokens, units: units) { break }
            clauseEnd += 1
        }
        for position in clauseStart...clauseEnd where !match.tokens.contains(position) {
            let key = TextNormalizer.key(tokens[position].text)
            if NegationCues.cues.contains(key) || matcher.negatedForms.contains(key) { return true }
        }
        return false
    }

    private func isBoundary(between left: Int, and right: Int, tokens: [Token], units: [UInt16]) -> Bool {
        let gap = Self.slice(units, tokens[left].end, tokens[right].start)
        if NegationCues.isClauseBoundary(Substring(gap)) { return true }
        return NegationCues.clauseBreakers.contains(TextNormalizer.key(tokens[right].text))
    }

    // MARK: Labels

    /// Why a block's mentions cannot count on their own: it is a heading, or a template label
    /// with nothing filled in next to it (an empty row, a "—").
    private func labelReason(
        _ block: TextBlock,
        position: Int,
        in document: ReadDocument,
        rows: [String: [TextBlock]],
        matches: [TermMatch],
        tokens: [Token]
    ) -> String? {
        if block.kind == .heading { return "heading" }
        if let cell = block.location.cell {
            let row = rows["\(block.location.part.rawValue)/\(cell.table)/\(cell.row)"] ?? []
            let filled = row.contains { $0.location.ordinal != block.location.ordinal && !Self.isEmptyAnswer($0.text) }
            if !filled && row.count > 1 || (row.count == 1 && cell.column == 1 && Self.tableHasColumns(document, cell)) {
                return "template label with nothing filled in"
            }
        }
        // "Lēmumu pieņemšana: —" or a label line followed by an empty answer.
        let covered = Set(matches.flatMap { Array($0.tokens) })
        let rest = tokens.indices.filter { !covered.contains($0) }.map { tokens[$0].text }.joined()
        let trimmed = block.text.trimmingCharacters(in: " \t")
        if rest.count < 3, trimmed.hasSuffix(":") || trimmed.hasSuffix("—") || trimmed.hasSuffix("–") || trimmed.hasSuffix("-") {
            return "template label with nothing filled in"
        }
        if trimmed.hasSuffix(":"), position + 1 < document.blocks.count, Self.isEmptyAnswer(document.blocks[position + 1].text) {
            return "template label with nothing filled in"
        }
        return nil
    }

    private static func tableHasColumns(_ document: ReadDocument, _ cell: TableCellAddress) -> Bool {
        document.blocks.contains { ($0.location.cell?.table == cell.table) && ($0.location.cell?.column ?? 0) > 1 }
    }

    /// A cell or paragraph that answers nothing: empty, a dash, dots.
    static func isEmptyAnswer(_ text: String) -> Bool {
        text.allSatisfy { $0.isWhitespace || "—–-.…_/".contains($0) }
    }

    static func slice(_ units: [UInt16], _ start: Int, _ end: Int) -> String {
        guard start < end, start >= 0, end <= units.count else { return "" }
        return String(decoding: units[start..<end], as: UTF16.self)
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let last = text.last, set.contains(last) || last.isWhitespace { text = text.dropLast() }
        while let first = text.first, set.contains(first) || first.isWhitespace { text = text.dropFirst() }
        return String(text)
    }
}
