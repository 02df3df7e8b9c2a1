import LatvianMorphology
import Decisions
import DocumentModel
import Foundation
import Lexicon
import SubmissionReading
import Testing

@testable import Reports

/// The judge lists only the passages a selection picks, making evidence of those alone, and hands
/// the page every passage's place as highlights. Both must come out exactly as judging everything
/// and selecting afterwards would: checked on every zip of the demo and development rounds.
@Suite("Judging with a selection")
struct SelectedJudgementTests {
    private static let corpora = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("corpora")

    private static func submissions() throws -> [Submission] {
        let reader = SubmissionReader()
        return try ["demo-round", "dev-round"].flatMap { round in
            let folder = corpora.appendingPathComponent(round)
            return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".zip") }.sorted().map { name in
                let path = folder.appendingPathComponent(name).path
                return reader.read(SubmissionSource(id: name, path: path, displayName: name, kind: .archive(.zip)))
            }
        }
    }

    @Test("results, listed passages and pages are those of judging everything and selecting after")
    func sameAsSelectingAfter() throws {
        let loaded = try LexiconLoader(cacheDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("lieciba-test-cache"))
            .load(Self.corpora.appendingPathComponent("lexicons/smart-village.lv.yaml"))
        let judge = SubmissionJudge(lexicon: loaded.source.file, matcher: loaded.matcher, verbs: try VerbForms())
        let page = SubmissionPage(lexicon: loaded.source.file, language: .lv, audit: AuditFacts(scannedAt: Date(timeIntervalSince1970: 0), lexicon: nil))
        let submissions = try Self.submissions()
        #expect(submissions.count >= 20)
        var omittedSomewhere = false
        for submission in submissions {
            var everything = judge.judge(submission)
            #expect(everything.highlights != nil)
            // Without highlights, the page places every passage it is given, as it does for a
            // judgement read back from a map.
            everything.highlights = nil
            for limit in [1, 2, 5] {
                let selection = EvidenceSelection(passagesPerIndicator: limit)
                let selected = judge.judge(submission, selection: selection)
                let afterwards = selection.apply(to: everything)
                #expect(selected.indicators == afterwards.indicators, "\(submission.id), \(limit) per indicator")
                #expect(selected.criteria == afterwards.criteria && selected.resourceTypes == afterwards.resourceTypes)
                omittedSomewhere = omittedSomewhere || selected.indicators.values.contains { $0.evidenceOmitted != nil }
                let fromHighlights = page.pageBytes(submission, judgement: selected, listed: selected)
                let fromEveryPassage = page.pageBytes(submission, judgement: everything, listed: afterwards)
                #expect(fromHighlights == fromEveryPassage, "\(submission.id): the page, \(limit) per indicator")
            }
        }
        #expect(omittedSomewhere, "the rounds give the selection something to leave out")
    }
}
