import Lexicon

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
    var unverifiable: String
    var filterLabel: String
    var filterAll: String
    var filterIn: String
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
    var missingIndicators: String
    var filterMissingOrPartial: String
    var filterUnreadable: String
    var planned: String
    var wished: String
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
        unverifiable: "nevar pārbaudīt",
        filterLabel: "Rādīt iesniegumus ar statusu",
        filterAll: "(visi iesniegumi)",
        filterIn: "rādītājā vai kritērijā",
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
        why: [
            "negated": "noliegts", "heading": "tikai virsrakstā", "question": "jautājums", "template label with nothing filled in": "tukša veidlapas aile",
            "denied in its section": "sadaļā noliegts", "denied outright elsewhere": "citviet skaidri noliegts", "general statement": "vispārīgs apgalvojums", "about someone else": "par citiem",
            "template wording": "veidlapas vai kritērija teksts", "boilerplate": "galvenes vai kājenes teksts",
            "refers elsewhere": "tikai norāde uz citu failu", "planned, not done": "tikai plānots", "wished, not done": "tikai vēlējums",
            "address or contact line": "adrese vai kontaktinformācija", "done by an institution, not the residents": "to veic iestāde, nevis iedzīvotāji",
            "the applicant is a business, not a community": "iesniedzējs ir uzņēmums, nevis kopiena",
            "the applicant is an institution, not a community": "iesniedzējs ir iestāde, nevis kopiena",
            "the place is never named": "vietas nosaukums nav minēts", "named only in passing": "tikai pieminēts garāmejot",
            "another indicator's evidence": "attiecas uz citu rādītāju",
        ],
        answerUnder: "atbilde zem virsraksta",
        sortHint: "Klikšķiniet uz kolonnas virsraksta, lai kārtotu.",
        missingIndicators: "Trūkst rādītāju",
        filterMissingOrPartial: "nav vai daļēji",
        filterUnreadable: "ir nenolasīti faili",
        planned: "plānots (šim rādītājam der)",
        wished: "vēlējums (šim rādītājam der)",
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
        unverifiable: "cannot check",
        filterLabel: "Show submissions with the status",
        filterAll: "(all submissions)",
        filterIn: "in",
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
        why: [
            "negated": "negated", "heading": "heading only", "question": "a question", "template label with nothing filled in": "empty template field",
            "denied in its section": "denied in its section", "denied outright elsewhere": "denied outright elsewhere", "general statement": "general statement", "about someone else": "about someone else",
            "template wording": "form or criterion wording", "boilerplate": "header or footer text", "refers elsewhere": "only points to another file",
            "planned, not done": "planned, not done", "wished, not done": "wished, not done",
            "address or contact line": "address or contact line", "done by an institution, not the residents": "done by an institution, not the residents",
            "the applicant is a business, not a community": "the applicant is a business, not a community",
            "the applicant is an institution, not a community": "the applicant is an institution, not a community",
            "the place is never named": "the place is never named", "named only in passing": "named only in passing",
            "another indicator's evidence": "another indicator's evidence",
        ],
        answerUnder: "answer under the heading",
        sortHint: "Click a column heading to sort.",
        missingIndicators: "Indicators missing",
        filterMissingOrPartial: "missing or partial",
        filterUnreadable: "has files that could not be read",
        planned: "planned (counts for this indicator)",
        wished: "wished (counts for this indicator)",
        notListed: { "Mentions not listed here: \($0) (all are highlighted in the full text)." }
    )

    static func forLanguage(_ language: ReportLanguage) -> HTMLStrings {
        language == .lv ? .lv : .en
    }

    func status(_ status: String) -> String {
        switch status {
        case "present": present
        case "weak": weak
        case "unverifiable": unverifiable
        default: missing
        }
    }

    /// How a counted plan or wish is marked.
    func mode(_ mode: LexiconFile.Mode) -> String {
        mode == .hypothetical ? wished : planned
    }

    /// A symbol per status, so the legend does not rely on colour alone.
    static func symbol(_ status: String) -> String {
        switch status {
        case "present": "●"
        case "weak": "◐"
        case "unverifiable": "⊘"
        default: "○"
        }
    }
}
