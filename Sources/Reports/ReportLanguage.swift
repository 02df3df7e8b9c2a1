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
}
