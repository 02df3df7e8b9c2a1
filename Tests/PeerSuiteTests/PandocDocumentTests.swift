import DocumentModel
import TestSupport
import Testing

/// pandoc's reader tests as a recall/precision floor for our DOCX and ODT extraction.
///
/// Word counts are summed over the whole set before dividing, so a large document weighs more
/// than a one-line one. The per-file table printed alongside shows where a regression comes from.
@Suite(.enabled(if: PeerSuite.isAvailable, PeerSuite.skipMessage))
struct PandocDocumentTests {
    @Test func docxWordsMatchPandoc() throws {
        let outcomes = try PandocCorpus.outcomes(folder: "pandoc/docx", format: .docx)
        let total = PeerReport.print("pandoc DOCX (default reading)", outcomes)
        #expect(outcomes.count > 50, "INDEX.tsv lists fewer DOCX inputs than expected")
        #expect(outcomes.filter { $0.excluded == nil }.allSatisfy { $0.failure == nil }, "some DOCX could not be read")
        #expect(total.recall >= 0.99, "DOCX word recall \(PeerReport.percent(total.recall))")
        #expect(total.precision >= 0.99, "DOCX word precision \(PeerReport.percent(total.precision))")
    }

    @Test func odtWordsMatchPandoc() throws {
        let outcomes = try PandocCorpus.outcomes(folder: "pandoc/odt", format: .odt)
        let total = PeerReport.print("pandoc ODT", outcomes)
        #expect(outcomes.count > 40, "INDEX.tsv lists fewer ODT inputs than expected")
        #expect(outcomes.filter { $0.excluded == nil }.allSatisfy { $0.failure == nil }, "some ODT could not be read")
        #expect(total.recall >= 0.99, "ODT word recall \(PeerReport.percent(total.recall))")
        #expect(total.precision >= 0.99, "ODT word precision \(PeerReport.percent(total.precision))")
    }
}
