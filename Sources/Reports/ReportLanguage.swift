/// The language of user-facing report text: Latvian by default, English on request.
public enum ReportLanguage: String, Sendable, Hashable, CaseIterable {
    case lv
    case en

    /// A status as staff read it.
    public func status(_ status: String) -> String {
        switch (self, status) {
        case (.lv, "present"): "ir"
        case (.lv, "weak"): "daļēji"
        case (.lv, "missing"): "nav"
        case (.lv, "unverifiable"): "nevar pārbaudīt"
        case (.en, "unverifiable"): "cannot check"
        default: status
        }
    }

    /// A document part as staff read it.
    public func part(_ part: String) -> String {
        guard self == .lv else { return part }
        // A switch, not a dictionary literal: this runs for every passage of every submission.
        switch part {
        case "body": return "pamatteksts"
        case "header": return "galvene"
        case "footer": return "kājene"
        case "footnote": return "zemsvītras piezīme"
        case "endnote": return "beigu piezīme"
        case "comment": return "komentārs"
        case "textBox": return "teksta lodziņš"
        default: return part
        }
    }

    /// "table 1, row 2, column 3".
    public func cell(table: Int, row: Int, column: Int) -> String {
        switch self {
        case .lv: "tabula \(table), rinda \(row), kolonna \(column)"
        case .en: "table \(table), row \(row), column \(column)"
        }
    }

    func text(_ key: Key) -> String {
        switch (self, key) {
        case (.lv, .submission): "Iesniegums"
        case (.en, .submission): "Submission"
        case (.lv, .criteriaPresent): "Kritēriji: ir"
        case (.en, .criteriaPresent): "Criteria present"
        case (.lv, .criteriaWeak): "Kritēriji: daļēji"
        case (.en, .criteriaWeak): "Criteria weak"
        case (.lv, .criteriaMissing): "Kritēriji: nav"
        case (.en, .criteriaMissing): "Criteria missing"
        case (.lv, .unreadableFiles): "Nenolasīti faili"
        case (.en, .unreadableFiles): "Unreadable files"
        case (.lv, .criteriaUnverifiable): "Kritēriji: nevar pārbaudīt"
        case (.en, .criteriaUnverifiable): "Criteria that cannot be checked"
        case (.lv, .indicatorsMissing): "Rādītāji: nav"
        case (.en, .indicatorsMissing): "Indicators missing"
        case (.lv, .indicator): "Rādītājs"
        case (.en, .indicator): "Indicator"
        case (.lv, .file): "Fails"
        case (.en, .file): "File"
        case (.lv, .location): "Vieta"
        case (.en, .location): "Location"
        case (.lv, .leftContext): "Konteksts pirms"
        case (.en, .leftContext): "Left context"
        case (.lv, .matched): "Atrastie vārdi"
        case (.en, .matched): "Matched words"
        case (.lv, .rightContext): "Konteksts pēc"
        case (.en, .rightContext): "Right context"
        case (.lv, .counted): "Ieskaitīts"
        case (.en, .counted): "Counted"
        case (.lv, .why): "Kāpēc nav ieskaitīts"
        case (.en, .why): "Why not counted"
        case (.lv, .yes): "jā"
        case (.en, .yes): "yes"
        case (.lv, .no): "nē"
        case (.en, .no): "no"
        }
    }

    enum Key {
        case submission, criteriaPresent, criteriaWeak, criteriaMissing, unreadableFiles, indicator, file, location
        case criteriaUnverifiable, indicatorsMissing
        case leftContext, matched, rightContext, counted, why, yes, no
    }
}
