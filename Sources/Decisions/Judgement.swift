public import DocumentModel
public import Lexicon

/// How well a submission shows an indicator or criterion.
public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
    case present
    case weak
    case missing
}

/// What a reader is shown for an indicator or criterion: its ``Status``, except that a missing
/// one the unreadable files could have shown cannot be checked — it is not counted as missing.
public enum ShownStatus: String, Sendable, Hashable, CaseIterable {
    case present
    case weak
    case missing
    /// No evidence in the files read, and some files could not be read.
    case unverifiable
}

/// The decision for one indicator, with what it rests on.
public struct IndicatorResult: Sendable, Hashable, Codable {
    public var status: Status
    /// One line a reviewer reads next to the status.
    public var explanation: String
    public var counts: Counts
    /// The passages that mention the indicator — counted or not, so a reviewer sees why. All of
    /// them, or the selection ``EvidenceSelection`` made; then ``evidenceOmitted`` says how many
    /// more there were.
    public var evidence: [Evidence]
    /// Passages left out of ``evidence`` by the selection; absent when none were.
    public var evidenceOmitted: Int?
    /// Per lexicon entry (its text, as in the lexicon file), how often it matched in this
    /// submission, listed passages or not: what `lieciba lexicon stats` adds up.
    public var hits: [String: TermHits]?
    /// Set when the indicator is missing but cannot be checked: the files that could not be
    /// read may show it. ``status`` stays `missing` for readers of the first contract.
    public var unverifiable: Unverifiable?
    /// Set when the indicator is missing though each indicator it ties together is shown
    /// (``LexiconFile/Indicator/ties``): their ids, in the scheme's order. The parts are there;
    /// no passage links them.
    public var shownApart: [String]?

    /// The files that kept an indicator from being checked.
    public struct Unverifiable: Sendable, Hashable, Codable {
        /// Their paths, as in the submission's file list; the submission's own source when it
        /// could not be opened.
        public var files: [String]
    }

    /// What the reports show.
    public var shown: ShownStatus {
        unverifiable != nil ? .unverifiable : ShownStatus(rawValue: status.rawValue) ?? .missing
    }

    /// How often one lexicon entry matched.
    public struct TermHits: Sendable, Hashable, Codable {
        /// Matches in passages that count, not themselves denied.
        public var counted: Int
        /// Matches denied, or in headings, questions and labels.
        public var notCounted: Int

        public init(counted: Int, notCounted: Int) {
            self.counted = counted
            self.notCounted = notCounted
        }
    }

    /// The numbers behind the explanation.
    public struct Counts: Sendable, Hashable, Codable {
        /// Passages that count towards the status.
        public var passages: Int
        public var strongPassages: Int
        public var documents: Int
        /// Mentions not counted because they are denied ("resursi nav apzināti").
        public var negated: Int
        /// Mentions not counted because they are form, not content: headings, questions, template
        /// labels and wording, boilerplate, pointers to annexes.
        public var labelsOnly: Int
        /// Files of the submission that could not be read.
        public var unreadableFiles: Int
        /// Mentions not counted because they are only planned or wished.
        public var planned: Int
        /// Mentions not counted because they are about someone else or general text.
        public var notApplicant: Int
        /// Mentions not counted because they only name what the indicator needs taking part
        /// (a school named beside a garden, not working with the community).
        public var inPassing: Int

        public init(
            passages: Int,
            strongPassages: Int,
            documents: Int,
            negated: Int,
            labelsOnly: Int,
            unreadableFiles: Int,
            planned: Int = 0,
            notApplicant: Int = 0,
            inPassing: Int = 0
        ) {
            self.passages = passages
            self.strongPassages = strongPassages
            self.documents = documents
            self.negated = negated
            self.labelsOnly = labelsOnly
            self.unreadableFiles = unreadableFiles
            self.planned = planned
            self.notApplicant = notApplicant
            self.inPassing = inPassing
        }

        private enum CodingKeys: String, CodingKey {
            case passages, strongPassages, documents, negated, labelsOnly, unreadableFiles, planned, notApplicant, inPassing
        }

        /// Maps written before `planned`, `notApplicant` and `inPassing` existed read them as none.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            passages = try container.decode(Int.self, forKey: .passages)
            strongPassages = try container.decode(Int.self, forKey: .strongPassages)
            documents = try container.decode(Int.self, forKey: .documents)
            negated = try container.decode(Int.self, forKey: .negated)
            labelsOnly = try container.decode(Int.self, forKey: .labelsOnly)
            unreadableFiles = try container.decode(Int.self, forKey: .unreadableFiles)
            planned = try container.decodeIfPresent(Int.self, forKey: .planned) ?? 0
            notApplicant = try container.decodeIfPresent(Int.self, forKey: .notApplicant) ?? 0
            inPassing = try container.decodeIfPresent(Int.self, forKey: .inPassing) ?? 0
        }
    }
}

/// The decision for one criterion, from its indicators by the criterion's rule.
public struct CriterionResult: Sendable, Hashable, Codable {
    public var status: Status
    public var explanation: String
    /// Set (`true`) when the criterion is missing only for indicators that cannot be checked.
    public var unverifiable: Bool?

    public init(status: Status, explanation: String, unverifiable: Bool? = nil) {
        self.status = status
        self.explanation = explanation
        self.unverifiable = unverifiable
    }

    /// What the reports show.
    public var shown: ShownStatus {
        unverifiable == true ? .unverifiable : ShownStatus(rawValue: status.rawValue) ?? .missing
    }
}

/// A passage that mentions an indicator: the matched sentence, where it is, and what matched.
public struct Evidence: Sendable, Hashable, Codable {
    /// Where the passage is and what it says: held once and shared by the copy each indicator
    /// keeps of a passage, so that a copy costs one reference instead of one per string.
    private var place: SharedValue<Place>

    public var file: String {
        get { place.value.file }
        set { place.value.file = newValue }
    }
    public var part: DocumentPart {
        get { place.value.part }
        set { place.value.part = newValue }
    }
    public var headingPath: [String] {
        get { place.value.headingPath }
        set { place.value.headingPath = newValue }
    }
    public var cell: TableCellAddress? {
        get { place.value.cell }
        set { place.value.cell = newValue }
    }
    /// The block's place in its document.
    public var ordinal: Int {
        get { place.value.ordinal }
        set { place.value.ordinal = newValue }
    }
    /// The sentence.
    public var text: String {
        get { place.value.text }
        set { place.value.text = newValue }
    }
    /// The sentences before and after it in the same block.
    public var context: Context {
        get { place.value.context }
        set { place.value.context = newValue }
    }
    /// Where ``text`` starts in its block, in UTF-16 units, when the passage was found in this
    /// run (a passage read back from a map does not know): the page places its highlights
    /// there instead of searching the block for the sentence. Not part of the contract, and no
    /// part of what makes two passages the same.
    public var textOffset: Int? {
        get { place.value.textOffset.value }
        set { place.value.textOffset = Hint(value: newValue) }
    }
    public var matches: [MatchedTerm]
    /// The mention is denied in its clause.
    public var negated: Bool
    /// Whether it counts towards the status; if not, ``notCountedBecause`` says why.
    public var counted: Bool
    public var notCountedBecause: String?
    public var strength: String
    /// Set when the passage counts as the applicant's answer under a heading that names the
    /// indicator (the heading's text); its own words need not match the lexicon.
    public var answersHeading: String?
    /// Whose statement the sentence is and whether it is content or form, when it is not simply
    /// the applicant's own content (``Claim/plain``).
    public var claim: Claim?

    public struct Context: Sendable, Hashable, Codable {
        public var before: String
        public var after: String
    }

    /// The passage's location and text.
    private struct Place: Sendable, Hashable {
        var file: String
        var part: DocumentPart
        var headingPath: [String]
        var cell: TableCellAddress?
        var ordinal: Int
        var text: String
        var context: Context
        var textOffset: Hint<Int?>
    }

    init(
        file: String,
        part: DocumentPart,
        headingPath: [String],
        cell: TableCellAddress?,
        ordinal: Int,
        text: String,
        context: Context,
        matches: [MatchedTerm],
        negated: Bool,
        counted: Bool,
        notCountedBecause: String?,
        strength: String,
        answersHeading: String?,
        textOffset: Int? = nil
    ) {
        place = SharedValue(
            Place(
                file: file, part: part, headingPath: headingPath, cell: cell, ordinal: ordinal, text: text, context: context,
                textOffset: Hint(value: textOffset)
            )
        )
        self.matches = matches
        self.negated = negated
        self.counted = counted
        self.notCountedBecause = notCountedBecause
        self.strength = strength
        self.answersHeading = answersHeading
    }

    // The JSON contract: the keys and their order as they have always been written.
    private enum CodingKeys: String, CodingKey {
        case file, part, headingPath, cell, ordinal, text, context, matches, negated, counted, notCountedBecause, strength, answersHeading
        case claim
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            file: try container.decode(String.self, forKey: .file),
            part: try container.decode(DocumentPart.self, forKey: .part),
            headingPath: try container.decode([String].self, forKey: .headingPath),
            cell: try container.decodeIfPresent(TableCellAddress.self, forKey: .cell),
            ordinal: try container.decode(Int.self, forKey: .ordinal),
            text: try container.decode(String.self, forKey: .text),
            context: try container.decode(Context.self, forKey: .context),
            matches: try container.decode([MatchedTerm].self, forKey: .matches),
            negated: try container.decode(Bool.self, forKey: .negated),
            counted: try container.decode(Bool.self, forKey: .counted),
            notCountedBecause: try container.decodeIfPresent(String.self, forKey: .notCountedBecause),
            strength: try container.decode(String.self, forKey: .strength),
            answersHeading: try container.decodeIfPresent(String.self, forKey: .answersHeading)
        )
        claim = try container.decodeIfPresent(Claim.self, forKey: .claim)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let place = place.value
        try container.encode(place.file, forKey: .file)
        try container.encode(place.part, forKey: .part)
        try container.encode(place.headingPath, forKey: .headingPath)
        try container.encodeIfPresent(place.cell, forKey: .cell)
        try container.encode(place.ordinal, forKey: .ordinal)
        try container.encode(place.text, forKey: .text)
        try container.encode(place.context, forKey: .context)
        try container.encode(matches, forKey: .matches)
        try container.encode(negated, forKey: .negated)
        try container.encode(counted, forKey: .counted)
        try container.encodeIfPresent(notCountedBecause, forKey: .notCountedBecause)
        try container.encode(strength, forKey: .strength)
        try container.encodeIfPresent(answersHeading, forKey: .answersHeading)
        try container.encodeIfPresent(claim, forKey: .claim)
    }
}

/// A value kept in a shared, immutable box: copying it copies one reference, and changing it
/// makes a new box, so copies never see each other's changes.
struct SharedValue<Value: Sendable & Hashable>: Sendable, Hashable {
    private final class Box: Sendable {
        let value: Value

        init(_ value: Value) {
            self.value = value
        }
    }

    private var box: Box

    init(_ value: Value) {
        box = Box(value)
    }

    var value: Value {
        get { box.value }
        set { box = Box(newValue) }
    }

    static func == (left: SharedValue, right: SharedValue) -> Bool {
        left.box === right.box || left.box.value == right.box.value
    }

    func hash(into hasher: inout Hasher) {
        box.value.hash(into: &hasher)
    }
}

/// A value carried along that no comparison or hash looks at: what a value knows of where it
/// came from, which does not make it a different value.
struct Hint<Value: Sendable>: Sendable, Hashable {
    var value: Value

    static func == (left: Hint, right: Hint) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
}

/// One matched term inside an evidence passage; `start`/`end` are UTF-16 offsets into the
/// passage's `text`.
public struct MatchedTerm: Sendable, Hashable, Codable {
    public var term: String
    public var lemma: String
    public var start: Int
    public var end: Int
    public var strength: String
    public var negated: Bool
    /// Matched without diacritics in a text typed without them.
    public var folded: Bool?
    /// Whether its clause reports a plan or a wish rather than what is; absent when it reports
    /// what is (``LexiconFile/Mode/actual``).
    public var mode: LexiconFile.Mode?
    /// Set (`true`) when its clause's doer is an institution ("Talkas organizē pagasta
    /// pārvalde"), not the residents.
    public var byInstitution: Bool?
    /// Set (`true`) when it stands inside a form's bracketed examples ("… (piemēram,
    /// kooperatīvs, e-veikals)"): the form's hint, not the applicant's answer.
    public var inExample: Bool?
}

/// Everything decided about one submission.
public struct Judgement: Sendable, Hashable {
    public var indicators: [String: IndicatorResult]
    public var criteria: [String: CriterionResult]
    /// The C6.1 resource types shown.
    public var resourceTypes: [String]
    /// Who applies and from where, as the documents name it; `nil` when they name none of it.
    public var applicant: Applicant?
    /// Where every passage of every indicator lies in the submission's text, listed or not: what
    /// a page's full text highlights. Set by ``SubmissionJudge``; `nil` for a judgement read back
    /// from an evidence map, which knows only the passages it lists.
    public var highlights: Highlights?
    /// Documents (or the rest of them) left unjudged at a limit; `nil` when everything was
    /// judged. Not part of the evidence map: the file records say it (see
    /// ``Submission/markUnjudged(_:)``).
    public var unjudged: Unjudged?

    /// Documents judged only in part, or not at all, because judging met a limit.
    public struct Unjudged: Sendable, Hashable {
        /// Their paths; the first was judged up to the limit, the rest not at all.
        public var documents: [String]
        public var limit: LimitHit
    }

    public init(
        indicators: [String: IndicatorResult], criteria: [String: CriterionResult], resourceTypes: [String], applicant: Applicant? = nil,
        highlights: Highlights? = nil
    ) {
        self.indicators = indicators
        self.criteria = criteria
        self.resourceTypes = resourceTypes
        self.applicant = applicant
        self.highlights = highlights
    }
}

extension Submission {
    /// Marks the documents `unjudged` names as skipped at its limit, so that every report says
    /// they were not (fully) judged and why.
    public mutating func markUnjudged(_ unjudged: Judgement.Unjudged) {
        let paths = Set(unjudged.documents)
        for index in files.indices where paths.contains(files[index].path) && !files[index].isUnreadable {
            files[index].status = .skipped
            files[index].reasonCode = .tooLarge
            files[index].limit = unjudged.limit
            files[index].reason = ReasonWording.text(for: files[index], in: .english)
        }
    }
}

/// The matches of a submission's passages, by where they lie: a document, one of its blocks, and
/// a range of the block's text.
public struct Highlights: Sendable, Hashable {
    /// One match in a block's text, in UTF-16 units (as every offset of the evidence map).
    public struct Mark: Sendable, Hashable {
        public var start: Int
        public var end: Int
        /// The mention there is denied.
        public var negated: Bool
        /// The indicators the mention counts for, as bits by their place in the scheme's list
        /// of indicators (the first 64).
        public var countsFor: UInt64
        /// The indicators the mention was cited for without counting, as bits likewise.
        public var mentionedFor: UInt64
    }

    /// A mark and the block it is in, by the block's ordinal.
    public struct Placed: Sendable, Hashable {
        public var ordinal: Int
        public var mark: Mark
    }

    /// By document, in the submission's order; in the order the passages were cited.
    private var documents: [[Placed]]

    init(documents count: Int) {
        documents = Array(repeating: [], count: count)
    }

    /// The marks in document number `document`, in the order of their blocks' ordinals; marks
    /// may overlap.
    public func marks(inDocument document: Int) -> [Placed] {
        guard documents.indices.contains(document) else { return [] }
        return documents[document].sorted { $0.ordinal < $1.ordinal }
    }

    /// The bit of the indicator at `index` in the scheme's list, or none past the 64th.
    public static func bit(ofIndicatorAt index: Int) -> UInt64 {
        index < 64 ? 1 << UInt64(index) : 0
    }

    /// Adds the matches `citations` cite for the indicator at `indicator` in the scheme's list,
    /// each where its passage lies.
    mutating func add(_ citations: [Citation], in found: [PassageFinder.Found], indicator: Int) {
        let bit = Self.bit(ofIndicatorAt: indicator)
        // Read in place: a copy of each found passage would be a reference count per string.
        for citation in citations {
            guard let index = citation.foundIndex else { continue }
            let document = found[index].document
            guard let offset = found[index].evidence.textOffset, documents.indices.contains(document) else { continue }
            let ordinal = found[index].evidence.ordinal
            for match in citation.citedMatches(in: found) {
                let mark = Mark(
                    start: offset + match.start, end: offset + match.end, negated: match.negated,
                    countsFor: citation.counted ? bit : 0, mentionedFor: citation.counted ? 0 : bit
                )
                documents[document].append(Placed(ordinal: ordinal, mark: mark))
            }
        }
    }
}
