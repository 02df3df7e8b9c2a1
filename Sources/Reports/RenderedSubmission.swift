public import Decisions
public import DocumentModel
import Foundation

/// A submission with its share of the round's reports already rendered.
///
/// The evidence map entry and the evidence rows are most of a report's bytes. Rendering them
/// where the submission was judged spreads that work over every job, and leaves the in-order
/// writers, which run one at a time, only bytes to copy. Rendering is a pure function of the
/// submission, its judgement and the language, so the output stays the same whatever the
/// number of jobs, and a merge of shards renders exactly what a single scan would.
public struct RenderedSubmission: Sendable {
    /// The inventory and decisions; the text has served its purpose and is not carried on.
    public var submission: Submission
    public var judgement: Judgement?
    /// The submission's entry in `evidence-map.json`: compact JSON on one line.
    public var mapEntry: [UInt8]
    /// The submission's rows of `evidence.csv`.
    public var evidenceRows: [UInt8]

    /// - Throws: when the entry cannot be encoded as JSON.
    public init(_ submission: Submission, judgement: Judgement?, language: ReportLanguage) throws {
        var inventory = submission
        inventory.documents = []
        self.submission = inventory
        // The text and the highlights in it served the page; what travels on is what the map holds.
        self.judgement = judgement.map { judgement in
            var decisions = judgement
            decisions.highlights = nil
            return decisions
        }
        mapEntry = try EvidenceMapWriter.encodeEntry(inventory, judgement: judgement)
        evidenceRows = EvidenceCSVWriter.rows(for: inventory, judgement: judgement, language: language)
    }

    /// A submission as an earlier run rendered it, from its stored map entry and evidence rows
    /// (the ledger): the same bytes, and the inventory and decisions decoded from the entry.
    /// - Throws: when the entry is not a submission entry of this contract.
    public init(mapEntry: [UInt8], evidenceRows: [UInt8]) throws {
        let entry = try JSONDecoder().decode(SubmissionEntry.self, from: Data(mapEntry))
        submission = entry.submission
        judgement = entry.judgement
        self.mapEntry = mapEntry
        self.evidenceRows = evidenceRows
    }
}
