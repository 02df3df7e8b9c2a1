import Foundation
import Ledger
import TestSupport
import Testing

/// How many submissions the ledger in a scan's output folder holds; 0 before it exists.
func ledgerCount(in out: URL) -> Int {
    let url = out.appendingPathComponent("ledger.sqlite")
    guard FileManager.default.fileExists(atPath: url.path) else { return 0 }
    return (try? RoundLedger.count(at: url)) ?? 0
}

/// "N of them unchanged since the last run" from a scan's summary, 0 when absent.
func reused(_ run: Lieciba.Run) -> Int {
    // The summary in Latvian (the default) or English.
    let phrases = ["nav mainījušies", "unchanged since the last run"]
    guard let line = run.stdout.split(separator: "\n").first(where: { line in phrases.contains { line.contains($0) } }) else { return 0 }
    return Int(line.prefix { $0.isNumber }) ?? 0
}

/// A run that loses nothing: finished submissions are recorded as they finish, and a re-run
/// redoes only what is not recorded or has changed.
@Suite("Ledger and resumed runs")
struct LedgerTests {
    /// Every file of a scan's output except the ledger itself, by relative path.
    private func outputs(in folder: URL) throws -> [String: Data] {
        var found: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                !relative.hasPrefix("ledger.sqlite"), !relative.hasPrefix(".lieciba/")
            {
                found[relative] = try Data(contentsOf: url)
            }
        }
        return found
    }

    @Test("a run killed with SIGKILL mid-way, run again, gives byte-identical outputs and reads only what was not done")
    func killedRunResumes() throws {
        let round = try Lieciba.copiedDemoRound(copies: 6)
        let work = round.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: work) }
        let total = try FileManager.default.contentsOfDirectory(atPath: round.path).count

        let reference = work.appendingPathComponent("reference")
        #expect(try Lieciba.run(["scan", round.path, "--out", reference.path, "--jobs", "2", "--quiet"]).status == 0)

        let out = work.appendingPathComponent("out")
        let process = try Lieciba.start(["scan", round.path, "--out", out.path, "--jobs", "1", "--progress", "never"])
        var waited = 0
        while process.isRunning, waited < 3000, ledgerCount(in: out) < 3 {
            usleep(10_000)
            waited += 1
        }
        #expect(process.isRunning, "the scan finished before it could be killed; make the round larger")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let recorded = ledgerCount(in: out)
        #expect(recorded >= 3 && recorded < total, "\(recorded) of \(total) recorded when killed")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("evidence-map.json").path))

        let resumed = try Lieciba.run(["scan", round.path, "--out", out.path, "--jobs", "2", "--progress", "never"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(reused(resumed) >= recorded && reused(resumed) < total, "\(resumed.stdout)")
        #expect(ledgerCount(in: out) == total)
        let expected = try outputs(in: reference)
        let actual = try outputs(in: out)
        #expect(expected.keys.sorted() == actual.keys.sorted())
        for (name, data) in expected { #expect(actual[name] == data, "\(name) differs after the resumed run") }
    }

    @Test("results made by another build are not reused, though the version number is the same")
    func otherBuild() throws {
        let round = try Lieciba.copiedDemoRound(copies: 1)
        let work = round.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("out")
        // Another build: the same program with one byte more at its end, which runs the same.
        let other = work.appendingPathComponent("lieciba-other")
        var bytes = try Data(contentsOf: try #require(Lieciba.executable))
        bytes.append(0)
        try bytes.write(to: other)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: other.path)
        let lexicon = Lieciba.repositoryRoot.appendingPathComponent("corpora/lexicons/smart-village.lv.yaml").path
        let arguments = ["scan", round.path, "--out", out.path, "--lexicon", lexicon, "--progress", "never"]

        let first = try Lieciba.run(arguments)
        #expect(first.status == 0 && reused(first) == 0, "\(first.stderr)")
        let byOther = try Lieciba.run(arguments, executable: other)
        #expect(byOther.status == 0, "\(byOther.stderr)")
        #expect(reused(byOther) == 0, "another build read everything again: \(byOther.stdout)")
        let again = try Lieciba.run(arguments, executable: other)
        #expect(reused(again) == 9, "the same build reuses its own results: \(again.stdout)")
    }

    @Test("new submissions are the only ones read; other settings or --fresh read everything again")
    func onlyChangesAreRead() throws {
        let round = try Lieciba.copiedDemoRound(copies: 1)
        let work = round.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("out")
        let first = try Lieciba.run(["scan", round.path, "--out", out.path, "--progress", "never"])
        #expect(first.status == 0 && reused(first) == 0)

        let entries = try FileManager.default.contentsOfDirectory(atPath: round.path).sorted()
        for entry in entries.prefix(2) {
            try FileManager.default.copyItem(at: round.appendingPathComponent(entry), to: round.appendingPathComponent("new-" + entry))
        }
        let again = try Lieciba.run(["scan", round.path, "--out", out.path, "--progress", "never"])
        #expect(again.status == 0)
        #expect(reused(again) == entries.count, "\(again.stdout)")

        let otherSettings = try Lieciba.run(["scan", round.path, "--out", out.path, "--passages", "2", "--progress", "never"])
        #expect(reused(otherSettings) == 0, "a different passage limit is a different result")
        let fresh = try Lieciba.run(["scan", round.path, "--out", out.path, "--passages", "2", "--fresh", "--progress", "never"])
        #expect(fresh.status == 0 && reused(fresh) == 0)
    }

    @Test("a page the ledger records is taken up only while its bytes are unchanged; a deleted or edited page is rendered again")
    func pagesAreTakenByDigest() throws {
        let round = try Lieciba.copiedDemoRound(copies: 1)
        let work = round.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: work) }
        let total = try FileManager.default.contentsOfDirectory(atPath: round.path).count
        let out = work.appendingPathComponent("out")
        #expect(try Lieciba.run(["scan", round.path, "--out", out.path, "--quiet"]).status == 0)
        let reference = try outputs(in: out)
        let pages = out.appendingPathComponent("submissions")
        let names = try FileManager.default.contentsOfDirectory(atPath: pages.path).filter { $0.hasSuffix(".html") }.sorted()
        try #require(names.count == total && total >= 2)
        try FileManager.default.removeItem(at: pages.appendingPathComponent(names[0]))
        try Data("<p>edited by hand</p>".utf8).write(to: pages.appendingPathComponent(names[1]))

        let again = try Lieciba.run(["scan", round.path, "--out", out.path, "--progress", "never"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(reused(again) == total - 2, "the two changed pages' submissions are read again: \(again.stdout)")
        let actual = try outputs(in: out)
        #expect(reference.keys.sorted() == actual.keys.sorted())
        for (name, data) in reference { #expect(actual[name] == data, "\(name) differs after the re-run") }
        #expect(reused(try Lieciba.run(["scan", round.path, "--out", out.path, "--progress", "never"])) == total)
    }

    @Test("--out inside the round, or an unreadable input, is refused before any work")
    func refusals() throws {
        let round = try Lieciba.copiedDemoRound(copies: 1)
        let work = round.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: work) }
        let inside = try Lieciba.run(["scan", round.path, "--out", round.appendingPathComponent("out").path])
        #expect(inside.status == 64)
        #expect(inside.stderr.contains("inside the input folder"))
        #expect(!FileManager.default.fileExists(atPath: round.appendingPathComponent("out").path))
        let missing = try Lieciba.run(["scan", work.appendingPathComponent("nowhere").path, "--out", work.appendingPathComponent("o").path])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("does not exist"))
    }
}
