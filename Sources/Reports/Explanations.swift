public import Decisions
public import Lexicon

/// The one-line explanations of statuses in the report's language, made from the decisions'
/// counts (the evidence map keeps the judge's English line for tools).
public enum Explanations {
    /// The line for an indicator: what counted, or why what was mentioned did not.
    public static func indicator(_ result: IndicatorResult, language: ReportLanguage) -> String {
        let words = language.words
        var counts = result.counts
        let apart = result.shownApart ?? []
        var line = ""
        if let unverifiable = result.unverifiable {
            counts.unreadableFiles = 0
            line = indicator(.missing, counts, apart: apart, words: words)
            let names = unverifiable.files.map { ($0.split(separator: "/").last).map(String.init) ?? $0 }
            return line + "; " + words.cannotCheck(names)
        }
        line = indicator(result.status, counts, apart: apart, words: words)
        return line
    }

    private static func indicator(_ status: Status, _ counts: IndicatorResult.Counts, apart: [String], words: ReportWords) -> String {
        var parts: [String] = []
        if counts.passages > 0 {
            var line = words.passagesInDocuments(counts.passages, counts.documents)
            if counts.strongPassages > 0 { line += words.directCount(counts.strongPassages) }
            parts.append(line)
        } else {
            // Mentioned, but none counts: say why, by kind, rather than "no mention".
            var why: [String] = []
            if counts.negated > 0 { why.append(words.negated(counts.negated)) }
            if counts.planned > 0 { why.append(words.plannedCount(counts.planned)) }
            if counts.notApplicant > 0 { why.append(words.notApplicant(counts.notApplicant)) }
            if counts.inPassing > 0 { why.append(words.inPassing(counts.inPassing)) }
            if counts.labelsOnly > 0 { why.append(words.form(counts.labelsOnly)) }
            if why.isEmpty && apart.isEmpty { parts.append(words.noMention) }
            if !why.isEmpty { parts.append(words.mentionedBut(why.joined(separator: ", "))) }
            if !apart.isEmpty { parts.append(words.shownApart(apart)) }
        }
        if counts.passages > 0 && counts.negated > 0 { parts.append(words.negatedIgnored(counts.negated)) }
        if status != .present && counts.unreadableFiles > 0 { parts.append(words.unreadableCount(counts.unreadableFiles)) }
        return parts.joined(separator: "; ")
    }

    /// The line for a criterion: how many of its indicators are shown, and what its rule needs.
    public static func criterion(_ criterion: LexiconFile.Criterion, _ judgement: Judgement, language: ReportLanguage) -> String {
        let statuses = criterion.indicators.compactMap { judgement.indicators[$0]?.status }
        return language.words.criterionLine(
            statuses.filter { $0 == .present }.count,
            statuses.filter { $0 == .weak }.count,
            statuses.count,
            criterion.rule == .any
        )
    }
}
