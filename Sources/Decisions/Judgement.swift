public import DocumentModel

/// How well a submission shows an indicator or criterion.
public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
    case present
    case weak
    case missing
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
        /// Mentions not counted because they are only headings, questions or template labels.
        public var labelsOnly: Int
        /// Files of the submission that could not be read.
        public var unreadableFiles: Int
    }
}

/// The decision for one criterion, from its indicators by the criterion's rule.
public struct CriterionResult: Sendable, Hashable, Codable {
    public var status: Status
    public var explanation: String
}

/// A passage that mentions an indicator: the matched sentence, where it is, and what matched.
public struct Evidence: Sendable, Hashable, Codable {
    public var file: String
    public var part: DocumentPart
    public var headingPath: [String]
    public var cell: TableCellAddress?
    /// The block's place in its document.
    public var ordinal: Int
    /// The sentence.
    public var text: String
    /// The sentences before and after it in the same block.
    public var context: Context
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

    public struct Context: Sendable, Hashable, Codable {
        public var before: String
        public var after: String
    }
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
}

/// Everything decided about one submission.
public struct Judgement: Sendable, Hashable {
    public var indicators: [String: IndicatorResult]
    public var criteria: [String: CriterionResult]
    /// The C6.1 resource types shown.
    public var resourceTypes: [String]

    public init(indicators: [String: IndicatorResult], criteria: [String: CriterionResult], resourceTypes: [String]) {
        self.indicators = indicators
        self.criteria = criteria
        self.resourceTypes = resourceTypes
    }
}
