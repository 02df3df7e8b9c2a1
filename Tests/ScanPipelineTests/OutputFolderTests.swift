import Foundation
import Testing

@testable import ScanPipeline

@Suite("An output folder is claimed by one run, and only when it is Liecība's")
struct OutputFolderClaimTests {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lieciba-claim-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("a new folder is created and marked; a second claim while the first holds it is refused as busy")
    func busy() throws {
        let parent = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("out")
        let first = try OutputFolder.claim(folder)
        #expect(first.createdByThisRun)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".lieciba/lock").path))
        #expect(throws: OutputFolder.ClaimError.busy(path: folder.path)) { try OutputFolder.claim(folder) }
        #expect(throws: OutputFolder.ClaimError.busy(path: folder.path)) { try OutputFolder.sharedLock(on: folder) }
        withExtendedLifetime(first) {}
    }

    @Test("the lock goes with the run: a later claim succeeds, and runs are named apart")
    func released() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var names: Set<String> = []
        for _ in 0..<3 {
            let claimed = try OutputFolder.claim(folder)
            #expect(!claimed.createdByThisRun)
            names.insert(claimed.run)
        }
        #expect(names.count == 3)
        let shared = try OutputFolder.sharedLock(on: folder)
        let alsoShared = try OutputFolder.sharedLock(on: folder)
        withExtendedLifetime((shared, alsoShared)) {}
    }

    @Test("a folder with files of someone else's is refused and left as it was")
    func foreign() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x".utf8).write(to: folder.appendingPathComponent("budžets.xlsx"))
        #expect(throws: OutputFolder.ClaimError.foreign(path: folder.path, names: ["budžets.xlsx"])) { try OutputFolder.claim(folder) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["budžets.xlsx"])
    }

    @Test("a file is no output folder")
    func notAFolder() throws {
        let parent = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let file = parent.appendingPathComponent("file")
        try Data().write(to: file)
        #expect(throws: OutputFolder.ClaimError.notAFolder(path: file.path)) { try OutputFolder.claim(file) }
    }

    @Test("a run record is written whole and read back; the round digest tells id lists apart")
    func runRecord() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let claimed = try OutputFolder.claim(folder)
        let record = RunRecord(kind: .scan, state: .running, run: "", toolVersion: "0.1.0", shard: "2/8", language: "lv", round: "r")
        try claimed.recordStart(record)
        #expect(try RunRecord.read(in: folder)?.state == .running)
        try claimed.recordCompletion(record, evidenceMapSHA256: "abc")
        let read = try #require(try RunRecord.read(in: folder))
        #expect(read.state == .complete && read.evidenceMapSHA256 == "abc" && read.run == claimed.run && read.shard == "2/8")
        #expect(RunRecord.roundDigest(ids: ["a\nb"]) != RunRecord.roundDigest(ids: ["a", "b"]))
        #expect(RunRecord.roundDigest(ids: ["ab"]) != RunRecord.roundDigest(ids: ["a", "b"]))
    }
}
