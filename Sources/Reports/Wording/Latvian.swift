import Decisions
import Foundation

extension ReportWords {
    /// The reports in Latvian, the default: all of their Latvian text.
    public static let latvian: ReportWords = {
        let singular = ReportWords.latvianSingular
        return ReportWords(
            lang: "lv",
            present: "ir",
            weak: "daļēji",
            missing: "nav",
            unverifiable: "nevar pārbaudīt",

            roundTitle: "Viedā ciema pazīmes: iesniegumu pārskats",
            submission: "Iesniegums",
            legend: "Apzīmējumi",
            missingCriteria: "Trūkst kritēriju",
            missingIndicators: "Trūkst rādītāju",
            unreadFiles: "Nenolasītie faili",
            filterShow: "Rādīt:",
            filterAll: "visus iesniegumus",
            filterMissing: "iesniegumus ar statusu „nav”",
            filterMissingOrPartial: "iesniegumus ar statusu „nav” vai „daļēji”",
            filterUnreadable: "iesniegumus ar nenolasītiem failiem",
            filterIn: "rādītājam vai kritērijam:",
            filterAnyColumn: "jebkuram",
            sortHint: "Lai kārtotu, noklikšķiniet uz kolonnas virsraksta.",
            spreadsheets: "Izklājlapas",
            howToRead: "Kā lasīt pārskatu",
            guide: [
                "Šis pārskats ir palīglīdzeklis priekšatlasei, nevis lēmums. Liecība katram Viedā ciema rādītājam atrod iesniegumu tekstā teikumus, kas par to liecina, un parāda tos vērtētājam; vai pierādījumu pietiek, izlemj vērtētājs.",
                "● ir — atrasts vismaz viens tiešs pierādījums vai vismaz divi netieši pierādījumi dažādos teikumos. ◐ daļēji — atrasts tikai viens netiešs pierādījums. ○ nav — tekstā nav neviena ieskaitīta pieminējuma. ⊘ nevar pārbaudīt — ieskaitīta pieminējuma nav, bet kāds iesnieguma fails netika nolasīts, tāpēc pierādījums var būt tajā; šāds rādītājs netiek uzskatīts par trūkstošu.",
                "Kritērija statusu nosaka tā rādītāji. Kritērijs, kuram pietiek ar vienu rādītāju (C3), ir statusā „ir”, ja vismaz viens tā rādītājs ir statusā „ir”, un statusā „daļēji”, ja neviens nav statusā „ir”, bet kāds ir statusā „daļēji”. Kritērijs, kuram vajag visus rādītājus, ir statusā „ir”, ja visi tā rādītāji ir statusā „ir”; statusā „daļēji” — ja vairāk nekā pusei rādītāju ir statuss „ir” vai „daļēji” un vismaz vienam — „ir”; citādi — statusā „nav”. Ja kritērijs ir „nav” tikai tāpēc, ka tā trūkstošos rādītājus nevar pārbaudīt, tas ir statusā „nevar pārbaudīt”.",
                "Kā pierādījumu neieskaita: noliegumu („mums tāda nav”), to, kas ir tikai plānots vai vēlams („plānojam”, „varētu”; izņemot C1, C2 un C6.2, kur der arī nākotnē iecerētais, piemēram, C2 mērķi un vīzija), tekstu par citu vietu vai organizāciju, vispārīgu tekstu par viedajiem ciemiem, veidlapas virsrakstus, jautājumus un paraugtekstu, lappušu galvenes un kājenes. Katrs neieskaitītais pieminējums ir parādīts kopā ar iemeslu sadaļā „Neieskaitītie pieminējumi”.",
                "Liecība lasa DOCX, ODT un HTML failus. Citu formātu faili (PDF, DOC, attēli) ir norādīti kā nenolasīti kolonnā „Nenolasītie faili” un iesnieguma lapā. Liecība meklē konkrētus vārdus un frāzes, tāpēc to pašu domu, kas izteikta citiem vārdiem, tā nepamana; tā arī var kļūdīties — katru rādītāju pārbaudiet pēc citātiem un pilnā teksta.",
            ],

            backToRound: "← Uz kārtas pārskatu",
            previous: "← Iepriekšējais",
            next: "Nākamais →",
            applicant: "Iesniedzējs",
            place: "Vieta",
            notFoundInText: "tekstā neizdevās atrast",
            source: "Avots",
            filesSubmitted: "Iesniegtie faili",
            fileColumn: "Fails",
            formatColumn: "Formāts",
            statusColumn: "Statuss",
            fileRead: "nolasīts",
            fileNotAssessed: "nav vērtēts (nav dokuments)",
            nameGuessed: { "nosaukuma kodējums uzminēts (\($0)), nosaukums var būt kļūdains" },
            summary: "Kopsavilkums",
            bestQuote: "Citāts",
            fileAndLocation: "Fails un vieta tajā",
            noQuote: "—",
            unreadableBanner: "Šos failus nevarēja nolasīt — pierādījumi var būt tajos:",
            evidence: "Pierādījumi",
            notCounted: "Neieskaitītie pieminējumi",
            noEvidence: "Nav neviena ieskaitīta pieminējuma.",
            fullText: "Dokumentu pilnais teksts",
            showInText: "skatīt tekstā",
            answerUnder: "atbilde zem virsraksta",
            direct: "tiešs pierādījums",
            indirect: "netiešs pierādījums",
            planned: "plānots (šim rādītājam der)",
            wished: "vēlējums (šim rādītājam der)",
            printSummary: "Drukāt",
            printWithFullText: "Drukāt ar pilno tekstu",
            notListed: { "Šeit neuzskaitīto pieminējumu skaits: \($0) (pilnajā tekstā ir iezīmēti visi pieminējumi)." },
            countsFor: { "ieskaitīts: \($0)" },
            countsForNone: "nav ieskaitīts",
            why: { reason in
                switch reason {
                case .heading: "tikai virsrakstā"
                case .question: "jautājums"
                case .emptyTemplateField: "neaizpildīta veidlapas aile"
                case .negated: "noliegts"
                case .deniedInSection: "noliegts tajā pašā sadaļā"
                case .deniedOutright: "citviet skaidri noliegts"
                case .generalStatement: "vispārīgs apgalvojums"
                case .aboutSomeoneElse: "par citiem"
                case .template: "veidlapas vai kritērija teksts"
                case .boilerplate: "galvenes vai kājenes teksts"
                case .reference: "tikai norāde uz citu failu"
                case .contact: "adrese vai kontaktinformācija"
                case .doneByOthers: "to veic iestāde, nevis iedzīvotāji"
                case .businessApplicant: "iesniedzējs ir uzņēmums, nevis kopiena"
                case .institutionApplicant: "iesniedzējs ir iestāde, nevis kopiena"
                case .placeNotNamed: "vietas nosaukums nav minēts"
                case .inPassing: "minēts tikai garāmejot"
                case .anotherIndicator: "attiecas uz citu rādītāju"
                case .planned: "tikai plānots"
                case .hypothetical: "tikai vēlējums"
                }
            },

            madeWith: "Sagatavots ar rīku",
            scannedAt: "Pārbaudīts",
            lexicon: "Leksikons",
            version: "versija",
            inputDigest: "Iesnieguma SHA-256",

            parts: [
                "body": "pamatteksts", "header": "galvene", "footer": "kājene", "footnote": "zemsvītras piezīme",
                "endnote": "beigu piezīme", "comment": "komentārs", "textBox": "teksta lodziņš",
            ],
            cell: { "\($0). tabula, \($1). rinda, \($2). kolonna" },
            inRow: { "rinda „\($0)”" },
            inColumn: { "kolonna „\($0)”" },
            alsoAt: "tas pats arī",

            criteriaPresent: "Kritēriji: ir",
            criteriaWeak: "Kritēriji: daļēji",
            criteriaMissing: "Trūkst kritēriju",
            criteriaUnverifiable: "Kritēriji: nevar pārbaudīt",
            indicatorsMissing: "Trūkst rādītāju",
            unreadFilesCount: "Nenolasīto failu skaits",
            name: "Nosaukums",
            indicator: "Rādītājs",
            file: "Fails",
            location: "Vieta dokumentā",
            leftContext: "Konteksts pirms",
            matched: "Atrastie vārdi",
            rightContext: "Konteksts pēc",
            quote: "Citāts («atrastie vārdi» iezīmēti)",
            kind: "Pierādījuma veids",
            counted: "Ieskaitīts",
            whyNotCounted: "Kāpēc nav ieskaitīts",
            yes: "jā",
            no: "nē",

            explanation: Explanation.Phrases(
                passagesInDocuments: { "\($0) \(singular($0) ? "pierādījums" : "pierādījumi") \($1) \(singular($1) ? "dokumentā" : "dokumentos")" },
                strong: { " (no tiem \($0) \(singular($0) ? "tiešs" : "tieši"))" },
                mentionedBut: { "neviens pieminējums nav ieskaitīts: \($0)" },
                negated: { "\($0) \(singular($0) ? "noliegts" : "noliegti")" },
                planned: { "\($0) tikai \(singular($0) ? "plānots vai vēlams" : "plānoti vai vēlami")" },
                notApplicant: { "\($0) par citiem vai \(singular($0) ? "vispārīgs" : "vispārīgi")" },
                inPassing: { "\($0) \(singular($0) ? "minēts" : "minēti") tikai garāmejot" },
                form: { "\($0) \($0 == 1 ? "virsrakstā, jautājumā" : "virsrakstos, jautājumos") vai veidlapas tekstā" },
                noMention: "nav pieminēts",
                shownApart: { "\(Explanation.listed($0, and: "un")) ir apliecināti atsevišķi, bet nevienā teikumā nav sasaistīti" },
                negatedIgnored: { "\($0) \(singular($0) ? "noliegts pieminējums nav ieskaitīts" : "noliegti pieminējumi nav ieskaitīti")" },
                unreadable: { "\($0) \(singular($0) ? "failu" : "failus") nevarēja nolasīt" },
                cannotCheck: { "nevar pārbaudīt, jo \($0.count == 1 ? "netika nolasīts fails" : "netika nolasīti faili") \($0.map { "„\($0)”" }.joined(separator: ", "))" }
            ),
            criterionLine: { present, weak, total, anyOne in
                "statusā „ir” \(present) no \(total) \(singular(total) ? "rādītāja" : "rādītājiem")"
                    + (weak > 0 ? ", „daļēji” \(weak)" : "")
                    + (anyOne ? " (pietiek ar vienu)" : " (nepieciešami visi)")
            },

            scanned: { submissions, documents, unreadable in
                "\(singular(submissions) ? "Pārbaudīts" : "Pārbaudīti") \(submissions) \(singular(submissions) ? "iesniegums" : "iesniegumi"): "
                    + "\(singular(documents) ? "nolasīts" : "nolasīti") \(documents) \(singular(documents) ? "dokuments" : "dokumenti"), "
                    + "\(singular(unreadable) ? "nenolasīts" : "nenolasīti") \(unreadable) \(singular(unreadable) ? "fails" : "faili")"
            },
            unreadableKind: { count, kind in
                let one = singular(count)
                switch kind {
                case "damaged": return "\(count) \(one ? "bojāts" : "bojāti")"
                case "encrypted": return "\(count) \(one ? "aizsargāts" : "aizsargāti") ar paroli"
                case "skipped": return "\(count) \(one ? "izlaists" : "izlaisti")"
                case "unsupported": return "\(count) neatbalstīta formāta"
                default: return "\(count) \(kind)"
                }
            },
            notFullyOpened: { "\($0) \(singular($0) ? "iesniegumu" : "iesniegumus") nevarēja pilnībā atvērt" },
            criteriaMissingSummary: "trūkstošie kritēriji (iesniegumu skaits)",
            cannotCheckSummary: "nevar pārbaudīt (faili nav nolasīti)",
            withUnreadFiles: "Iesniegumi ar nenolasītiem failiem",
            speed: { String(format: "%.2f s, %.1f iesn./s, %.1f MB/s", locale: Locale(identifier: "lv_LV"), $0, $1, $2) },
            evidenceMap: "Pierādījumu karte",
            report: "Pārskats",
            reused: { "\($0) \(singular($0) ? "iesniegums kopš iepriekšējās pārbaudes nav mainījies" : "iesniegumi kopš iepriekšējās pārbaudes nav mainījušies"): dati ņemti no žurnāla, faili nav lasīti vēlreiz." },

            progress: { done, total, documents, rate, elapsed, eta, warnings in
                "iesniegumi: \(done)/\(total), \(documents) \(singular(documents) ? "dokuments" : "dokumenti"), "
                    + String(format: "%.1f MB/s", locale: Locale(identifier: "lv_LV"), rate)
                    + ", pagājis \(elapsed), atlicis \(eta), \(warnings) \(singular(warnings) ? "brīdinājums" : "brīdinājumi")"
            }
        )
    }()
}
