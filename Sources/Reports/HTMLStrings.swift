/// The words of the HTML report, in Latvian (default) and English.
struct HTMLStrings {
    var lang: String
    var roundTitle: String
    var submission: String
    var missingCriteria: String
    var legend: String
    var present: String
    var weak: String
    var missing: String
    var filterLabel: String
    var filterAll: String
    var unreadableBanner: String
    var evidence: String
    var notCounted: String
    var negated: String
    var fullText: String
    var backToRound: String
    var source: String
    var files: String
    var generated: String
    var noEvidence: String
    var showInText: String
    var why: [String: String]
    var answerUnder: String
    var sortHint: String
    /// How many mentions the passage lists leave out. A function of the number rather than a
    /// template filled in per indicator: `String.replacing` cost half a percent of a scan.
    var notListed: @Sendable (Int) -> String

    static let lv = HTMLStrings(
        lang: "lv",
        roundTitle: "Viedā ciema pazīmes: iesniegumu pārskats",
        submission: "Iesniegums",
        missingCriteria: "Trūkst kritēriju",
        legend: "Apzīmējumi",
        present: "ir",
        weak: "daļēji",
        missing: "nav",
        filterLabel: "Rādīt iesniegumus, kuriem trūkst",
        filterAll: "visus",
        unreadableBanner: "Šos failus nevarēja nolasīt — pierādījumi var būt tajos:",
        evidence: "Pierādījumi",
        notCounted: "Neieskaitītie pieminējumi",
        negated: "noliegts",
        fullText: "Dokumentu pilnais teksts",
        backToRound: "← Uz kārtas pārskatu",
        source: "Avots",
        files: "Faili",
        generated: "Sagatavots ar",
        noEvidence: "Nav neviena pieminējuma.",
        showInText: "skatīt tekstā",
        why: ["negated": "noliegts", "heading": "tikai virsrakstā", "question": "jautājums", "template label with nothing filled in": "tukša veidlapas aile", "denied in its section": "sadaļā noliegts"],
        answerUnder: "atbilde zem virsraksta",
        sortHint: "Klikšķiniet uz kolonnas virsraksta, lai kārtotu.",
        notListed: { "Šeit neuzskaitīti pieminējumi: \($0) (visi ir iezīmēti pilnajā tekstā)." }
    )

    static let en = HTMLStrings(
        lang: "en",
        roundTitle: "Smart Village characteristics: round overview",
        submission: "Submission",
        missingCriteria: "Criteria missing",
        legend: "Legend",
        present: "present",
        weak: "weak",
        missing: "missing",
        filterLabel: "Show submissions missing",
        filterAll: "all",
        unreadableBanner: "These files could not be read — evidence may be in them:",
        evidence: "Evidence",
        notCounted: "Mentions not counted",
        negated: "negated",
        fullText: "Full text of the documents",
        backToRound: "← Back to the round",
        source: "Source",
        files: "Files",
        generated: "Made with",
        noEvidence: "No mention.",
        showInText: "show in text",
        why: ["negated": "negated", "heading": "heading only", "question": "a question", "template label with nothing filled in": "empty template field", "denied in its section": "denied in its section"],
        answerUnder: "answer under the heading",
        sortHint: "Click a column heading to sort.",
        notListed: { "Mentions not listed here: \($0) (all are highlighted in the full text)." }
    )

    static func forLanguage(_ language: ReportLanguage) -> HTMLStrings {
        language == .lv ? .lv : .en
    }

    func status(_ status: String) -> String {
        switch status {
        case "present": present
        case "weak": weak
        default: missing
        }
    }

    /// A symbol per status, so the legend does not rely on colour alone.
    static func symbol(_ status: String) -> String {
        switch status {
        case "present": "●"
        case "weak": "◐"
        default: "○"
        }
    }
}
