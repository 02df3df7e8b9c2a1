import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@testable import Reports

@Suite("A round's reports are completed together or not at all")
struct RoundReportsTests {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lieciba-reports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("a report that cannot be opened discards those opened before it: no temporary file stays")
    func unopenableReport() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = try EvidenceMapWriter(directory: folder)
        var reports: [any RoundReport] = [map]
        // A file where the spreadsheet's folder should be: it cannot be opened.
        let blocker = folder.appendingPathComponent("blocker")
        try Data("x".utf8).write(to: blocker)
        #expect(throws: (any Error).self) {
            try RoundReports.add(to: &reports) { [try EvidenceCSVWriter(directory: blocker, language: .lv)] }
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(left == ["blocker"], "\(left)")
    }

    @Test("two writers of one report in one folder never share a temporary file")
    func temporaryNamesDiffer() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try AtomicOutputFile(directory: folder, name: "evidence-map.json")
        let second = try AtomicOutputFile(directory: folder, name: "evidence-map.json")
        try first.write("first")
        try second.write("second")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".partial") }.count == 2)
        try first.commit()
        try second.complete()
        second.discard()
        #expect(try String(contentsOf: folder.appendingPathComponent("evidence-map.json"), encoding: .utf8) == "first")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["evidence-map.json"])
    }

    @Test("a failed write names the file and the cause in words")
    func errorInWords() {
        #expect(OutputError.system(action: "write", path: "/x/evidence-map.json", errno: ENOSPC).description == "cannot write /x/evidence-map.json: No space left on device")
    }
}
