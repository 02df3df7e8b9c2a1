import Foundation
import TestSupport
import Testing

@Suite("evaluate refuses what it cannot compare, naming the file")
struct EvaluateCommandTests {
    private let labels = #"{"submissions": {"A": {"indicators": {"C1": "present"}}}}"#

    private func map(ids: [String]) -> String {
        let entries = ids.map { #"{"id": "\#($0)", "indicators": {"C1": {"status": "present", "explanation": "x"}}}"# }
        return #"{"submissions": [\#(entries.joined(separator: ","))]}"#
    }

    private func map(_ statuses: [String: String]) -> String {
        let entries = statuses.sorted { $0.key < $1.key }.map { id, status in
            #"{"id": "\#(id)", "indicators": {"C1": {"status": "\#(status)", "explanation": "x"}}}"#
        }
        return #"{"submissions": [\#(entries.joined(separator: ","))]}"#
    }

    private func evaluate(labels: String, map: String) throws -> (Lieciba.Run, labels: String, map: String) {
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let labelsFile = work.appendingPathComponent("labels.json")
        let mapFile = work.appendingPathComponent("evidence-map.json")
        try Data(labels.utf8).write(to: labelsFile)
        try Data(map.utf8).write(to: mapFile)
        return (try Lieciba.run(["evaluate", "--labels", labelsFile.path, mapFile.path]), labelsFile.path, mapFile.path)
    }

    @Test("a map listing one id twice is refused (64), not a crash")
    func duplicateIDs() throws {
        let (run, _, map) = try evaluate(labels: labels, map: map(ids: ["A", "A"]))
        #expect(run.status == 64, "\(run.stderr)")
        #expect(run.stderr.contains("lists submission A twice") && run.stderr.contains(map), "\(run.stderr)")
    }

    @Test("a file that is not JSON, or not of the expected shape, is named (64)")
    func undecodable() throws {
        let (broken, labelsPath, _) = try evaluate(labels: "{not json", map: map(ids: ["A"]))
        #expect(broken.status == 64)
        #expect(broken.stderr.contains("labels file \(labelsPath)") && broken.stderr.contains("not valid JSON"), "\(broken.stderr)")
        let (shapeless, _, mapPath) = try evaluate(labels: labels, map: #"{"items": []}"#)
        #expect(shapeless.status == 64)
        #expect(shapeless.stderr.contains("evidence map \(mapPath)") && shapeless.stderr.contains("submissions"), "\(shapeless.stderr)")
    }

    @Test("labels of no submission are refused (64): there is nothing to measure")
    func noLabels() throws {
        let (run, _, _) = try evaluate(labels: #"{"submissions": {}}"#, map: map(ids: ["A"]))
        #expect(run.status == 64)
        #expect(run.stderr.contains("labels no submission"), "\(run.stderr)")
    }

    @Test("binary labels (present / absent, submissions at the top) are read: weak counts as not missing")
    func binaryLabels() throws {
        let binary = #"{"A": {"name": "x", "indicators": {"C1": "present"}}, "B": {"indicators": {"C1": "absent"}}, "C": {"indicators": {"C1": "absent"}}}"#
        let (run, _, _) = try evaluate(labels: binary, map: map(["A": "weak", "B": "missing", "C": "weak"]))
        #expect(run.status == 0, "\(run.stderr)")
        let overall = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("overall") })
        // A weak: agrees with present. B: a flag rightly raised. C: a gap missed. Precision 1,
        // recall 1/2, F1 2/3, accuracy 2/3, present-P 1 (nothing decided present), 3 calls.
        #expect(overall.split(separator: " ").compactMap { Double($0) } == [1.0, 0.5, 0.667, 0.667, 1.0, 3], "\(overall)")
        // C's gap was let through as the applicant's own content.
        #expect(run.stdout.contains("1  let through as the applicant's own, done"), "\(run.stdout)")
        #expect(run.stdout.contains("1 wrong calls") && run.stdout.contains("C C1: labelled missing, decided weak"), "\(run.stdout)")
    }

    @Test("an unknown label is refused (64), not passed over")
    func unknownLabel() throws {
        let (run, _, _) = try evaluate(labels: #"{"A": {"indicators": {"C1": "maybe"}}}"#, map: map(["A": "present"]))
        #expect(run.status == 64)
        #expect(run.stderr.contains("maybe"), "\(run.stderr)")
    }

    @Test("several rounds are reported each and pooled; labels and maps must pair up (64)")
    func pooled() throws {
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        var arguments = ["evaluate"]
        var maps: [String] = []
        for (round, status) in [("first", "missing"), ("second", "present")] {
            let labels = work.appendingPathComponent("\(round).labels.json")
            let mapFile = work.appendingPathComponent("\(round)-map.json")
            try Data(self.labels.utf8).write(to: labels)
            try Data(map(["A": status]).utf8).write(to: mapFile)
            arguments += ["--labels", labels.path]
            maps.append(mapFile.path)
        }
        let run = try Lieciba.run(arguments + maps)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("== first") && run.stdout.contains("== second") && run.stdout.contains("== pooled (first, second)"), "\(run.stdout)")
        let overalls = run.stdout.split(separator: "\n").filter { $0.hasPrefix("overall") }.map { $0.split(separator: " ").compactMap { Double($0) } }
        #expect(overalls.map(\.last) == [1, 1, 2])
        #expect(try Lieciba.run(arguments + [maps[0]]).status == 64)
    }

    @Test("a well-formed pair is evaluated (0)")
    func wellFormed() throws {
        let (run, _, _) = try evaluate(labels: labels, map: map(ids: ["A", "B"]))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("overall"))
    }
}
