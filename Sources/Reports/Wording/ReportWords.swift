public import Decisions
import DocumentModel

/// Every word a report shows — pages, overview, spreadsheets, the scan's closing summary — in
/// one language. Each language fills it in one file (`Latvian.swift`, `English.swift`), so a
/// reviewer reads all of a language's text in one place.
///
/// Counted phrases are functions of the number, since Latvian agreement depends on it (1, 21, 31
/// … take the singular, 11 does not).
public struct ReportWords: Sendable {
    /// The `lang` attribute of the pages.
    public var lang: String

    // MARK: Statuses

    public var present: String
    public var weak: String
    public var missing: String
    public var unverifiable: String

    // MARK: Overview

    public var roundTitle: String
    public var submission: String
    public var legend: String
    public var missingCriteria: String
    public var missingIndicators: String
    public var unreadFiles: String
    public var filterShow: String
    public var filterAll: String
    public var filterMissing: String
    public var filterMissingOrPartial: String
    public var filterUnreadable: String
    public var filterIn: String
    public var filterAnyColumn: String
    public var sortHint: String
    public var spreadsheets: String
    public var howToRead: String
    /// The section "how to read this report" at the foot of the overview, paragraph by paragraph.
    public var guide: [String]

    // MARK: A submission's page

    public var backToRound: String
    public var previous: String
    public var next: String
    public var applicant: String
    public var place: String
    public var notFoundInText: String
    public var source: String
    public var filesSubmitted: String
    public var fileColumn: String
    public var formatColumn: String
    public var statusColumn: String
    public var fileRead: String
    public var fileNotAssessed: String
    /// Beside a file whose name's code page is a guess: "the name's code page is a guess (CP775)".
    public var nameGuessed: @Sendable (String) -> String
    public var summary: String
    public var bestQuote: String
    public var fileAndLocation: String
    public var noQuote: String
    public var unreadableBanner: String
    public var evidence: String
    public var notCounted: String
    public var noEvidence: String
    public var fullText: String
    public var showInText: String
    public var answerUnder: String
    public var direct: String
    public var indirect: String
    public var planned: String
    public var wished: String
    public var printSummary: String
    public var printWithFullText: String
    /// How many mentions the passage lists leave out.
    public var notListed: @Sendable (Int) -> String
    /// A highlight's title: the indicators its sentence counts for.
    public var countsFor: @Sendable (String) -> String
    /// A highlight's title when its sentence counts for none.
    public var countsForNone: String
    /// Why a mention did not count, for each of the judge's reasons.
    public var why: @Sendable (NotCounted) -> String

    // MARK: Audit facts

    public var madeWith: String
    public var scannedAt: String
    public var lexicon: String
    public var version: String
    public var inputDigest: String

    // MARK: Locations

    /// Document parts by their map name (`body`, `header` …).
    public var parts: [String: String]
    /// "table 1, row 2, column 3".
    public var cell: @Sendable (_ table: Int, _ row: Int, _ column: Int) -> String
    /// "row „Resources”", "column „Description”": the headers of a quoted cell.
    public var inRow: @Sendable (String) -> String
    public var inColumn: @Sendable (String) -> String
    /// Before the other places a repeated passage stands: "also".
    public var alsoAt: String

    // MARK: Spreadsheets

    public var criteriaPresent: String
    public var criteriaWeak: String
    public var criteriaMissing: String
    public var criteriaUnverifiable: String
    public var indicatorsMissing: String
    public var unreadFilesCount: String
    public var name: String
    public var indicator: String
    public var file: String
    public var location: String
    public var leftContext: String
    public var matched: String
    public var rightContext: String
    public var quote: String
    public var kind: String
    public var counted: String
    public var whyNotCounted: String
    public var yes: String
    public var no: String

    // MARK: Explanations

    /// The phrases of the one-line explanations, which ``Explanation`` assembles.
    public var explanation: Explanation.Phrases
    public var criterionLine: @Sendable (_ present: Int, _ weak: Int, _ total: Int, _ anyOne: Bool) -> String

    // MARK: The scan's closing summary

    public var scanned: @Sendable (_ submissions: Int, _ documents: Int, _ unreadable: Int) -> String
    /// "2 damaged": files not read, by their status's map name.
    public var unreadableKind: @Sendable (_ count: Int, _ status: String) -> String
    public var notFullyOpened: @Sendable (Int) -> String
    public var criteriaMissingSummary: String
    public var cannotCheckSummary: String
    public var withUnreadFiles: String
    public var speed: @Sendable (_ seconds: Double, _ perSecond: Double, _ megabytesPerSecond: Double) -> String
    public var evidenceMap: String
    public var report: String
    public var reused: @Sendable (Int) -> String

    // MARK: Progress

    public var progress: @Sendable (_ done: Int, _ total: Int, _ documents: Int, _ megabytesPerSecond: Double, _ elapsed: String, _ eta: String, _ warnings: Int) -> String
}

extension ReportWords {
    /// A status word by its map name.
    public func status(_ status: String) -> String {
        switch status {
        case "present": present
        case "weak": weak
        case "unverifiable": unverifiable
        default: missing
        }
    }

    /// Why a mention did not count, from the reason the map records
    /// (``Evidence/notCountedBecause``); a reason this version does not know stays as written.
    public func why(_ recorded: String) -> String {
        NotCounted(rawValue: recorded).map(why) ?? recorded
    }

    /// A document part by its map name.
    public func part(_ part: String) -> String {
        parts[part] ?? part
    }

    /// Where a block is, step by step: "pamatteksts", its headings, "1. tabula, 2. rinda, 3. kolonna".
    func place(part: DocumentPart, headingPath: [String], cell: TableCellAddress?) -> [String] {
        var steps = [self.part(part.rawValue)] + headingPath
        if let cell { steps.append(self.cell(cell.table, cell.row, cell.column)) }
        return steps
    }

    /// A symbol per status, so that no report relies on colour alone.
    public static func symbol(_ status: String) -> String {
        switch status {
        case "present": "●"
        case "weak": "◐"
        case "unverifiable": "⊘"
        default: "○"
        }
    }

    /// Whether `count` takes the singular in Latvian: 1, 21, 31 … but not 11.
    static func latvianSingular(_ count: Int) -> Bool {
        count % 10 == 1 && count % 100 != 11
    }
}
