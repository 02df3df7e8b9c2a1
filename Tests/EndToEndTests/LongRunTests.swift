import Foundation
import Ledger
import TestSupport
import Testing

/// What a person sees on a long run, and what Ctrl-C leaves behind.
@Suite("Long runs")
struct LongRunTests {
    @Test("--progress always draws the bar on standard error; the summary names throughput and the report")
    func progress() throws {
        let out = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", out.path, "--progress", "always"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("█"))
        #expect(run.stderr.contains("iesniegumi: 9/9"))
        #expect(run.stderr.contains("MB/s"))
        #expect(run.stdout.contains("iesn./s"))
        #expect(run.stdout.contains("trūkstošie kritēriji (iesniegumu skaits):"))
        #expect(run.stdout.contains("Pārskats: "))
        // Not on a terminal (standard error is a file here), progress is plain lines, no bar.
        let plain = try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", out.path, "--progress", "auto", "--fresh", "--lang", "en"])
        #expect(plain.stderr.contains("9/9 submissions"))
        #expect(!plain.stderr.contains("█") && !plain.stderr.contains("░") && !plain.stderr.contains("\u{1B}"))
        #expect(plain.stdout.contains("criteria missing:"))
        #expect(plain.stdout.contains("Report: "))
        let quiet = try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", out.path, "--quiet"])
        #expect(quiet.stderr.isEmpty && quiet.stdout.isEmpty)
    }

    @Test(
        "Ctrl-C, SIGTERM (Slurm, Kubernetes) and SIGHUP stop the scan cleanly: exit 128 + the signal, finished work recorded, no report left as if complete",
        arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143)), (SIGHUP, Int32(129))]
    )
    func interrupt(signal: Int32, status: Int32) throws {
        let round = try Lieciba.copiedDemoRound(copies: 40)
        let out = round.deletingLastPathComponent().appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: round.deletingLastPathComponent()) }
        let errors = round.deletingLastPathComponent().appendingPathComponent("stderr.txt")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = try Lieciba.start(
            ["scan", round.path, "--out", out.path, "--jobs", "1", "--progress", "never"], errors: try FileHandle(forWritingTo: errors)
        )
        // Wait until the scan has finished a submission, then interrupt it.
        #expect(Lieciba.wait(while: process) { ledgerCount(in: out) > 0 }, "the scan finished before it could be interrupted; make the round larger")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == status)
        let left = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        #expect(!left.contains("evidence-map.json") && !left.contains("index.html") && !left.contains("matrix.csv"), "\(left)")
        #expect(!left.contains { $0.hasSuffix(".partial") }, "\(left)")
        #expect(!left.contains("submissions"), "pages of an interrupted scan stay out of sight: \(left)")
        // Submissions finished after Ctrl-C are still recorded: the ledger's writes are not cancelled.
        let stderr = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        #expect(!stderr.contains("could not record"), "\(stderr)")

        // What was finished before Ctrl-C is not done again, its page included.
        let recorded = ledgerCount(in: out)
        let resumed = try Lieciba.run(["scan", round.path, "--out", out.path, "--jobs", "2", "--progress", "never"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(reused(resumed) >= recorded, "\(resumed.stdout)")
        let after = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(after.contains("submissions") && !after.contains { $0.hasPrefix(".submissions") }, "\(after)")
    }

    @Test("a second Ctrl-C ends the scan at once, in the middle of a long submission, leaving no report")
    func secondInterrupt() throws {
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let round = work.appendingPathComponent("round")
        let out = work.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: round, withIntermediateDirectories: true)
        // A 5 MB page: seconds of reading and judging in a debug build, long after both signals.
        let paragraph = "<p>Mūsu ciema kopiena kopīgi lēma par kopienas centra atjaunošanu, un brīvprātīgie palīdzēja.</p>\n"
        try Data(("<html><body>" + String(repeating: paragraph, count: 50_000) + "</body></html>").utf8)
            .write(to: round.appendingPathComponent("Liela.html"))
        let started = ContinuousClock.now
        let process = try Lieciba.start(["scan", round.path, "--out", out.path, "--jobs", "1", "--progress", "never"])
        // The ledger is opened just before the scan starts and Ctrl-C is taken over.
        Lieciba.wait(while: process) { FileManager.default.fileExists(atPath: out.appendingPathComponent("ledger.sqlite").path) }
        usleep(500_000)
        kill(process.processIdentifier, SIGINT)
        usleep(300_000)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGINT, "ended after \(ContinuousClock.now - started)")
        let left = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        #expect(!left.contains("evidence-map.json") && !left.contains("index.html") && !left.contains("submissions"), "\(left)")
    }
}
