import ArgumentParser
import Decisions
import Foundation

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Compare scans' decisions with reviewers' labels, per round and pooled.",
        discussion: """
            Prints, per indicator and overall, precision, recall and F1 of the "missing" flags and \
            the accuracy of the status, then every wrong call with its explanation — for each round \
            given (a --labels file and its evidence map, paired in order) and, with more than one, \
            for all of them pooled. Labels: {"submissions": {"ID": {"indicators": {"C1": "present" \
            | "weak" | "missing", …}}}}, or binary labels {"ID": {"indicators": {"C1": "present" | \
            "absent", …}}} (absent is missing; a weak decision counts as not missing, and accuracy \
            is of the missing flag).
            """
    )

    @Option(help: "A labels file (repeatable: one per evidence map, in the same order).")
    var labels: [String]

    @Argument(help: "The evidence-map.json of each scanned round.")
    var evidenceMaps: [String]

    func validate() throws {
        guard labels.count == evidenceMaps.count else {
            throw ValidationError("give one --labels file per evidence map: \(labels.count) labels files, \(evidenceMaps.count) maps")
        }
    }

    func run() throws {
        var rounds: [(name: String, evaluation: Evaluation)] = []
        for (labelsPath, mapPath) in zip(labels, evidenceMaps) {
            rounds.append((Self.roundName(labelsPath), try Self.evaluation(labels: labelsPath, map: mapPath)))
        }
        for round in rounds {
            if rounds.count > 1 { print("== \(round.name)") }
            print(Self.report(round.evaluation))
        }
        if rounds.count > 1 {
            print("== pooled (\(rounds.map(\.name).joined(separator: ", ")))")
            print(Self.report(Evaluation(calls: rounds.flatMap(\.evaluation.calls)), listingWrongCalls: false))
        }
    }

    /// A round's name for the report: its labels file's name without `.json` and `.labels`.
    private static func roundName(_ path: String) -> String {
        var name = (path as NSString).lastPathComponent
        for suffix in [".json", ".labels", "-labels"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
        return name == "labels" ? ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent : name
    }

    /// The calls of one round: every labelled indicator of every labelled submission.
    private static func evaluation(labels: String, map mapPath: String) throws -> Evaluation {
        let labelled = try JSONFile.decode(LabelsFile.self, from: labels, what: "labels file")
        guard !labelled.submissions.isEmpty else {
            throw ValidationError("the labels file \(labels) labels no submission: nothing to evaluate")
        }
        let map = try JSONFile.decode(DecidedMap.self, from: mapPath, what: "evidence map")
        var decided: [String: DecidedMap.Submission] = [:]
        for submission in map.submissions {
            guard decided.updateValue(submission, forKey: submission.id) == nil else {
                throw ValidationError("the evidence map \(mapPath) lists submission \(submission.id) twice: it is not a map Liecība wrote")
            }
        }
        var calls: [Evaluation.Call] = []
        for (id, submission) in labelled.submissions.sorted(by: { $0.key < $1.key }) {
            guard let entry = decided[id] else {
                throw ValidationError("submission \(id) is labelled in \(labels) but not in the evidence map \(mapPath)")
            }
            for (indicator, expected) in submission.indicators {
                guard let result = entry.indicators?[indicator] else {
                    throw ValidationError("indicator \(indicator) of \(id) is labelled but not decided (scan without a lexicon?)")
                }
                calls.append(
                    Evaluation.Call(
                        submission: id, indicator: indicator, expected: expected, decided: result.status,
                        explanation: result.explanation, binary: labelled.isBinary, notCountedBecause: result.reasonsNotCounted
                    )
                )
            }
        }
        return Evaluation(calls: calls)
    }

    /// The figures per indicator and overall, and the wrong calls.
    private static func report(_ evaluation: Evaluation, listingWrongCalls: Bool = true) -> String {
        var lines = ["indicator  missing-P  missing-R  missing-F1  accuracy  present-P  calls"]
        func row(_ name: String, _ scores: Evaluation.Scores) -> String {
            let cells = [scores.precision, scores.recall, scores.f1, scores.accuracy, scores.presentPrecision].map { String(format: "%9.3f", $0) }
            return name.padding(toLength: 9, withPad: " ", startingAt: 0) + "  " + cells.joined(separator: "  ") + "  \(scores.calls)"
        }
        for (indicator, scores) in evaluation.byIndicator { lines.append(row(indicator, scores)) }
        lines.append(row("overall", evaluation.overall))
        let causes = evaluation.wrongFlagsByCause
        if !causes.isEmpty {
            lines.append("\nwrong missing flags by claim class:")
            for (cause, count) in causes { lines.append("  \(String(count).leftPadded(to: 3))  \(cause)") }
        }
        guard listingWrongCalls else { return lines.joined(separator: "\n") + "\n" }
        let wrong = evaluation.wrongCalls
        lines.append("\n\(wrong.count) wrong calls:")
        for call in wrong {
            lines.append("  \(call.submission) \(call.indicator): labelled \(call.expected.rawValue), decided \(call.decided.rawValue) — \(call.explanation)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A labels file: expected status per submission and indicator. Two shapes are read: the
/// project's own, `{"submissions": {ID: {"indicators": {…}}}}` with present, weak and missing,
/// and binary labels, `{ID: {"indicators": {…}}}` with present and absent (as the independent
/// rounds are labelled), whatever else each submission's object holds.
private struct LabelsFile: Decodable {
    struct Submission: Decodable {
        var indicators: [String: Status]

        private enum CodingKeys: String, CodingKey { case indicators }

        init(from decoder: any Decoder) throws {
            let values = try decoder.container(keyedBy: CodingKeys.self).decode([String: String].self, forKey: .indicators)
            indicators = try values.mapValues { label in
                if label == "absent" { return .missing }
                guard let status = Status(rawValue: label) else {
                    throw DecodingError.dataCorrupted(
                        DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "unknown label „\(label)”: present, weak, missing or absent")
                    )
                }
                return status
            }
            binary = values.values.contains("absent")
        }

        /// Whether the labels say present or absent only.
        var binary = false
    }

    var submissions: [String: Submission]

    /// Labels that say present or absent only: a weak decision is then judged as not missing.
    var isBinary: Bool { submissions.values.contains(where: \.binary) }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        if container.contains(Key(stringValue: "submissions")),
            let nested = try? container.decode([String: Submission].self, forKey: Key(stringValue: "submissions"))
        {
            submissions = nested
        } else {
            var all: [String: Submission] = [:]
            for key in container.allKeys {
                // Binary label files put each submission at the top; a key whose value holds no
                // "indicators" (a "round" name) is no submission, and one that does is read strictly.
                guard let nested = try? container.nestedContainer(keyedBy: Key.self, forKey: key),
                    nested.contains(Key(stringValue: "indicators"))
                else { continue }
                all[key.stringValue] = try container.decode(Submission.self, forKey: key)
            }
            guard !all.isEmpty || container.allKeys.isEmpty else {
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(codingPath: [], debugDescription: "neither \"submissions\" nor submissions with \"indicators\" at the top")
                )
            }
            submissions = all
        }
    }
}

/// The part of an evidence map the evaluation reads.
private struct DecidedMap: Decodable {
    struct Submission: Decodable {
        struct Result: Decodable {
            struct Passage: Decodable {
                var counted: Bool
                var notCountedBecause: String?
            }

            var status: Status
            var explanation: String
            var evidence: [Passage]?

            /// Why the passages listed did not count, most often first, then by name.
            var reasonsNotCounted: [String] {
                let reasons = (evidence ?? []).filter { !$0.counted }.compactMap(\.notCountedBecause)
                return Dictionary(grouping: reasons, by: { $0 }).sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }.map(\.key)
            }
        }

        var id: String
        var indicators: [String: Result]?
    }

    var submissions: [Submission]
}

extension String {
    /// The string right-aligned in `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
