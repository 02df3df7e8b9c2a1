import LatvianMorphology
@testable import Decisions
import DocumentModel
import Foundation
import Lexicon
import TestSupport
import Testing
import UTF8Text

@Suite("Deciding indicator statuses")
struct SubmissionJudgeTests {
    private static let lexiconURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("LexiconTests/Fixtures/mini.yaml")

    private func judge(_ blocks: [TextBlock], unreadable: [FileRecord] = []) throws -> Judgement {
        let loaded = try LexiconLoader(cacheDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("lieciba-test-cache"))
            .load(Self.lexiconURL)
        let document = ReadDocument(path: "Pieteikums.docx", format: .docx, blocks: blocks)
        let files = [FileRecord(path: "Pieteikums.docx", format: .docx, status: .read)] + unreadable
        let submission = Submission(
            id: "S", source: "S.zip", container: ContainerRecord(kind: .archive, format: .zip, status: .read), files: files,
            documents: [document]
        )
        return SubmissionJudge(lexicon: loaded.source.file, matcher: loaded.matcher, verbs: try VerbForms()).judge(submission)
    }

    private func paragraph(_ text: String, _ ordinal: Int, kind: BlockKind = .paragraph, cell: TableCellAddress? = nil) -> TextBlock {
        TextBlock(text: text, kind: cell == nil ? kind : .tableCell, headingLevel: kind == .heading ? 1 : nil, location: BlockLocation(part: .body, ordinal: ordinal, cell: cell))
    }

    @Test("a negation reaches only its own clause")
    func clauseNegation() throws {
        let result = try judge([paragraph("Resursi nav apzināti, bet mēs sadarbojamies ar partneriem no Igaunijas.", 1)])
        let resources = try #require(result.indicators["C6.1"])
        #expect(resources.status == .missing)
        #expect(resources.evidence.first?.negated == true)
        #expect(resources.evidence.first?.counted == false)
        #expect(resources.explanation.contains("negated"))
        let networking = try #require(result.indicators["C6.4"])
        #expect(networking.evidence.first?.negated == false)
        #expect(networking.evidence.first?.matches.map(\.term) == ["sadarboties", "partneris"])
    }

    @Test(
        "bez denies only what it governs, and ne tikai … bet arī denies nothing",
        arguments: [
            ("Mūsu ciems ir atvērts viesiem bez maksas.", false),
            ("Strādājam bez pagasta atbalsta.", true),
            ("Bez maksas pieejams mūsu ciema ezers.", false),
            ("Mūs vieno ne tikai ciems, bet arī ezers.", false),
            ("Ciema mums vairs nav.", true),
        ]
    )
    func narrowCues(sentence: String, negated: Bool) throws {
        let result = try judge([paragraph(sentence, 1)])
        let mention = try #require(result.indicators["C1"]?.evidence.first)
        #expect(mention.matches.first?.negated == negated)
    }

    @Test("a word hyphenated at a line end is one word and its sentence one passage")
    func hyphenatedLineBreak() throws {
        let result = try judge([paragraph("Mēs ar skolu sadar-\nbojamies jau piecus gadus.\nOtrā rinda.", 1)])
        let passage = try #require(result.indicators["C6.4"]?.evidence.first)
        #expect(passage.text == "Mēs ar skolu sadar-\nbojamies jau piecus gadus.")
        #expect(passage.matches.map(\.term) == ["sadarboties"])
    }

    @Test("a sentence that denies an indicator is not rescued by a supporting word in another clause")
    func denialOutweighsSupport() throws {
        let result = try judge([paragraph("Resursi mums nav apzināti, un resursu saraksts ir tikai sākumā.", 1)])
        #expect(result.indicators["C6.1"]?.status == .missing)
        #expect(result.indicators["C6.1"]?.evidence.first?.negated == true)
        // Strong, undenied evidence in the same sentence still counts.
        let strong = try judge([paragraph("Ciemā nav skolas, bet esam vietējā kopiena.", 1)])
        #expect(strong.indicators["C1"]?.status == .present)
    }

    @Test("a section's denial withdraws mentions of what it denies, not of other terms that share a modifier with it")
    func sectionDenialByHead() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("corpora/lexicons/smart-village.lv.yaml")
        let loaded = try LexiconLoader(cacheDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("lieciba-test-cache")).load(url)
        let blocks = ["Kopīgas vīzijas mums vēl nav.", "Kopīgais mērķis ir saglabāt skolu."].enumerated().map { index, text in
            TextBlock(text: text, kind: .paragraph, location: BlockLocation(part: .body, ordinal: index + 2, headingPath: ["Nākotne"]))
        }
        let submission = Submission(
            id: "S", source: "S.zip", container: ContainerRecord(kind: .archive, format: .zip, status: .read),
            files: [FileRecord(path: "Pieteikums.docx", format: .docx, status: .read)],
            documents: [ReadDocument(path: "Pieteikums.docx", format: .docx, blocks: blocks)]
        )
        let vision = try #require(SubmissionJudge(lexicon: loaded.source.file, matcher: loaded.matcher, verbs: try VerbForms()).judge(submission).indicators["C2"])
        // "kopīga vīzija" is denied; "kopīgais mērķis" shares only "kopīgs" with it and stands.
        let goal = try #require(vision.evidence.first { $0.text.hasPrefix("Kopīgais mērķis") })
        #expect(goal.counted, "\(goal.notCountedBecause ?? "")")
        #expect(vision.status == .present)
    }

    @Test("a section that denies a strong term withdraws its other mentions of it; a denied supporting word does not")
    func sectionDenial() throws {
        func inSection(_ heading: String, _ text: String, _ ordinal: Int) -> TextBlock {
            TextBlock(text: text, kind: .paragraph, location: BlockLocation(part: .body, ordinal: ordinal, headingPath: [heading]))
        }
        let proposal = "Vadītāja runāja par vietējo kopienu."
        let denial = "Vietējās kopienas mums vēl nav."
        let sameSection = try #require(try judge([inSection("Sapulce", proposal, 1), inSection("Sapulce", denial, 2)]).indicators["C1"])
        #expect(sameSection.status == .missing)
        let withdrawn = try #require(sameSection.evidence.first { $0.text == proposal })
        #expect(!withdrawn.counted)
        #expect(withdrawn.notCountedBecause == "denied in its section")
        #expect(sameSection.counts.negated == 2)

        // In another section the denial says nothing about the mention.
        let apart = try judge([inSection("Sapulce", proposal, 1), inSection("Plāni", denial, 2)])
        #expect(apart.indicators["C1"]?.status == .present)

        // "No partners yet in Estonia" does not deny that the village has partners elsewhere.
        let supporting = try judge([
            inSection("Sadarbība", "Partneris ir novada skola.", 1), inSection("Sadarbība", "Partneru Igaunijā vēl nav.", 2),
        ])
        #expect(supporting.indicators["C6.4"]?.status == .weak)
        #expect(supporting.indicators["C6.4"]?.evidence.first?.counted == true)
    }

    @Test("the text under a heading that names an indicator answers it, unless empty or denied")
    func sectionAnswers() throws {
        func section(_ body: String) throws -> IndicatorResult? {
            try judge([
                paragraph("Sadarbības partneri", 1, kind: .heading),
                TextBlock(text: body, kind: .paragraph, location: BlockLocation(part: .body, ordinal: 2, headingPath: ["Sadarbības partneri"])),
            ]).indicators["C6.4"]
        }
        let answered = try #require(try section("Strādājam kopā ar skolu un bibliotēku ik gadu."))
        #expect(answered.status == .weak)
        #expect(answered.evidence.contains { $0.counted && $0.answersHeading == "Sadarbības partneri" })
        #expect(try section("—")?.status == .missing)
        #expect(try section("6.4.")?.status == .missing)
        #expect(try section("Paraksts: ________ L. Eglīte")?.status == .missing)
        #expect(try section("Tādu vēl nav.")?.status == .missing)
        // The sentence cited is the first that says something; numbering before it is passed over.
        let greeting = try #require(try judge([
            paragraph("Sadarbības partneri", 1, kind: .heading),
            TextBlock(text: "6.4.", kind: .paragraph, location: BlockLocation(part: .body, ordinal: 2, headingPath: ["Sadarbības partneri"])),
            TextBlock(
                text: "Sveiki! Strādājam kopā ar skolu un bibliotēku ik gadu.", kind: .paragraph,
                location: BlockLocation(part: .body, ordinal: 3, headingPath: ["Sadarbības partneri"])
            ),
        ]).indicators["C6.4"])
        #expect(greeting.evidence.first { $0.answersHeading != nil }?.text == "Strādājam kopā ar skolu un bibliotēku ik gadu.")
        // A template's own question, and a sub-heading, are no answers.
        #expect(try section("Ar ko jūs sadarbojaties savā ikdienas darbā?")?.status == .missing)
        let subheading = try judge([
            paragraph("Sadarbības partneri", 1, kind: .heading),
            TextBlock(text: "Vietējie uzņēmēji un iestādes", kind: .heading, headingLevel: 2, location: BlockLocation(part: .body, ordinal: 2)),
        ]).indicators["C6.4"]
        #expect(subheading?.status == .missing)
    }

    @Test("supporting passages count once per sentence: the same sentence twice is one passage")
    func distinctSentences() throws {
        let twice = try #require(try judge([paragraph("Mūsu ciems ir mazs.", 1), paragraph("Mūsu ciems ir mazs.", 2)]).indicators["C1"])
        #expect(twice.status == .weak)
        #expect(twice.counts.passages == 1)
        let two = try #require(try judge([paragraph("Mūsu ciems ir mazs.", 1), paragraph("Mūsu ciems ir zaļš.", 2)]).indicators["C1"])
        #expect(two.status == .present)
        #expect(two.counts.passages == 2)
    }

    @Test("a question asserts nothing: it is shown, not counted")
    func questions() throws {
        let result = try judge([paragraph("Kā notiek sadarbība ar partneriem?", 1)])
        #expect(result.indicators["C6.4"]?.status == .missing)
        #expect(result.indicators["C6.4"]?.evidence.first?.notCountedBecause == "question")
    }

    @Test("in text typed without capitals, a full stop still ends a negation's reach")
    func lowercaseSentences() throws {
        let result = try judge([paragraph("resursi mums nav apzināti. mēs sadarbojamies ar partneriem.", 1)])
        #expect(result.indicators["C6.1"]?.status == .missing)
        #expect(result.indicators["C6.4"]?.evidence.first?.negated == false)
    }

    @Test("one supporting passage is weak, two in distinct sentences are present, one strong is present")
    func thresholds() throws {
        #expect(try judge([paragraph("Mūsu ciems ir mazs.", 1)]).indicators["C1"]?.status == .weak)
        #expect(try judge([paragraph("Mūsu ciems ir mazs. Pagastā ir skola.", 1)]).indicators["C1"]?.status == .present)
        #expect(try judge([paragraph("Esam vietējā kopiena.", 1)]).indicators["C1"]?.status == .present)
        let none = try judge([paragraph("Šeit nav nekā par to.", 1)])
        #expect(none.indicators["C1"]?.status == .missing)
        #expect(none.indicators["C1"]?.explanation == "no mention")
    }

    @Test("headings and empty template rows are shown but not counted")
    func labels() throws {
        let result = try judge([
            paragraph("Sadarbības partneri", 1, kind: .heading),
            paragraph("Partneri", 2, cell: TableCellAddress(table: 1, row: 2, column: 1)),
            paragraph("—", 3, cell: TableCellAddress(table: 1, row: 2, column: 2)),
            paragraph("Resursi:", 4),
            paragraph("—", 5),
        ])
        let networking = try #require(result.indicators["C6.4"])
        #expect(networking.status == .missing)
        #expect(networking.evidence.count == 2)
        #expect(networking.evidence.allSatisfy { !$0.counted })
        #expect(networking.evidence.map(\.notCountedBecause) == ["heading", "template label with nothing filled in"])
        #expect(result.indicators["C6.1"]?.status == .missing)
    }

    @Test("criteria combine their indicators by rule; a gap unreadable files may fill cannot be checked")
    func criteria() throws {
        let unreadable = [FileRecord(path: "Pielikums.pdf", format: FileFormat(rawValue: "pdf"), status: .unsupported, reason: "PDF")]
        let result = try judge([paragraph("Mēs sadarbojamies ar LEADER partneriem. Traktors ir mūsu.", 1)], unreadable: unreadable)
        #expect(result.indicators["C6.4"]?.status == .present)
        let resources = try #require(result.indicators["C6.1"])
        #expect(resources.status == .missing)
        #expect(resources.shown == .unverifiable)
        #expect(resources.unverifiable?.files == ["Pielikums.pdf"])
        #expect(resources.explanation == "no mention; cannot be checked: Pielikums.pdf was not read")
        // One indicator of three is not most of them: the criterion is missing, and only for
        // indicators the unreadable file could show, so it cannot be checked either.
        #expect(result.criteria["C6"]?.status == .missing)
        #expect(result.criteria["C6"]?.shown == .unverifiable)
        #expect(result.resourceTypes == ["technical"])
    }

    @Test("a gap with every file read is missing, not unverifiable; partial needs most indicators shown")
    func rollUp() throws {
        let result = try judge([paragraph("Mēs sadarbojamies ar LEADER partneriem. Traktors ir mūsu.", 1)])
        #expect(result.indicators["C6.1"]?.shown == .missing)
        #expect(result.indicators["C6.1"]?.unverifiable == nil)
        #expect(result.criteria["C6"]?.shown == .missing)
        #expect(SubmissionJudge.combine([.present, .weak, .missing], rule: .all, unverifiable: [false, false, false]).status == .weak)
        #expect(SubmissionJudge.combine([.weak, .weak, .missing], rule: .all, unverifiable: [false, false, false]).status == .missing)
        #expect(SubmissionJudge.combine([.present, .missing, .missing], rule: .all, unverifiable: [false, true, false]).unverifiable == nil)
        #expect(SubmissionJudge.combine([.missing], rule: .any, unverifiable: [true]).shown == .unverifiable)
    }

    @Test("an indicator that combines others takes sentences with evidence for all of them")
    func combination() throws {
        // The mini scheme's C6.2 combines C6.1 (resources; the tractor is a technical resource) and C1.
        let result = try judge([paragraph("Traktoru izmantojam ciema ceļu tīrīšanai. Ciems ir mazs.", 1)])
        let combined = try #require(result.indicators["C6.2"])
        #expect(combined.status == .weak)
        #expect(combined.evidence.map(\.text) == ["Traktoru izmantojam ciema ceļu tīrīšanai."])
        #expect(Set(combined.evidence.first?.matches.map(\.term) ?? []) == ["traktors", "ciems"])
    }

    @Test("resource lists count for the resource indicator: under a resources heading, or two types in a sentence")
    func resourceLists() throws {
        let lone = try judge([paragraph("Traktors stāv šķūnī.", 1)])
        #expect(lone.indicators["C6.1"]?.status == .missing)
        #expect(lone.resourceTypes == ["technical"])
        // Two types in a sentence are not yet a list; three are (the mini scheme has two types,
        // so a sentence list cannot arise there).
        let pair = try judge([paragraph("Mums ir traktors un ezers.", 1)])
        #expect(pair.indicators["C6.1"]?.status == .missing)
        let underHeading = try judge([
            paragraph("Resursi", 1, kind: .heading),
            TextBlock(text: "Traktors", kind: .listItem, location: BlockLocation(part: .body, ordinal: 2, headingPath: ["Resursi"])),
        ])
        #expect(underHeading.indicators["C6.1"]?.status == .weak)
        // A numbered heading, as application forms number them, is a resources heading too: its
        // matched sentence is "Apzināti resursi", but passages name it whole.
        let numbered = "6.1. Apzināti resursi"
        let underNumberedHeading = try judge([
            paragraph(numbered, 1, kind: .heading),
            TextBlock(text: "Traktors", kind: .listItem, location: BlockLocation(part: .body, ordinal: 2, headingPath: [numbered])),
        ])
        #expect(underNumberedHeading.indicators["C6.1"]?.evidence.contains { $0.text == "Traktors" && $0.counted } == true)
        // A section under a resources heading that is about something else lists no resources.
        let otherSubsection = try judge([
            paragraph("6. Resursi", 1, kind: .heading),
            paragraph("6.3. Pasākumi", 2, kind: .heading),
            TextBlock(text: "Traktors", kind: .listItem, location: BlockLocation(part: .body, ordinal: 3, headingPath: ["6. Resursi", "6.3. Pasākumi"])),
        ])
        #expect(otherSubsection.indicators["C6.1"]?.evidence.contains { $0.text == "Traktors" } == false)
    }

    @Test("evidence carries offsets into its sentence and the neighbouring sentences")
    func evidenceShape() throws {
        let result = try judge([paragraph("Pirmais teikums. Mūsu ciemā dzīvo 300 cilvēku. Trešais teikums.", 7)])
        let evidence = try #require(result.indicators["C1"]?.evidence.first)
        #expect(evidence.text == "Mūsu ciemā dzīvo 300 cilvēku.")
        #expect(evidence.context.before == "Pirmais teikums.")
        #expect(evidence.context.after == "Trešais teikums.")
        #expect(evidence.ordinal == 7)
        let match = try #require(evidence.matches.first)
        let utf16 = Array(evidence.text.utf16)
        #expect(String(decoding: utf16[match.start..<match.end], as: UTF16.self) == "ciemā")
    }
}

@Suite("Evaluating decisions against labels")
struct EvaluationTests {
    @Test("missing-flag precision, recall and F1, and accuracy")
    func scores() {
        let calls: [Evaluation.Call] = [
            .init(submission: "A", indicator: "C1", expected: .missing, decided: .missing, explanation: ""),
            .init(submission: "B", indicator: "C1", expected: .missing, decided: .weak, explanation: ""),
            .init(submission: "C", indicator: "C1", expected: .present, decided: .missing, explanation: ""),
            .init(submission: "D", indicator: "C1", expected: .present, decided: .present, explanation: ""),
        ]
        let overall = Evaluation(calls: calls).overall
        #expect(overall.precision == 0.5)
        #expect(overall.recall == 0.5)
        #expect(overall.f1 == 0.5)
        #expect(overall.accuracy == 0.5)
        #expect(Evaluation(calls: calls).wrongCalls.map(\.submission) == ["B", "C"])
    }

    @Test("the report's order does not depend on the order the labels came in, for any scheme's ids")
    func order() {
        let ids = ["C4.10", "C4.9", "C1", "A2.1", "A1.1", "B1"]
        var calls: [Evaluation.Call] = []
        for submission in ["Ozolkalns", "Ābeļciems", "Dzērve"] {
            for id in ids { calls.append(.init(submission: submission, indicator: id, expected: .present, decided: .missing, explanation: "")) }
        }
        let expectedIDs = ["B1", "C1", "A1.1", "A2.1", "C4.9", "C4.10"]
        for seed in 0..<5 {
            var generator = SplitMix(seed: UInt64(seed))
            let evaluation = Evaluation(calls: calls.shuffled(using: &generator))
            #expect(evaluation.byIndicator.map(\.indicator) == expectedIDs)
            #expect(evaluation.wrongCalls.map { "\($0.submission) \($0.indicator)" } == ["Dzērve", "Ozolkalns", "Ābeļciems"].flatMap { name in expectedIDs.map { "\(name) \($0)" } })
        }
    }
}


/// Passages are compared by their bytes throughout judging.
@Suite("Comparing texts by their bytes")
struct SameUTF8Tests {
    @Test("equal bytes are equal wherever they are stored; canonically equal but different bytes are not")
    func sameBytes() {
        let long = "Biedrība „Ozolkalna kopiena” rīko talkas un kopsapulces."
        let copy = long
        let rebuilt = String(decoding: Array(long.utf8), as: UTF8.self)
        #expect(long.hasSameUTF8(as: copy))
        #expect(long.hasSameUTF8(as: rebuilt))
        #expect("ciems".hasSameUTF8(as: String("xciems".dropFirst())))
        #expect("".hasSameUTF8(as: ""))
        #expect(!long.hasSameUTF8(as: String(long.dropLast())))
        #expect(!long.hasSameUTF8(as: long.replacingOccurrences(of: "talkas", with: "talkaz")))
        #expect(!"ā".hasSameUTF8(as: "a\u{304}"), "== would call these equal; their bytes differ")
        #expect("ā" == "a\u{304}")
        #expect(!"ciems".hasSameUTF8(as: "ciemi"))
    }
}
