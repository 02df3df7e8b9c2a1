import Foundation
import TestSupport
import Testing

/// A round split across machines and merged gives what one machine gives.
@Suite("Shards and merge")
struct ShardTests {
    private func files(in folder: URL) throws -> [String: Data] {
        var found: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(relative)
            // The ledger is a scan's working record, not one of its reports.
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue, !relative.hasPrefix("ledger.sqlite") {
                found[relative] = try Data(contentsOf: url)
            }
        }
        return found
    }

    @Test("three shards merged are byte-identical to one scan, every output included")
    func mergeMatchesSingleRun() throws {
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let single = work.appendingPathComponent("single")
        #expect(try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", single.path, "--quiet"]).status == 0)
        var shardFolders: [String] = []
        var shardSizes: [Int] = []
        for index in 1...3 {
            let folder = work.appendingPathComponent("shard\(index)")
            #expect(try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", folder.path, "--shard", "\(index)/3", "--quiet"]).status == 0)
            shardFolders.append(folder.path)
            shardSizes.append(try files(in: folder.appendingPathComponent("submissions")).count)
        }
        #expect(shardSizes.reduce(0, +) == 9, "every submission in exactly one shard: \(shardSizes)")
        let merged = work.appendingPathComponent("merged")
        let merge = try Lieciba.run(["merge"] + shardFolders + ["--out", merged.path])
        #expect(merge.status == 0, "\(merge.stderr)")
        let expected = try files(in: single)
        let actual = try files(in: merged)
        #expect(expected.keys.sorted() == actual.keys.sorted())
        for (name, data) in expected { #expect(actual[name] == data, "\(name) differs") }
    }

    @Test("a shard given twice is refused; a bad --shard is a usage error")
    func refusals() throws {
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let shard = work.appendingPathComponent("shard")
        #expect(try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", shard.path, "--shard", "1/2", "--quiet"]).status == 0)
        let twice = try Lieciba.run(["merge", shard.path, shard.path, "--out", work.appendingPathComponent("m").path])
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("more than one shard"))
        #expect(try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", shard.path, "--shard", "3/2"]).status == 64)
    }
}
