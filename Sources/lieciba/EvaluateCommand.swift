import ArgumentParser
import Decisions
import Foundation

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Compare a scan's decisions with a reviewer's labels.",
        discussion: """
            Prints, per indicator and overall, precision, recall and F1 of the "missing" flags and \
            the accuracy of the status, then every wrong call with its explanation. Labels: \
            {"submissions": {"ID": {"indicators": {"C1": "present" | "weak" | "missing", …}}}}.
            """
    )

    @Option(help: "The labels file.")
    var labels: String

    @Argument(help: "The evidence-map.json of the scanned round.")
    var evidenceMap: String

    func run() throws {
        let labelled = try JSONFile.decode(LabelsFile.self, from: labels, what: "labels file")
        guard !labelled.submissions.isEmpty else {
            throw ValidationError("the labels file \(labels) labels no submission: nothing to evaluate")
        }
        let map = try JSONFile.decode(DecidedMap.self, from: evidenceMap, what: "evidence map")
        var decided: [String: DecidedMap.Submission] = [:]
        for submission in map.submissions {
            guard decided.updateValue(submission, forKey: submission.id) == nil else {
                throw ValidationError("the evidence map \(evidenceMap) lists submission \(submission.id) twice: it is not a map Liecība wrote")
            }
        }
        var calls: [Evaluation.Call] = []
        for (id, submission) in labelled.submissions.sorted(by: { $0.key < $1.key }) {
            guard let entry = decided[id] else {
                throw ValidationError("submission \(id) is labelled but not in the evidence map")
            }
            for (indicator, expected) in submission.indicators {
                guard let result = entry.indicators?[indicator] else {
                    throw ValidationError("indicator \(indicator) of \(id) is labelled but not decided (scan without a lexicon?)")
                }
                calls.append(
                    Evaluation.Call(
                        submission: id, indicator: indicator, expected: expected, decided: result.status,
                        explanation: result.explanation
                    )
                )
            }
        }
        let evaluation = Evaluation(calls: calls)
        print("indicator  missing-P  missing-R  missing-F1  accuracy  calls")
        func row(_ name: String, _ scores: Evaluation.Scores) -> String {
            let cells = [scores.precision, scores.recall, scores.f1, scores.accuracy].map { String(format: "%9.3f", $0) }
            return name.padding(toLength: 9, withPad: " ", startingAt: 0) + "  " + cells.joined(separator: "  ") + "  \(scores.calls)"
        }
        for (indicator, scores) in evaluation.byIndicator { print(row(indicator, scores)) }
        print(row("overall", evaluation.overall))
        let wrong = evaluation.wrongCalls
        print("\n\(wrong.count) wrong calls:")
        for call in wrong {
            print("  \(call.submission) \(call.indicator): labelled \(call.expected.rawValue), decided \(call.decided.rawValue) — \(call.explanation)")
        }
    }
}

/// A labels file: expected status per submission and indicator.
private struct LabelsFile: Decodable {
    struct Submission: Decodable {
        var indicators: [String: Status]
    }

    var submissions: [String: Submission]
}

/// The part of an evidence map the evaluation reads.
private struct DecidedMap: Decodable {
    struct Submission: Decodable {
        struct Result: Decodable {
            var status: Status
            var explanation: String
        }

        var id: String
        var indicators: [String: Result]?
    }

    var submissions: [Submission]
}
