import Foundation
import TestSupport
import Testing

/// The judgement half of the evidence map, on the demo and development rounds.
@Suite("Criteria decisions end to end")
struct JudgementTests {
    static let indicatorIDs = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4", "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]

    private struct Map: Decodable {
        struct Lexicon: Decodable { var id: String; var sha256: String; var file: String }
        struct Submission: Decodable {
            struct Indicator: Decodable {
                struct Evidence: Decodable {
                    struct Match: Decodable { var term: String; var start: Int; var end: Int }
                    var text: String
                    var matches: [Match]
                    var counted: Bool
                    var negated: Bool
                }
                var status: String
                var explanation: String
                var evidence: [Evidence]
            }
            struct Criterion: Decodable { var status: String }
            var id: String
            var indicators: [String: Indicator]
            var criteria: [String: Criterion]
            var resourceTypes: [String]
        }
        var lexicon: Lexicon
        var submissions: [Submission]
    }

    private func scan(_ round: URL) throws -> (Map, URL) {
        let out = try Lieciba.temporaryDirectory()
        let run = try Lieciba.run(["scan", round.path, "--out", out.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let map = try JSONDecoder().decode(Map.self, from: Data(contentsOf: out.appendingPathComponent("evidence-map.json")))
        return (map, out)
    }

    @Test("every submission gets all 17 indicators and 6 criteria, with explanations and sound evidence offsets")
    func shape() throws {
        let (map, out) = try scan(Lieciba.demoRound)
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(map.lexicon.file == "smart-village.lv.yaml")
        #expect(map.lexicon.sha256.count == 64)
        for submission in map.submissions {
            #expect(submission.indicators.keys.sorted() == Self.indicatorIDs.sorted(), "\(submission.id)")
            #expect(submission.criteria.keys.sorted() == ["C1", "C2", "C3", "C4", "C5", "C6"])
            for (id, indicator) in submission.indicators {
                #expect(["present", "weak", "missing"].contains(indicator.status))
                #expect(!indicator.explanation.isEmpty, "\(submission.id) \(id)")
                for evidence in indicator.evidence {
                    let utf16 = Array(evidence.text.utf16)
                    for match in evidence.matches {
                        #expect(match.start >= 0 && match.start < match.end && match.end <= utf16.count)
                    }
                }
            }
        }
        // The richest demo submission shows every criterion.
        let ozolkalns = try #require(map.submissions.first { $0.id == "Ozolkalns" })
        #expect(ozolkalns.criteria.values.allSatisfy { $0.status != "missing" })
        #expect(!ozolkalns.resourceTypes.isEmpty)
    }

    @Test("a vision the applicant denies is not counted: Vecupe writes that it has no common vision")
    func negatedVision() throws {
        let (map, out) = try scan(Lieciba.demoRound)
        defer { try? FileManager.default.removeItem(at: out) }
        let vecupe = try #require(map.submissions.first { $0.id == "Vecupe" })
        let vision = try #require(vecupe.indicators["C2"])
        #expect(vision.evidence.contains { $0.negated && !$0.counted })
        #expect(vision.status == "missing")
        #expect(vision.explanation.contains("negated"))
    }

    @Test("evaluate prints per-indicator and overall figures and the wrong calls for the labelled round")
    func evaluate() throws {
        let devRound = Lieciba.repositoryRoot.appendingPathComponent("corpora/dev-round")
        let (_, out) = try scan(devRound)
        defer { try? FileManager.default.removeItem(at: out) }
        let labels = Lieciba.repositoryRoot.appendingPathComponent("corpora/dev-round.labels.json")
        let run = try Lieciba.run(["evaluate", "--labels", labels.path, out.appendingPathComponent("evidence-map.json").path])
        #expect(run.status == 0, "\(run.stderr)")
        for id in Self.indicatorIDs { #expect(run.stdout.contains("\n\(id) "), "\(id)") }
        #expect(run.stdout.contains("wrong calls"))
        print(run.stdout.split(separator: "\n").prefix(19).joined(separator: "\n"))
        // A regression guard on the measured figure (0.952 with the claim layer and the labels
        // relabelled by criteria.md rule 4; target 0.95).
        let overall = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("overall") })
        let columns = overall.split(separator: " ").compactMap { Double($0) }
        let f1 = try #require(columns.count >= 3 ? columns[2] : nil)
        #expect(f1 >= 0.95, "missing-flag F1 on the development round fell to \(f1)")
        #expect(run.stdout.contains("wrong missing flags by claim class:"))
    }

    @Test(
        "the independent round: missing-flag F1 at least 0.95, no indicator below 0.80, 'present' right 95 % of the time",
        .enabled(if: SharedRounds.independent1 != nil, SharedRounds.skipMessage)
    )
    func independentRound() throws {
        let round = try #require(SharedRounds.independent1)
        let (_, out) = try scan(round.appendingPathComponent("archives"))
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try Lieciba.run(["evaluate", "--labels", round.appendingPathComponent("labels.json").path, out.appendingPathComponent("evidence-map.json").path])
        #expect(run.status == 0, "\(run.stderr)")
        // The figures' table: from its header to the overall row.
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let rows = lines.dropFirst().prefix { !$0.isEmpty }
        #expect(rows.last?.hasPrefix("overall") == true, "\(run.stdout)")
        for row in rows {
            // indicator, missing-P, missing-R, missing-F1, accuracy, present-P, calls
            let columns = row.split(separator: " ").compactMap { Double($0) }
            #expect(columns.count == 6, "\(row)")
            guard columns.count == 6 else { continue }
            #expect(columns[2] >= (row.hasPrefix("overall") ? 0.95 : 0.80), "\(row)")
            if row.hasPrefix("overall") { #expect(columns[4] >= 0.95, "\(row)") }
        }
    }

    @Test("lexicon stats lists hits per entry and the entries that never matched")
    func stats() throws {
        let (_, out) = try scan(Lieciba.demoRound)
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try Lieciba.run(["lexicon", "stats", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("indicator\tentry\thits"))
        #expect(run.stdout.contains("Entries that never matched"))
    }
}
