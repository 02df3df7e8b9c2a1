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
        // A shard that got no submission at all merges too.
        let emptyRound = work.appendingPathComponent("empty-round")
        try FileManager.default.createDirectory(at: emptyRound, withIntermediateDirectories: true)
        let emptyShard = work.appendingPathComponent("shard-empty")
        #expect(try Lieciba.run(["scan", emptyRound.path, "--out", emptyShard.path, "--quiet"]).status == 0)
        shardFolders.append(emptyShard.path)
        // A page an earlier merge left in the output folder does not survive this one.
        let merged = work.appendingPathComponent("merged")
        try FileManager.default.createDirectory(at: merged.appendingPathComponent("submissions"), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: merged.appendingPathComponent("submissions/Vecais.html"))
        let merge = try Lieciba.run(["merge"] + shardFolders + ["--out", merged.path])
        #expect(merge.status == 0, "\(merge.stderr)")
        let expected = try files(in: single)
        let actual = try files(in: merged)
        #expect(expected.keys.sorted() == actual.keys.sorted())
        for (name, data) in expected { #expect(actual[name] == data, "\(name) differs") }
    }

    @Test("a shard given twice, a merge into a shard or with another lexicon are refused; a bad --shard is a usage error")
    func refusals() throws {
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let shard = work.appendingPathComponent("shard")
        #expect(try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", shard.path, "--shard", "1/2", "--quiet"]).status == 0)
        let twice = try Lieciba.run(["merge", shard.path, shard.path, "--out", work.appendingPathComponent("m").path])
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("more than one shard"))
        #expect(try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", shard.path, "--shard", "3/2"]).status == 64)

        // Merged into one of the shards, the shard's own pages would be deleted and copied onto themselves.
        let pagesBefore = try files(in: shard.appendingPathComponent("submissions"))
        let intoShard = try Lieciba.run(["merge", shard.path, "--out", shard.path])
        #expect(intoShard.status == 1 && intoShard.stderr.contains("the output folder is the shard"), "\(intoShard.stderr)")
        #expect(try files(in: shard.appendingPathComponent("submissions")) == pagesBefore)

        // Spreadsheets built from another scheme than the one the shards were judged with would
        // show every cell missing.
        let mini = Lieciba.repositoryRoot.appendingPathComponent("Tests/LexiconTests/Fixtures/mini.yaml").path
        let otherLexicon = try Lieciba.run(["merge", shard.path, "--out", work.appendingPathComponent("m2").path, "--lexicon", mini])
        #expect(otherLexicon.status == 1 && otherLexicon.stderr.contains("not with the lexicon given"), "\(otherLexicon.stderr)")
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("m2/evidence-map.json").path))
    }
}
