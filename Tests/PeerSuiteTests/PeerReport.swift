import Foundation

/// One input compared with its peer's expected text.
struct PeerOutcome {
    var name: String
    var score: WordScore
    /// Set when the file is shown but left out of the totals; the reason is printed with it.
    var excluded: String?
    /// Expected words we did not produce, and words we produced that were not expected.
    var missing: [String] = []
    var extra: [String] = []
    /// Set when the input could not be read at all.
    var failure: String?

    init(name: String, expected: WordBag, ours: WordBag, excluded: String? = nil) {
        self.name = name
        self.score = WordScore(expected: expected, ours: ours)
        self.excluded = excluded
        self.missing = expected.surplus(over: ours)
        self.extra = ours.surplus(over: expected)
    }
}

/// Prints a per-file table to the `swift test` output, so that a regression shows which file it
/// came from and which words went missing.
enum PeerReport {
    /// Prints `outcomes` under `title` and returns the totals over the files not excluded.
    @discardableResult
    static func print(_ title: String, _ outcomes: [PeerOutcome]) -> WordScore {
        let included = outcomes.filter { $0.excluded == nil }
        let total = included.reduce(WordScore()) { $0 + $1.score }
        let width = max(24, outcomes.map(\.name.count).max() ?? 0)
        var lines = ["", "── \(title) " + String(repeating: "─", count: max(0, width + 30 - title.count))]
        lines.append(row("file", width, "expected", "ours", "recall", "precision"))
        for outcome in outcomes {
            var line = row(
                outcome.name, width, "\(outcome.score.expected)", "\(outcome.score.ours)",
                percent(outcome.score.recall), percent(outcome.score.precision)
            )
            if let excluded = outcome.excluded { line += "  (excluded: \(excluded))" }
            if let failure = outcome.failure { line += "  FAILED: \(failure)" }
            lines.append(line)
            if outcome.score.recall < 1, !outcome.missing.isEmpty {
                lines.append(String(repeating: " ", count: width + 2) + "missing: " + outcome.missing.joined(separator: " "))
            }
            if outcome.score.precision < 1, !outcome.extra.isEmpty {
                lines.append(String(repeating: " ", count: width + 2) + "extra:   " + outcome.extra.joined(separator: " "))
            }
        }
        lines.append(
            row(
                "TOTAL (\(included.count) of \(outcomes.count) files)", width, "\(total.expected)", "\(total.ours)",
                percent(total.recall), percent(total.precision)
            )
        )
        Swift.print(lines.joined(separator: "\n"))
        // Tests run in parallel and report on stderr; flushing keeps each table in one piece.
        fflush(nil)
        return total
    }

    private static func row(_ name: String, _ width: Int, _ columns: String...) -> String {
        name.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
            + columns.map { $0.leftPadded(to: $0 == columns.last ? 9 : 8) }.joined(separator: " ")
    }

    static func percent(_ value: Double) -> String {
        String(format: "%.4f", value)
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
