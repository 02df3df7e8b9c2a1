/// Which passages an indicator's result lists, when a document mentions it hundreds of times.
///
/// A status rests on a handful of passages (one strong or two supporting make it present); a
/// reviewer reads the best of them, not the two hundredth mention of "pagasts". The selection
/// keeps the strongest counted passages and the denials — what was negated must stay visible —
/// up to a limit each, in document order, and says how many it left out. Every match still
/// counts in the decision and in ``IndicatorResult/hits``.
public struct EvidenceSelection: Sendable, Hashable {
    /// Counted passages listed per indicator, and not-counted ones likewise; `nil` lists all.
    public var passagesPerIndicator: Int?

    public init(passagesPerIndicator: Int?) {
        self.passagesPerIndicator = passagesPerIndicator.map { max(0, $0) }
    }

    /// Every passage, as a reader of the evidence map may want for a small round.
    public static let all = EvidenceSelection(passagesPerIndicator: nil)

    /// The judgement with each indicator's passages narrowed to the selection.
    public func apply(to judgement: Judgement) -> Judgement {
        guard passagesPerIndicator != nil else { return judgement }
        var narrowed = judgement
        for (id, result) in judgement.indicators {
            let (listed, omitted) = select(result.evidence)
            guard omitted > 0 else { continue }
            var result = result
            result.evidence = listed
            result.evidenceOmitted = omitted + (result.evidenceOmitted ?? 0)
            narrowed.indicators[id] = result
        }
        return narrowed
    }

    /// The listed passages, in their original order, and how many were left out.
    public func select(_ evidence: [Evidence]) -> (listed: [Evidence], omitted: Int) {
        guard let listed = listed(evidence) else { return (evidence, 0) }
        return (listed.map { evidence[$0] }, evidence.count - listed.count)
    }

    /// The indices of the passages listed, in order; `nil` when all of them are.
    func listed<Passage: ListablePassage>(_ passages: [Passage]) -> [Int]? {
        guard let limit = passagesPerIndicator, passages.count > limit else { return nil }
        // Strong before supporting, denials before headings and labels; document order within.
        var kept = [Bool](repeating: false, count: passages.count)
        func keep(upTo limit: Int, _ tiers: [(Passage) -> Bool]) {
            var room = limit
            for belongs in tiers {
                for index in passages.indices where room > 0 && !kept[index] && belongs(passages[index]) {
                    kept[index] = true
                    room -= 1
                }
            }
        }
        keep(upTo: limit, [{ $0.counted && $0.isStrong }, { $0.counted && !$0.isStrong }])
        keep(upTo: limit, [{ !$0.counted && $0.negated }, { !$0.counted && !$0.negated }])
        return passages.indices.filter { kept[$0] }
    }
}

/// What the selection looks at in a passage.
protocol ListablePassage {
    var counted: Bool { get }
    var isStrong: Bool { get }
    var negated: Bool { get }
}

extension Evidence: ListablePassage {
    var isStrong: Bool { strength == "strong" }
}

extension Citation: ListablePassage {}
