/// The language of user-facing report text: Latvian by default, English on request.
public enum ReportLanguage: String, Sendable, Hashable, CaseIterable {
    case lv
    case en

    /// All of the reports' words in this language.
    public var words: ReportWords {
        switch self {
        case .lv: .latvian
        case .en: .english
        }
    }

    /// A status as staff read it.
    public func status(_ status: String) -> String {
        words.status(status)
    }

    /// A document part as staff read it.
    public func part(_ part: String) -> String {
        words.part(part)
    }

    /// "table 1, row 2, column 3".
    public func cell(table: Int, row: Int, column: Int) -> String {
        words.cell(table, row, column)
    }
}
