public import Decisions
public import Lexicon

/// The one-line explanations reviewers read next to a status, in the report's language, made
/// from the decision's counts (the JSON keeps the English line for tools).
public enum Explanations {
    public static func indicator(_ result: IndicatorResult, language: ReportLanguage) -> String {
        guard language == .lv else { return result.explanation }
        let counts = result.counts
        var parts: [String] = []
        if counts.passages > 0 {
            var line = "\(counts.passages) \(plural(counts.passages, "fragments", "fragmenti")) \(counts.documents) \(plural(counts.documents, "dokumentā", "dokumentos"))"
            if counts.strongPassages > 0 { line += " (\(counts.strongPassages) \(plural(counts.strongPassages, "spēcīgs", "spēcīgi")))" }
            parts.append(line)
        } else if counts.negated > 0 && counts.labelsOnly == 0 {
            parts.append("tikai noliegti pieminējumi (\(counts.negated))")
        } else if counts.labelsOnly > 0 && counts.negated == 0 {
            parts.append("tikai virsrakstos, jautājumos vai tukšās veidlapas ailēs (\(counts.labelsOnly))")
        } else if counts.negated > 0 {
            parts.append("tikai noliegti pieminējumi (\(counts.negated)) un virsraksti vai ailes (\(counts.labelsOnly))")
        } else {
            parts.append("nav pieminēts")
        }
        if counts.passages > 0 && counts.negated > 0 { parts.append("\(counts.negated) noliegti nav ieskaitīti") }
        if result.status != .present && counts.unreadableFiles > 0 {
            parts.append("\(counts.unreadableFiles) \(plural(counts.unreadableFiles, "failu", "failus")) nevarēja nolasīt")
        }
        return parts.joined(separator: "; ")
    }

    public static func criterion(_ criterion: LexiconFile.Criterion, _ judgement: Judgement, language: ReportLanguage) -> String {
        let statuses = criterion.indicators.compactMap { judgement.indicators[$0]?.status }
        let present = statuses.filter { $0 == .present }.count
        let weak = statuses.filter { $0 == .weak }.count
        switch language {
        case .lv:
            let rule = criterion.rule == .any ? "pietiek ar vienu" : "vajag visus"
            return "\(present) no \(statuses.count) rādītājiem ir, \(weak) daļēji (\(rule))"
        case .en:
            return judgement.criteria[criterion.id]?.explanation ?? ""
        }
    }

    /// Latvian number agreement: 1, 21, 31 … take the singular (not 11).
    private static func plural(_ count: Int, _ one: String, _ many: String) -> String {
        count % 10 == 1 && count % 100 != 11 ? one : many
    }
}
