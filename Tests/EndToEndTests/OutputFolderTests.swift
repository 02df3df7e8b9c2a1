import Foundation
import TestSupport
import Testing

/// Nothing a person keeps is ever touched: outputs go only into a folder Liecība made its own,
/// and one run at a time writes it.
@Suite("Output folders: ownership, locking, failures in words")
struct OutputFolderTests {
    private func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func names(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test("a round inside --out is refused (64) and not a byte of it is deleted")
    func inputInsideOutput() throws {
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let year = work.appendingPathComponent("LEADER/2024")
        let round = year.appendingPathComponent("submissions")
        try FileManager.default.createDirectory(at: round, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Lieciba.demoRound.appendingPathComponent("Vecupe.docx"), to: round.appendingPathComponent("Vecupe.docx"))
        let run = try Lieciba.run(["scan", round.path, "--out", year.path, "--quiet"])
        #expect(run.status == 64, "\(run.stderr)")
        #expect(run.stderr.contains("is inside the output folder"), "\(run.stderr)")
        #expect(names(in: round) == ["Vecupe.docx"])
        #expect(names(in: year) == ["submissions"])
    }

    @Test(
        "a folder holding files Liecība did not write is refused (1), untouched, for scan, --inventory-only and merge",
        arguments: [["submissions/mine.docx"], ["index.html", "matrix.csv", "evidence.csv"], ["notes.txt"]]
    )
    func foreignFolder(files: [String]) throws {
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("Work")
        for file in files { try write("kept: \(file)", to: out.appendingPathComponent(file)) }
        let shard = work.appendingPathComponent("shard")
        #expect(try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", shard.path, "--quiet"]).status == 0)
        for arguments in [
            ["scan", Lieciba.demoRound.path, "--out", out.path, "--quiet"],
            ["scan", Lieciba.demoRound.path, "--out", out.path, "--inventory-only", "--quiet"],
            ["merge", shard.path, "--out", out.path],
        ] {
            let run = try Lieciba.run(arguments)
            #expect(run.status == 1, "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains("already holds files Liecība did not write"), "\(run.stderr)")
            for file in files {
                #expect(try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8) == "kept: \(file)")
            }
            #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(".lieciba").path))
        }
    }

    @Test("in Liecība's own folder, files a person adds — beside the outputs or among the pages — survive every run")
    func addedFilesSurvive() throws {
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("out")
        #expect(try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", out.path, "--quiet"]).status == 0)
        try write("mine", to: out.appendingPathComponent("piezīmes.txt"))
        try write("mine too", to: out.appendingPathComponent("submissions/protokols.docx"))
        for extra in [["--fresh"], ["--inventory-only"], []] {
            let run = try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", out.path, "--quiet"] + extra)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(try String(contentsOf: out.appendingPathComponent("piezīmes.txt"), encoding: .utf8) == "mine")
            #expect(try String(contentsOf: out.appendingPathComponent("submissions/protokols.docx"), encoding: .utf8) == "mine too")
        }
        #expect(names(in: out.appendingPathComponent("submissions")).filter { $0.hasSuffix(".html") }.count == 9)
    }

    @Test("a scan's folder from before runs marked their folders is taken over")
    func earlierOutputTakenOver() throws {
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("out")
        #expect(try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", out.path, "--quiet"]).status == 0)
        try FileManager.default.removeItem(at: out.appendingPathComponent(".lieciba"))
        let again = try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", out.path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(reused(again) == 9, "\(again.stdout)")
    }

    @Test("a second run into a folder another run is writing is refused (1); the first completes whole")
    func concurrentRuns() throws {
        let round = try Lieciba.copiedDemoRound(copies: 20)
        let work = round.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("out")
        let first = try Lieciba.start(["scan", round.path, "--out", out.path, "--jobs", "1", "--progress", "never"])
        #expect(Lieciba.wait(while: first) { ledgerCount(in: out) > 0 }, "the first scan finished before the second started; make the round larger")
        for arguments in [["scan", round.path, "--out", out.path, "--quiet"], ["merge", out.path, "--out", work.appendingPathComponent("merged").path]] {
            let second = try Lieciba.run(arguments)
            #expect(second.status == 1, "\(second.stderr)")
            #expect(second.stderr.contains("another run is writing"), "\(second.stderr)")
        }
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        let map = try JSONDecoder().decode(EvidenceMap.self, from: Data(contentsOf: out.appendingPathComponent("evidence-map.json")))
        #expect(map.submissions.count == 180)
        #expect(names(in: out.appendingPathComponent("submissions")).filter { $0.hasSuffix(".html") }.count == 180)
        #expect(!names(in: out).contains { $0.hasSuffix(".partial") }, "\(names(in: out))")
    }

    @Test("what a killed run left (temporary files, staged pages) is cleared by the next; no run adopts them as its own")
    func leftoversOfKilledRuns() throws {
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("out")
        #expect(try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", out.path, "--quiet"]).status == 0)
        try write("half a map", to: out.appendingPathComponent(".evidence-map.json.5eed.partial"))
        try write("half a page", to: out.appendingPathComponent(".submissions.1-2-3.partial/Vecupe.html"))
        let run = try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(reused(run) == 9, "a staged page whose digest the ledger does not vouch for is not taken: \(run.stdout)")
        #expect(names(in: out).filter { $0.hasPrefix(".") } == [".lieciba"], "\(names(in: out))")
        let page = try String(contentsOf: out.appendingPathComponent("submissions/Vecupe.html"), encoding: .utf8)
        #expect(page.contains("<html"))
    }

    @Test("an empty round is said to be empty (1), and nothing is written")
    func emptyRound() throws {
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let round = work.appendingPathComponent("round")
        try FileManager.default.createDirectory(at: round, withIntermediateDirectories: true)
        try write("", to: round.appendingPathComponent(".DS_Store"))
        let out = work.appendingPathComponent("out")
        let run = try Lieciba.run(["scan", round.path, "--out", out.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("the round holds no submissions"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("a ledger that cannot be read stops a run with advice (1); --fresh rebuilds it")
    func corruptLedger() throws {
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("out")
        #expect(try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", out.path, "--quiet"]).status == 0)
        try Data(repeating: 0x42, count: 70_000).write(to: out.appendingPathComponent("ledger.sqlite"))
        let stopped = try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", out.path, "--quiet"])
        #expect(stopped.status == 1)
        #expect(stopped.stderr.contains("ledger.sqlite") && stopped.stderr.contains("--fresh"), "\(stopped.stderr)")
        let rebuilt = try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", out.path, "--fresh", "--quiet"])
        #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
        #expect(ledgerCount(in: out) == 9)
    }

    @Test("an output that is a file, or cannot be created, fails in words with its path (1)")
    func failuresInWords() throws {
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let file = work.appendingPathComponent("a-file")
        try write("x", to: file)
        for out in [file, file.appendingPathComponent("out")] {
            let run = try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", out.path])
            #expect(run.status == 1)
            #expect(run.stderr.contains(out.path) || run.stderr.contains(file.path), "\(run.stderr)")
            #expect(!run.stderr.contains("NSCocoaErrorDomain") && !run.stderr.contains("(null)"), "\(run.stderr)")
        }
    }
}

@Suite("--jobs follows the CPUs a task is given")
struct JobsDefaultTests {
    @Test("under taskset -c 0 a scan reads one submission at a time")
    func affinity() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/taskset") else {
            print("skipped: taskset (util-linux) is not installed")
            return
        }
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let executable = try #require(Lieciba.executable)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/taskset")
        process.arguments = ["-c", "0", executable.path, "scan", Lieciba.demoRound.path, "--out", work.appendingPathComponent("out").path, "-v"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr)")
        #expect(stderr.contains("jobs=1"), "\(stderr)")
    }
}
