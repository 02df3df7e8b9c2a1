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
        /// The owners (indicators, resource types) each match is for, as numbered in
        /// ``Matcher/owners``, parallel to `evidence.matches`.
        var owners: [Int]
        /// Where the passage's block is: an index into the submission's documents, and into
        /// that document's blocks.
        var document: Int
        var block: Int
    }

    /// The passages of `document`, the submission's document number `documentIndex`.
    func passages(in document: ReadDocument, documentIndex: Int) -> [Found] {
        var found: [Found] = []
        // Table rows by address, as block numbers: a label is judged by what its row holds.
        var rows: [RowAddress: [Int]] = [:]
        for (position, block) in document.blocks.enumerated() {
            guard let cell = block.location.cell else { continue }
            rows[RowAddress(part: block.location.part, table: cell.table, row: cell.row), default: []].append(position)
        }
        for (position, block) in document.blocks.enumerated() {
            let scanned = matcher.scan(block.text)
            let matches = scanned.matches
            guard !matches.isEmpty else { continue }
            let words = scanned.words
            var sentences = SentenceTexts(block.text)
            let label = labelReason(block, position: position, in: document, rows: rows, matches: matches, words: words)
            // Matches and words come in text order, sentences too: one sweep assigns them.
            var nextMatch = 0
            var nextWord = 0
            for sentenceIndex in sentences.ranges.indices {
                let sentence = sentences.ranges[sentenceIndex]
                while nextMatch < matches.count, matches[nextMatch].start < sentence.start { nextMatch += 1 }
                let firstMatch = nextMatch
                while nextMatch < matches.count, matches[nextMatch].start < sentence.end { nextMatch += 1 }
                // A phrase running over the sentence's end belongs to neither sentence.
                let inSentence = matches[firstMatch..<nextMatch].filter { $0.end <= sentence.end }
                guard !inSentence.isEmpty else { continue }
                while nextWord < words.count, words[nextWord].scanned.utf16Start < sentence.start { nextWord += 1 }
                var endWord = nextWord
                while endWord < words.count, words[endWord].scanned.utf16End <= sentence.end { endWord += 1 }
                let sentenceWords = nextWord..<endWord
                var matched: [MatchedTerm] = []
                var owners: [Int] = []
                matched.reserveCapacity(inSentence.count)
                owners.reserveCapacity(inSentence.count)
                for match in inSentence {
                    let term = matcher.terms[match.term]
                    let negated = isNegated(match, words: words, sentenceWords: sentenceWords, in: block.text)
                    matched.append(
                        MatchedTerm(
                            term: term.text, lemma: term.lemma, start: match.start - sentence.start, end: match.end - sentence.start,
                            strength: term.strength.rawValue, negated: negated, folded: match.viaFolding ? true : nil
                        )
                    )
                    owners.append(term.ownerIndex)
                }
                let text = sentences.text(sentenceIndex)
                let before = sentenceIndex > 0 ? sentences.text(sentenceIndex - 1) : ""
                let after = sentenceIndex + 1 < sentences.ranges.count ? sentences.text(sentenceIndex + 1) : ""
                let evidence = Evidence(
                    file: document.path, part: block.location.part, headingPath: block.location.headingPath,
                    cell: block.location.cell, ordinal: block.location.ordinal, text: text,
                    context: Evidence.Context(before: before, after: after), matches: matched, negated: false,
                    counted: true, notCountedBecause: label ?? (text.utf8.last == 0x3F ? "question" : nil),
                    strength: LexiconFile.Strength.supporting.rawValue,
                    answersHeading: nil, textOffset: sentence.start
                )
                found.append(Found(evidence: evidence, owners: owners, document: documentIndex, block: position))
            }
        }
        return found
    }

    /// A block's sentences, each copied out of the block at most once though it is cited as a
    /// passage and as its neighbours' context.
    private struct SentenceTexts {
        let text: String
        let ranges: [SentenceSplitter.Sentence]
        private var texts: [String?]

        init(_ text: String) {
            self.text = text
            ranges = SentenceSplitter.sentences(in: text)
            texts = Array(repeating: nil, count: ranges.count)
        }

        mutating func text(_ index: Int) -> String {
            if let text = texts[index] { return text }
            let text = ranges[index].text(in: self.text)
            texts[index] = text
            return text
        }
    }

    // MARK: Negation

    /// Whether a cue in the match's clause denies it. The clause runs from the last boundary
    /// (`,` `;` `:` a dash, or `bet`/`taču`/…) before the match to the first one after it.
    ///
    /// Two cues reach less far. `bez` ("without") denies what it governs, the words right after
    /// it — "bez pašvaldības atbalsta" — not its clause: "Kopienas centrs ir atvērts bez maksas"
    /// says the centre is free, not that there is none. And `ne tikai … bet arī` ("not only …
    /// but also") denies nothing.
    private func isNegated(_ match: TermMatch, words: [ScannedText.Word], sentenceWords: Range<Int>, in text: String) -> Bool {
        guard !sentenceWords.isEmpty else { return false }
        let first = sentenceWords.lowerBound
        let last = sentenceWords.upperBound - 1
        var clauseStart = match.words.lowerBound
        while clauseStart > first, !opensClause(words[clauseStart]) { clauseStart -= 1 }
        var clauseEnd = match.words.upperBound - 1
        while clauseEnd < last, !opensClause(words[clauseEnd + 1]) { clauseEnd += 1 }
        guard clauseStart <= clauseEnd else { return false }
        return (clauseStart...clauseEnd).contains { cue in
            guard !match.words.contains(cue), words[cue].isNegationCue else { return false }
            if Self.word(words[cue], in: text, is: NegationCues.governingCue) {
                return cue < match.words.lowerBound && match.words.lowerBound - cue <= Self.wordsGovernedByBez
            }
            if Self.word(words[cue], in: text, is: NegationCues.notOnlyCue.first), cue + 1 < words.count,
                Self.word(words[cue + 1], in: text, is: NegationCues.notOnlyCue.second)
            {
                return false
            }
            return true
        }
    }

    /// How many words after `bez` a match may start and still be what `bez` governs: a noun
    /// and one word before it ("bez pašvaldības atbalsta").
    private static let wordsGovernedByBez = 2

    /// Whether `word` of `text` is `literal` (lower-case ASCII), in any case.
    private static func word(_ word: ScannedText.Word, in text: String, is literal: StaticString) -> Bool {
        let length = word.scanned.byteEnd - word.scanned.byteStart
        guard length == literal.utf8CodeUnitCount else { return false }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: word.scanned.byteStart)
        return zip(utf8[start...].prefix(length), UnsafeBufferPointer(start: literal.utf8Start, count: length)).allSatisfy { $0 | 0x20 == $1 }
    }

    private func opensClause(_ word: ScannedText.Word) -> Bool {
        word.scanned.clauseBoundaryBefore || word.isClauseBreaker
    }

    // MARK: Labels

    /// A table row of one part of a document.
    private struct RowAddress: Hashable {
        var part: DocumentPart
        var table: Int
        var row: Int
    }

    /// Why a block's mentions cannot count on their own: it is a heading, or a template label
    /// with nothing filled in next to it (an empty row, a "—").
    private func labelReason(
        _ block: TextBlock,
        position: Int,
        in document: ReadDocument,
        rows: [RowAddress: [Int]],
        matches: [TermMatch],
        words: [ScannedText.Word]
    ) -> String? {
        if block.kind == .heading { return "heading" }
        if let cell = block.location.cell {
            let row = (rows[RowAddress(part: block.location.part, table: cell.table, row: cell.row)] ?? []).map { document.blocks[$0] }
            let filled = row.contains { $0.location.ordinal != block.location.ordinal && !Self.isEmptyAnswer($0.text) }
            if !filled && row.count > 1 || (row.count == 1 && cell.column == 1 && Self.tableHasColumns(document, cell)) {
                return "template label with nothing filled in"
            }
        }
        // "Lēmumu pieņemšana: —" or a label line followed by an empty answer.
        guard let last = Self.lastVisibleScalar(block.text), ":—–-".unicodeScalars.contains(last) else { return nil }
        var covered = [Bool](repeating: false, count: words.count)
        for match in matches { for word in match.words { covered[word] = true } }
        let rest = words.indices.reduce(0) { $0 + (covered[$1] ? 0 : words[$1].scanned.utf16End - words[$1].scanned.utf16Start) }
        if rest < 3 { return "template label with nothing filled in" }
        if last == ":", position + 1 < document.blocks.count, Self.isEmptyAnswer(document.blocks[position + 1].text) {
            return "template label with nothing filled in"
        }
        return nil
    }

    /// The last character of `text` that is not white space, as a scalar.
    private static func lastVisibleScalar(_ text: String) -> Unicode.Scalar? {
        text.unicodeScalars.last { !isWhitespace($0) }
    }

    /// Unicode's white space, answered for ASCII without a property lookup.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    private static func tableHasColumns(_ document: ReadDocument, _ cell: TableCellAddress) -> Bool {
        document.blocks.contains { ($0.location.cell?.table == cell.table) && ($0.location.cell?.column ?? 0) > 1 }
    }

    /// A cell or paragraph that answers nothing: empty, a dash, dots.
    static func isEmptyAnswer(_ text: String) -> Bool {
        // By scalar: a letter anywhere (nearly always the first) settles it without breaking
        // the text into characters.
        text.unicodeScalars.allSatisfy { isWhitespace($0) || "—–-.…_/".unicodeScalars.contains($0) }
    }
}
