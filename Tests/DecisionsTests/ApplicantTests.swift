import Foundation
import Testing
import TestSupport

@testable import Decisions
import DocumentModel
import Lexicon

/// Who applies and from where, as the documents name it: the top of a submission's page.
@Suite("Finding the applicant, the village and the parish")
struct ApplicantTests {
    private static let fields: LexiconFile.Applicant? = {
        let url = Lieciba.repositoryRoot.appendingPathComponent("corpora/lexicons/smart-village.lv.yaml")
        return (try? LexiconLoader(cacheDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("lieciba-test-cache")).load(url))?
            .source.file.applicant
    }()

    private func applicant(_ paragraphs: [String], header: [String] = []) -> Applicant {
        var blocks = paragraphs.enumerated().map { TextBlock(text: $1, kind: .paragraph, location: BlockLocation(part: .body, ordinal: $0 + 1)) }
        blocks += header.enumerated().map { TextBlock(text: $1, kind: .paragraph, location: BlockLocation(part: .header, ordinal: 100 + $0)) }
        let documents = [ReadDocument(path: "Pieteikums.docx", format: .docx, blocks: blocks)]
        let values = Self.fields.map { ApplicantField.values(in: documents, fields: $0) } ?? []
        return ApplicantFinder().applicant(in: documents, fieldValues: values)
    }

    @Test("the form's applicant field names the organisation, in the nominative, with where it stands")
    func field() throws {
        try #require(Self.fields != nil)
        let found = applicant([
            "1. Projekta iesniedzējs: biedrības „Kalnu kopiena” valde",
            "Biedrība „Sporta draugi” palīdz mums ar inventāru. Biedrība „Sporta draugi” ir mūsu partneris.",
        ])
        #expect(found.organisation?.name == "biedrība „Kalnu kopiena”")
        #expect(found.organisation?.location.ordinal == 1)
        #expect(found.organisation?.file == "Pieteikums.docx")
    }

    @Test("without a field, the organisation the body names most often; the page header's action group is left out")
    func mostNamed() {
        let found = applicant(
            [
                "Biedrība „Ozolu kopiena” dibināta 2015. gadā.",
                "Sadarbojamies ar biedrību \"Meža draugi\".",
                "Biedrības „Ozolu kopiena” biedri sanāk katru mēnesi.",
            ],
            header: ["Biedrība „Partnerība Laukiem un jūrai”", "Biedrība „Partnerība Laukiem un jūrai”", "Biedrība „Partnerība Laukiem un jūrai”"]
        )
        #expect(found.organisation?.name == "biedrība „Ozolu kopiena”")
        #expect(found.organisation?.location.ordinal == 1)
    }

    @Test("the village and parish named most often, in the nominative; not a village's kind nor a name across a sentence")
    func places() {
        let found = applicant([
            "Mēs dzīvojam Kalnu ciemā, Sējas pagastā.",
            "Kalnu ciema iedzīvotāji ir aktīvi. Viedā ciema pazīmes mums ir svarīgas.",
            "Kaimiņu Lejas ciemā ir veikals. Lejas ciems ir mazāks.",
            "Braucam pie Upes. Ciemā ir klusi.",
            "Kalnu ciemam ir sava vēsture, un Sējas pagasta pārvalde atbalsta.",
        ])
        #expect(found.village?.name == "Kalnu ciems")
        #expect(found.village?.location.ordinal == 1)
        #expect(found.parish?.name == "Sējas pagasts")
    }

    @Test("a village that names itself: „Ozolkalns ir neliels ciems …”")
    func namesItself() {
        let found = applicant(["Ozolkalns ir neliels ciems Rožupes pagastā.", "Mūsu ciems ir zaļš. Šis ir ciems."])
        #expect(found.village?.name == "Ozolkalns")
        #expect(found.parish?.name == "Rožupes pagasts")
    }

    @Test("a form's table head is no name; the action group writing to the applicant is not the applicant; a company is named")
    func notTheApplicant() throws {
        try #require(Self.fields != nil)
        let table = applicant([
            "1. Pretendents", "Lauks", "Vērtība", "Nosaukums", "biedrība „Bērzgales saime”",
            "Biedrība „Rēzeknes rajona kopienu partnerība” aicina iesniegt projektus.",
        ])
        #expect(table.organisation?.name == "biedrība „Bērzgales saime”")
        let letter = applicant([
            "Labdien! Biedrība „Rēzeknes rajona kopienu partnerība” saņēma jūsu vēstuli.",
            "Biedrība „Rēzeknes rajona kopienu partnerība” iesaka papildināt pieteikumu.",
            "Ar cieņu, biedrības „Strūžānu krasts” valde",
        ])
        #expect(letter.organisation?.name == "biedrība „Strūžānu krasts”")
        let company = applicant(["SIA „Lūznavas dārzi” ir ģimenes uzņēmums Lūznavas pagastā."])
        #expect(company.organisation?.name == "SIA „Lūznavas dārzi”")
        #expect(company.parish?.name == "Lūznavas pagasts")
    }

    @Test("a submission that names none has no applicant, and says nothing rather than guess")
    func none() {
        let found = applicant(["Mūsu ciems ir mazs.", "Šis pagasts ir liels."])
        #expect(found.isEmpty)
    }

    @Test("typed without diacritics, names are found and shown as written")
    func withoutDiacritics() {
        let found = applicant(["Biedriba \"Liepu saime\" darbojas Liepu ciema un Vilces pagasta.", "Liepu ciema notiek talkas."])
        #expect(found.organisation?.name == "biedrība „Liepu saime”")
        #expect(found.village?.name == "Liepu ciems")
        #expect(found.parish?.name == "Vilces pagasts")
    }
}
