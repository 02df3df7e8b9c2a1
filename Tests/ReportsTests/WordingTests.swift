import Foundation
import Testing

@testable import Decisions
@testable import Reports

/// The reports' words: every reason worded in both languages, Latvian number agreement and
/// case after "no", and Latvian quotation marks.
@Suite("Report wording")
struct WordingTests {
    private let latvian = ReportWords.latvian
    private let english = ReportWords.english

    @Test("every reason a mention may not count for is worded in both languages; an unknown one stays as recorded")
    func reasons() {
        for reason in NotCounted.allCases {
            #expect(!latvian.why(reason).isEmpty && latvian.why(reason) != reason.rawValue, "no Latvian for \(reason)")
            #expect(!english.why(reason).isEmpty, "no English for \(reason)")
            #expect(latvian.why(reason.rawValue) == latvian.why(reason))
        }
        #expect(latvian.why("a reason from a newer version") == "a reason from a newer version")
    }

    @Test("Latvian: genitive singular after „no” for 1, 21 …, the dative plural otherwise; agreement with the number")
    func agreement() {
        #expect(latvian.criterionLine(0, 0, 1, false) == "statusā „ir” 0 no 1 rādītāja (nepieciešami visi)")
        #expect(latvian.criterionLine(1, 0, 3, true) == "statusā „ir” 1 no 3 rādītājiem (pietiek ar vienu)")
        #expect(latvian.criterionLine(2, 1, 4, false) == "statusā „ir” 2 no 4 rādītājiem, „daļēji” 1 (nepieciešami visi)")
        #expect(latvian.criterionLine(5, 0, 21, false).contains("no 21 rādītāja"))
        #expect(latvian.criterionLine(5, 0, 11, false).contains("no 11 rādītājiem"))
        #expect(latvian.explanation.negatedIgnored(1) == "1 noliegts pieminējums nav ieskaitīts")
        #expect(latvian.explanation.negatedIgnored(3) == "3 noliegti pieminējumi nav ieskaitīti")
        #expect(latvian.explanation.negatedIgnored(11) == "11 noliegti pieminējumi nav ieskaitīti")
        #expect(latvian.explanation.passagesInDocuments(1, 1) == "1 pierādījums 1 dokumentā")
        #expect(latvian.explanation.passagesInDocuments(2, 21) == "2 pierādījumi 21 dokumentā")
        #expect(latvian.explanation.strong(1) == " (no tiem 1 tiešs)")
        #expect(latvian.explanation.strong(2) == " (no tiem 2 tieši)")
        #expect(latvian.unreadableKind(1, "damaged") == "1 bojāts" && latvian.unreadableKind(2, "damaged") == "2 bojāti")
        #expect(latvian.scanned(1, 2, 0) == "Pārbaudīts 1 iesniegums: nolasīti 2 dokumenti, nenolasīti 0 faili")
        #expect(latvian.scanned(21, 11, 1) == "Pārbaudīts 21 iesniegums: nolasīti 11 dokumenti, nenolasīts 1 fails")
        #expect(latvian.reused(1).hasPrefix("1 iesniegums kopš iepriekšējās pārbaudes nav mainījies"))
        #expect(latvian.reused(3).hasPrefix("3 iesniegumi kopš iepriekšējās pārbaudes nav mainījušies"))
        #expect(latvian.explanation.form(1) == "1 virsrakstā, jautājumā vai veidlapas tekstā")
        #expect(latvian.explanation.form(21) == "21 virsrakstos, jautājumos vai veidlapas tekstā")
    }

    @Test("an indicator mentioned but not counted says why, never „nav pieminēts”")
    func mentionedButNotCounted() {
        let counts = IndicatorResult.Counts(passages: 0, strongPassages: 0, documents: 0, negated: 1, labelsOnly: 0, unreadableFiles: 0, inPassing: 2)
        let result = IndicatorResult(status: .missing, explanation: "", counts: counts, evidence: [])
        let line = Explanations.indicator(result, language: .lv)
        #expect(line == "neviens pieminējums nav ieskaitīts: 1 noliegts, 2 minēti tikai garāmejot")
        #expect(!line.contains("nav pieminēts"))
        var apart = IndicatorResult(status: .missing, explanation: "", counts: .init(passages: 0, strongPassages: 0, documents: 0, negated: 0, labelsOnly: 0, unreadableFiles: 0), evidence: [])
        apart.shownApart = ["C6.1", "C2"]
        #expect(Explanations.indicator(apart, language: .lv) == "C6.1 un C2 ir apliecināti atsevišķi, bet nevienā teikumā nav sasaistīti")
        #expect(Explanations.indicator(apart, language: .en) == "C6.1 and C2 shown, but not tied together in one passage")
    }

    @Test("Latvian text quotes with „…”, never with straight or English quotation marks")
    func quotationMarks() {
        var texts = Self.strings(in: latvian) + NotCounted.allCases.map(latvian.why)
        texts += [latvian.explanation.cannotCheck(["Pieteikums.pdf"]), latvian.countsFor("C1"), latvian.notListed(2)]
        #expect(texts.count > 60)
        for text in texts {
            #expect(!text.contains("\"") && !text.contains("“"), "\(text)")
            #expect(text.filter { $0 == "„" }.count == text.filter { $0 == "”" }.count, "\(text)")
        }
        #expect(latvian.explanation.cannotCheck(["Pieteikums.pdf"]) == "nevar pārbaudīt, jo netika nolasīts fails „Pieteikums.pdf”")
    }

    @Test("no word of either language is left empty")
    func complete() {
        for words in [latvian, english] {
            for text in Self.strings(in: words) where text.isEmpty {
                Issue.record("an empty string in \(words.lang)")
            }
        }
    }

    /// Every string a value holds: its string fields, lists and dictionaries' values.
    private static func strings(in words: ReportWords) -> [String] {
        Mirror(reflecting: words).children.flatMap { child -> [String] in
            switch child.value {
            case let text as String: [text]
            case let texts as [String]: texts
            case let texts as [String: String]: Array(texts.values)
            default: []
            }
        }
    }
}
