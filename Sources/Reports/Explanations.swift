public import Decisions
public import Lexicon

/// The one-line explanations of statuses in the report's language, made from the decisions'
/// counts (the evidence map keeps the judge's English line for tools).
public enum Explanations {
    /// The line for an indicator: what counted, or why what was mentioned did not.
    public static func indicator(_ result: IndicatorResult, language: ReportLanguage) -> String {
        let phrases = language.words.explanation
        if let unverifiable = result.unverifiable {
            return Explanation.unverifiable(result.counts, files: unverifiable.files, apart: result.shownApart ?? [], words: phrases)
        }
        return Explanation.indicator(result.status, result.counts, apart: result.shownApart ?? [], words: phrases)
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
