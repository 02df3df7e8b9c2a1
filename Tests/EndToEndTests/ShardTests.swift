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
            // The ledger and the run record (.lieciba/) are a run's working records, not its reports.
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue, !relative.hasPrefix("ledger.sqlite"),
                !relative.hasPrefix(".lieciba/")
            {
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
            shardSizes.append(try files(in: folder.appendingPathComponent("submissions")).keys.filter { $0.hasSuffix(".html") }.count)
        }
        #expect(shardSizes.reduce(0, +) == 9, "every submission in exactly one shard: \(shardSizes)")
        // A page an earlier merge left in the output folder does not survive this one.
        let merged = work.appendingPathComponent("merged")
        #expect(try Lieciba.run(["merge"] + shardFolders + ["--out", merged.path]).status == 0)
        try Data("old".utf8).write(to: merged.appendingPathComponent("submissions/Vecais.html"))
        let merge = try Lieciba.run(["merge"] + shardFolders + ["--out", merged.path])
        #expect(merge.status == 0, "\(merge.stderr)")
        let expected = try files(in: single)
        let actual = try files(in: merged)
        #expect(expected.keys.sorted() == actual.keys.sorted())
        for (name, data) in expected { #expect(actual[name] == data, "\(name) differs") }
    }

    @Test("a shard that got no submission merges too")
    func emptyShard() throws {
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let round = work.appendingPathComponent("round")
        try FileManager.default.createDirectory(at: round, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Lieciba.demoRound.appendingPathComponent("Vecupe.docx"), to: round.appendingPathComponent("Vecupe.docx"))
        let single = work.appendingPathComponent("single")
        #expect(try Lieciba.run(["scan", round.path, "--out", single.path, "--quiet"]).status == 0)
        let shards = (1...2).map { work.appendingPathComponent("shard\($0)").path }
        for (index, shard) in shards.enumerated() {
            #expect(try Lieciba.run(["scan", round.path, "--out", shard, "--shard", "\(index + 1)/2", "--quiet"]).status == 0)
        }
        let merged = work.appendingPathComponent("merged")
        let merge = try Lieciba.run(["merge"] + shards + ["--out", merged.path])
        #expect(merge.status == 0, "\(merge.stderr)")
        let expected = try files(in: single)
        #expect(expected.keys.sorted() == (try files(in: merged)).keys.sorted())
        for (name, data) in expected { #expect((try files(in: merged))[name] == data, "\(name) differs") }
    }

    /// Scans the demo round into `count` shards in `work`, with `extra` options.
    private func shards(_ count: Int, in work: URL, named name: String = "shard", extra: [String] = []) throws -> [URL] {
        try (1...count).map { index in
            let folder = work.appendingPathComponent("\(name)\(index)")
            let run = try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", folder.path, "--shard", "\(index)/\(count)", "--quiet"] + extra)
            #expect(run.status == 0, "\(run.stderr)")
            return folder
        }
    }

    /// Runs a merge that must be refused with `message`, and checks it left no folder behind.
    private func expectRefused(_ shards: [URL], in work: URL, _ message: String, extra: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let out = work.appendingPathComponent("refused")
        let run = try Lieciba.run(["merge"] + shards.map(\.path) + ["--out", out.path] + extra)
        #expect(run.status == 1, "\(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.contains(message), "\(run.stderr)", sourceLocation: sourceLocation)
        #expect(!FileManager.default.fileExists(atPath: out.path), "a failed merge leaves no folder behind", sourceLocation: sourceLocation)
    }

    @Test("a shard given twice, a merge into a shard or with another lexicon are refused; a bad --shard is a usage error")
    func refusals() throws {
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let pair = try shards(2, in: work)
        try expectRefused([pair[0], pair[0]], in: work, "shard 1/2 is given twice")
        #expect(try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", pair[0].path, "--shard", "3/2"]).status == 64)

        // Merged into one of the shards, the shard's own pages would be deleted and copied onto themselves.
        let pagesBefore = try files(in: pair[0].appendingPathComponent("submissions"))
        let intoShard = try Lieciba.run(["merge"] + pair.map(\.path) + ["--out", pair[0].path])
        #expect(intoShard.status == 1 && intoShard.stderr.contains("the output folder is the shard"), "\(intoShard.stderr)")
        #expect(try files(in: pair[0].appendingPathComponent("submissions")) == pagesBefore)

        // Spreadsheets built from another scheme than the one the shards were judged with would
        // show every cell missing.
        let mini = Lieciba.repositoryRoot.appendingPathComponent("Tests/LexiconTests/Fixtures/mini.yaml").path
        try expectRefused(pair, in: work, "not with the lexicon given", extra: ["--lexicon", mini])
        // A folder that is not there is a usage error.
        #expect(try Lieciba.run(["merge", pair[0].path, work.appendingPathComponent("nowhere").path, "--out", work.appendingPathComponent("m").path]).status == 64)
    }

    @Test("an incomplete set, shards of different splits or languages, and shards without their pages are refused")
    func incompleteOrMixed() throws {
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let three = try shards(3, in: work)
        try expectRefused(Array(three.prefix(2)), in: work, "shards missing: 3/3")
        let two = try shards(2, in: work, named: "half")
        try expectRefused([three[0], three[1], two[1]], in: work, "split the round differently")
        let english = try shards(3, in: work, named: "en", extra: ["--lang", "en"])
        try expectRefused([three[0], three[1], english[2]], in: work, "different report languages")
        try expectRefused(three, in: work, "written with --lang lv, not en", extra: ["--lang", "en"])
        #expect(try Lieciba.run(["merge"] + english.map(\.path) + ["--out", work.appendingPathComponent("merged-en").path]).status == 0)
        try FileManager.default.removeItem(at: three[2].appendingPathComponent("submissions"))
        try expectRefused(three, in: work, "is missing from")
    }

    @Test("a shard whose last scan did not complete, whose map changed, or of another version of the round is refused")
    func staleShards() throws {
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let pair = try shards(2, in: work)
        // A re-run of shard 2 killed before it completed leaves the older map in place.
        let round = try Lieciba.copiedDemoRound(copies: 30)
        defer { try? FileManager.default.removeItem(at: round.deletingLastPathComponent()) }
        let killed = work.appendingPathComponent("killed")
        #expect(try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", killed.path, "--shard", "2/2", "--quiet"]).status == 0)
        let rerun = try Lieciba.start(["scan", round.path, "--out", killed.path, "--shard", "2/2", "--jobs", "1", "--progress", "never"])
        #expect(Lieciba.wait(while: rerun) { ledgerCount(in: killed) >= 12 }, "the re-run finished before it could be killed; make the round larger")
        kill(rerun.processIdentifier, SIGKILL)
        rerun.waitUntilExit()
        try expectRefused([pair[0], killed], in: work, "did not complete")

        let edited = try shards(2, in: work, named: "edited")
        let map = edited[1].appendingPathComponent("evidence-map.json")
        try (Data(contentsOf: map) + Data(" ".utf8)).write(to: map)
        try expectRefused([edited[0], edited[1]], in: work, "changed or replaced since")

        // Shard 2 scanned after a submission joined the round.
        let grown = work.appendingPathComponent("grown-round")
        try FileManager.default.copyItem(at: Lieciba.demoRound, to: grown)
        try FileManager.default.copyItem(at: Lieciba.demoRound.appendingPathComponent("Vecupe.docx"), to: grown.appendingPathComponent("Jaunais.docx"))
        let later = work.appendingPathComponent("later")
        #expect(try Lieciba.run(["scan", grown.path, "--out", later.path, "--shard", "2/2", "--quiet"]).status == 0)
        try expectRefused([pair[0], later], in: work, "different versions of the round")
    }
}
