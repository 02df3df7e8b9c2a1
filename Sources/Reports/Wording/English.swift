import Decisions
import Foundation

extension ReportWords {
    /// The reports in English (`--lang en`): all of their English text.
    public static let english: ReportWords = {
        let plural: @Sendable (Int, String, String) -> String = { count, one, many in "\(count) \(count == 1 ? one : many)" }
        return ReportWords(
            lang: "en",
            present: "present",
            weak: "weak",
            missing: "missing",
            unverifiable: "cannot check",

            roundTitle: "Smart Village characteristics: round overview",
            submission: "Submission",
            legend: "Legend",
            missingCriteria: "Criteria missing",
            missingIndicators: "Indicators missing",
            unreadFiles: "Files not read",
            filterShow: "Show:",
            filterAll: "all submissions",
            filterMissing: "submissions with the status \"missing\"",
            filterMissingOrPartial: "submissions with the status \"missing\" or \"weak\"",
            filterUnreadable: "submissions with files not read",
            filterIn: "in the indicator or criterion:",
            filterAnyColumn: "any",
            sortHint: "Click a column heading to sort.",
            spreadsheets: "Spreadsheets",
            howToRead: "How to read this report",
            guide: [
                "This report is a pre-screening aid, not a decision. Liecība finds the sentences of each application that speak for each Smart Village indicator and shows them to the evaluator; whether the evidence is enough is the evaluator's call.",
                "● present — at least one direct piece of evidence, or two indirect ones in different sentences. ◐ weak — a single indirect piece of evidence. ○ missing — no mention in the text counts. ⊘ cannot check — no mention counts, but a file of the application was not read, so the evidence may be in it; such an indicator is not counted as missing.",
                "A criterion's status follows from its indicators. A criterion that needs any one indicator (C3) is present when one of them is, and weak when none is present but one is weak. A criterion that needs all of them is present when all are; weak when more than half are present or weak and at least one is present; missing otherwise. A criterion missing only because its missing indicators cannot be checked cannot be checked either.",
                "Not counted as evidence: a denial (\"we have none\"), a plan or a wish only (\"we plan\", \"could\"; except for C1, C2 and C6.2, where what is intended counts too, such as C2's goals and vision), text about another place or organisation, general text about smart villages, a form's headings, questions and sample text, page headers and footers. Each mention that did not count is listed with its reason under \"Mentions not counted\".",
                "Liecība reads DOCX, ODT and HTML files. Files in other formats (PDF, DOC, pictures) are listed as not read in the \"Files not read\" column and on the application's page. Liecība looks for particular words and phrases, so the same idea in other words escapes it, and it can be wrong: check every indicator against its quotes and the full text.",
            ],

            backToRound: "← Back to the round",
            previous: "← Previous",
            next: "Next →",
            applicant: "Applicant",
            place: "Place",
            notFoundInText: "not found in the text",
            source: "Source",
            filesSubmitted: "Files submitted",
            fileColumn: "File",
            formatColumn: "Format",
            statusColumn: "Status",
            fileRead: "read",
            fileNotAssessed: "not assessed (not a document)",
            nameGuessed: { "the name's code page is a guess (\($0)): the name may be wrong" },
            summary: "Summary",
            bestQuote: "Quote",
            fileAndLocation: "File and location",
            noQuote: "—",
            unreadableBanner: "These files could not be read — evidence may be in them:",
            evidence: "Evidence",
            notCounted: "Mentions not counted",
            noEvidence: "No mention counts.",
            fullText: "Full text of the documents",
            showInText: "show in text",
            answerUnder: "answer under the heading",
            direct: "direct evidence",
            indirect: "indirect evidence",
            planned: "planned (counts for this indicator)",
            wished: "wished (counts for this indicator)",
            printSummary: "Print",
            printWithFullText: "Print with full text",
            notListed: { "Mentions not listed here: \($0) (all are highlighted in the full text)." },
            countsFor: { "counts for \($0)" },
            countsForNone: "not counted",
            why: { reason in
                switch reason {
                case .heading: "heading only"
                case .question: "a question"
                case .emptyTemplateField: "empty template field"
                case .negated: "negated"
                case .deniedInSection: "denied in its section"
                case .deniedOutright: "denied outright elsewhere"
                case .generalStatement: "general statement"
                case .aboutSomeoneElse: "about someone else"
                case .template: "form or criterion wording"
                case .boilerplate: "header or footer text"
                case .reference: "only points to another file"
                case .contact: "address or contact line"
                case .doneByOthers: "done by an institution, not the residents"
                case .businessApplicant: "the applicant is a business, not a community"
                case .institutionApplicant: "the applicant is an institution, not a community"
                case .placeNotNamed: "the place is never named"
                case .inPassing: "named only in passing"
                case .anotherIndicator: "another indicator's evidence"
                case .planned: "planned, not done"
                case .hypothetical: "wished, not done"
                }
            },

            madeWith: "Made with",
            scannedAt: "Scanned",
            lexicon: "Lexicon",
            version: "version",
            inputDigest: "Submission SHA-256",

            parts: [:],
            cell: { "table \($0), row \($1), column \($2)" },
            inRow: { "row \"\($0)\"" },
            inColumn: { "column \"\($0)\"" },
            alsoAt: "the same also at",

            criteriaPresent: "Criteria present",
            criteriaWeak: "Criteria weak",
            criteriaMissing: "Criteria missing",
            criteriaUnverifiable: "Criteria that cannot be checked",
            indicatorsMissing: "Indicators missing",
            unreadFilesCount: "Files not read (count)",
            name: "Name",
            indicator: "Indicator",
            file: "File",
            location: "Location",
            leftContext: "Left context",
            matched: "Matched words",
            rightContext: "Right context",
            quote: "Quote («matched words» marked)",
            kind: "Kind of evidence",
            counted: "Counted",
            whyNotCounted: "Why not counted",
            yes: "yes",
            no: "no",

            explanation: Explanation.Phrases(
                passagesInDocuments: { "\(plural($0, "piece", "pieces")) of evidence in \(plural($1, "document", "documents"))" },
                strong: { " (\($0) direct)" },
                mentionedBut: { "mentioned, but none counts: \($0)" },
                negated: { "\($0) negated" },
                planned: { "\($0) only planned or wished" },
                notApplicant: { "\($0) about others or in general" },
                inPassing: { "\($0) named only in passing" },
                form: { "\($0) in headings, questions or form text" },
                noMention: "no mention",
                shownApart: { "\(Explanation.listed($0, and: "and")) shown, but not tied together in one passage" },
                negatedIgnored: { "\(plural($0, "negated mention", "negated mentions")) not counted" },
                unreadable: { "\(plural($0, "file", "files")) could not be read" },
                cannotCheck: { "cannot be checked: \($0.joined(separator: ", ")) \($0.count == 1 ? "was" : "were") not read" }
            ),
            criterionLine: { present, weak, total, anyOne in
                "\(present) of \(plural(total, "indicator", "indicators")) present"
                    + (weak > 0 ? ", \(weak) weak" : "")
                    + (anyOne ? " (any one needed)" : " (all needed)")
            },

            scanned: { "Scanned \(plural($0, "submission", "submissions")): \(plural($1, "document", "documents")) read, \(plural($2, "file", "files")) not read" },
            unreadableKind: { "\($0) \($1)" },
            notFullyOpened: { "\(plural($0, "submission", "submissions")) not fully opened" },
            criteriaMissingSummary: "criteria missing",
            cannotCheckSummary: "cannot be checked (files not read)",
            withUnreadFiles: "Submissions with files not read",
            speed: { String(format: "%.2f s, %.1f submissions/s, %.1f MB/s", $0, $1, $2) },
            evidenceMap: "Evidence map",
            report: "Report",
            reused: { "\($0) of them unchanged since the last run: taken from the ledger, not read again." },

            progress: { done, total, documents, rate, elapsed, eta, warnings in
                "\(done)/\(total) submissions, \(plural(documents, "document", "documents")), " + String(format: "%.1f MB/s", rate)
                    + ", \(elapsed) elapsed, ETA \(eta), \(plural(warnings, "warning", "warnings"))"
            }
        )
    }()
}
