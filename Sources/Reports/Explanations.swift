public import Decisions
public import Lexicon

/// Explanations in the report's language, from the decisions' counts (the evidence map keeps
/// the English line for tools).
public enum Explanations {
    public static func indicator(_ result: IndicatorResult, language: ReportLanguage) -> String {
        if let unverifiable = result.unverifiable {
            return Explanation.unverifiable(result.counts, files: unverifiable.files, apart: result.shownApart ?? [], in: language.explanationLanguage)
        }
        return Explanation.indicator(result.status, result.counts, apart: result.shownApart ?? [], in: language.explanationLanguage)
    }

    public static func criterion(_ criterion: LexiconFile.Criterion, _ judgement: Judgement, language: ReportLanguage) -> String {
        let statuses = criterion.indicators.compactMap { judgement.indicators[$0]?.status }
        return Explanation.criterion(
            present: statuses.filter { $0 == .present }.count,
            weak: statuses.filter { $0 == .weak }.count,
            of: statuses.count,
            rule: criterion.rule,
            in: language.explanationLanguage
        )
    }
}

extension ReportLanguage {
    var explanationLanguage: Explanation.Language {
        self == .lv ? .latvian : .english
    }
}
