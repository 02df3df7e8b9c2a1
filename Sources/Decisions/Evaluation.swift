/// Measures decisions against a reviewer's labels, the way staff use them: a "missing" flag is
/// what sends a submission back, so its precision and recall are what matter.
public struct Evaluation: Sendable {
    /// One submission's label and decision for one indicator.
    public struct Call: Sendable, Hashable {
        public var submission: String
        public var indicator: String
        public var expected: Status
        public var decided: Status
        public var explanation: String
        /// The label says present or absent only: a weak decision agrees with present, and only
        /// the missing flag is compared.
        public var binary: Bool
        /// Why the indicator's passages did not count, most often first; empty when every one of
        /// them counted (or there were none).
        public var notCountedBecause: [String]

        public init(
            submission: String,
            indicator: String,
            expected: Status,
            decided: Status,
            explanation: String,
            binary: Bool = false,
            notCountedBecause: [String] = []
        ) {
            self.submission = submission
            self.indicator = indicator
            self.expected = expected
            self.decided = decided
            self.explanation = explanation
            self.binary = binary
            self.notCountedBecause = notCountedBecause
        }

        /// The claim class a wrong missing flag comes from: for a flag raised wrongly, the reason
        /// most of the indicator's passages did not count ("planned, not done", "negated") or
        /// "no mention"; for a flag missed, that the passages were let through as the applicant's
        /// own, affirmed, actual content. `nil` when the flag is right.
        public var cause: String? {
            switch (expected == .missing, decided == .missing) {
            case (false, true): notCountedBecause.first ?? Self.noMention
            case (true, false): Self.letThrough
            default: nil
            }
        }

        public static let noMention = "no mention"
        public static let letThrough = "let through as the applicant's own, done"

        /// Whether the decision agrees with the label.
        public var agrees: Bool {
            binary ? (expected == .missing) == (decided == .missing) : expected == decided
        }
    }

    /// Precision, recall and F1 of the missing flag, and exact-status accuracy.
    public struct Scores: Sendable, Hashable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0
        public var agreements = 0
        public var calls = 0
        /// Calls decided present, and those of them labelled present (or weak).
        public var decidedPresent = 0
        public var rightlyPresent = 0

        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        public var accuracy: Double { ratio(agreements, calls) }
        /// How often "present" is right: what a commission trusts when it skips a row.
        public var presentPrecision: Double { ratio(rightlyPresent, decidedPresent) }

        mutating func add(_ call: Call) {
            calls += 1
            if call.agrees { agreements += 1 }
            if call.decided == .present {
                decidedPresent += 1
                if call.expected != .missing { rightlyPresent += 1 }
            }
            switch (call.expected == .missing, call.decided == .missing) {
            case (true, true): truePositives += 1
            case (false, true): falsePositives += 1
            case (true, false): falseNegatives += 1
            case (false, false): break
            }
        }

        /// With no flags expected and none raised, the flag is perfect: 1.
        private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 1 : Double(part) / Double(whole) }
    }

    /// By submission, then indicator in scheme order: a report reads the same from run to run,
    /// whatever order the labels came in. (Submissions of several rounds pooled keep their ids.)
    public var calls: [Call]

    public init(calls: [Call]) {
        self.calls = calls.sorted { left, right in
            left.submission != right.submission
                ? left.submission < right.submission : Self.precedes(left.indicator, right.indicator)
        }
    }

    public var overall: Scores {
        calls.reduce(into: Scores()) { $0.add($1) }
    }

    public var byIndicator: [(indicator: String, scores: Scores)] {
        Dictionary(grouping: calls, by: \.indicator)
            .map { ($0.key, $0.value.reduce(into: Scores()) { $0.add($1) }) }
            .sorted { Self.precedes($0.indicator, $1.indicator) }
    }

    /// Wrong missing flags by the claim class that caused them (see ``Call/cause``), most
    /// first, then by name.
    public var wrongFlagsByCause: [(cause: String, count: Int)] {
        Dictionary(grouping: calls.compactMap(\.cause), by: { $0 }).map { ($0.key, $0.value.count) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.cause < $1.cause }
    }

    /// Calls whose missing flag is wrong, and other status disagreements after them.
    public var wrongCalls: [Call] {
        let wrong = calls.filter { !$0.agrees }
        let flagWrong = wrong.filter { ($0.expected == .missing) != ($0.decided == .missing) }
        let statusWrong = wrong.filter { ($0.expected == .missing) == ($0.decided == .missing) }
        return flagWrong + statusWrong
    }
}

extension Evaluation {
    /// Indicator ids in reading order, `C4.10` after `C4.9`: their numbers compared as numbers,
    /// and ids of another shape (another action group's scheme, `A1.1`) by their text when the
    /// numbers are the same — never left to a dictionary's order.
    static func precedes(_ left: String, _ right: String) -> Bool {
        func numbers(_ id: String) -> [Int] { id.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) } }
        let (lhs, rhs) = (numbers(left), numbers(right))
        return lhs != rhs ? lhs.lexicographicallyPrecedes(rhs) : left < right
    }
}
