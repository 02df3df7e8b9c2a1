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

    @Test("a well-formed pair is evaluated (0)")
    func wellFormed() throws {
        let (run, _, _) = try evaluate(labels: labels, map: map(ids: ["A", "B"]))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("overall"))
    }
}
