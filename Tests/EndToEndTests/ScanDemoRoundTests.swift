import Foundation
import TestSupport
import Testing

@Suite("lieciba scan on the demo round")
struct ScanDemoRoundTests {
    private func scan(jobs: Int = 2) throws -> (map: EvidenceMap, bytes: Data, run: Lieciba.Run) {
        let out = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", out.path, "--jobs", "\(jobs)"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        // Every output, pages included, in one blob: determinism covers them all.
        var bytes = Data()
        let pages = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("submissions").path).sorted()
        for name in ["evidence-map.json", "matrix.csv", "evidence.csv", "index.html"] + pages.map({ "submissions/" + $0 }) {
            bytes.append(try Data(contentsOf: out.appendingPathComponent(name)))
        }
        let map = try Data(contentsOf: out.appendingPathComponent("evidence-map.json"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".partial") || $0.hasPrefix(".submissions") }
        #expect(leftovers.isEmpty, "temporary files left behind: \(leftovers)")
        return (try JSONDecoder().decode(EvidenceMap.self, from: map), bytes, run)
    }

    @Test("every entry of the round becomes a submission, sorted by id")
    func submissions() throws {
        let (map, _, run) = try scan()
        #expect(map.schemaVersion == 1)
        #expect(map.tool.name == "lieciba")
        let entries = try FileManager.default.contentsOfDirectory(atPath: Lieciba.demoRound.path).filter { !$0.hasPrefix(".") && $0 != "README.md" }
        #expect(map.submissions.count == entries.count)
        #expect(map.submissions.count >= 6)
        #expect(map.submissions.map(\.id) == map.submissions.map(\.id).sorted())
        #expect(map.totals.submissions == map.submissions.count)
        // The summary, in the report's language, names the counts, the submissions with files
        // not read, and where the map is.
        #expect(run.stdout.contains("Pārbaudīti \(map.submissions.count) iesniegumi"))
        #expect(run.stdout.contains("Iesniegumi ar nenolasītiem failiem: Dzērve, Jaunsēļi"))
        #expect(run.stdout.contains("evidence-map.json"))
    }

    @Test("every page's footer names the tool, the scan's time, the lexicon and its digest, and the page's input digest")
    func auditFooter() throws {
        let out = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", out.path])
        #expect(run.status == 0)
        let map = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("evidence-map.json"))) as? [String: Any])
        let lexicon = try #require(map["lexicon"] as? [String: Any])
        let digest = try #require(lexicon["sha256"] as? String)
        let entries = try #require(map["submissions"] as? [[String: Any]])
        let ozolkalns = try #require(entries.first { $0["id"] as? String == "Ozolkalns" })
        let input = try #require(ozolkalns["inputSHA256"] as? String)
        // The scan's time is the run's (the tests fix it with SOURCE_DATE_EPOCH), kept out of the map.
        let page = String(decoding: try Data(contentsOf: out.appendingPathComponent("submissions/Ozolkalns.html")), as: UTF8.self)
        let overview = String(decoding: try Data(contentsOf: out.appendingPathComponent("index.html")), as: UTF8.self)
        for html in [page, overview] {
            #expect(html.contains("Sagatavots ar rīku Liecība 0.1.0 · Pārbaudīts 2026-01-01 00:00 UTC"))
            #expect(html.contains("Leksikons: Viedā ciema pazīmes (smart-village.lv.yaml, versija 1.0.0, SHA-256 <code>\(digest)</code>)"))
        }
        #expect(page.contains("Iesnieguma SHA-256: <code>\(input)</code>"))
        #expect(!String(decoding: try Data(contentsOf: out.appendingPathComponent("evidence-map.json")), as: UTF8.self).contains("2026-01-01"))
        let record = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent(".lieciba/run.json"))) as? [String: Any])
        #expect(record["scannedAt"] as? String == "2026-01-01T00:00:00Z")
        // The map names the applicant the documents name, with where.
        let applicant = try #require(ozolkalns["applicant"] as? [String: Any])
        let organisation = try #require(applicant["organisation"] as? [String: Any])
        #expect(organisation["name"] as? String == "biedrība „Ozolkalna kopiena”")
        #expect(organisation["file"] as? String == "Pieteikums_Ozolkalns.docx")
        #expect((organisation["location"] as? [String: Any])?["part"] as? String == "body")
    }

    @Test("ids drop archive extensions; sources keep the entry name")
    func ids() throws {
        let (map, _, _) = try scan()
        let byID = Dictionary(uniqueKeysWithValues: map.submissions.map { ($0.id, $0) })
        #expect(byID["Ozolkalns"]?.source == "Ozolkalns.zip")
        #expect(byID["Ābeļciems"]?.source == "Ābeļciems.tar.gz")
        #expect(byID["Lejasmuiža"]?.container.format == "7z")
        #expect(byID["Priedaine"]?.container.kind == "folder")
        #expect(byID["Vecupe"]?.container.kind == "document")
    }

    @Test("nested folders and a nested zip are walked, with paths through them")
    func nesting() throws {
        let (map, _, _) = try scan()
        let paths = map.submissions.flatMap { submission in submission.files.map { "\(submission.id)/\($0.path)" } }
        #expect(paths.contains { $0.hasPrefix("Saulgrieži/pielikumi.zip/") && $0.hasSuffix(".odt") })
        #expect(paths.contains { $0.hasPrefix("Priedaine/pielikumi/") })
        let nested = map.submissions.flatMap(\.files).first { $0.path == "pielikumi.zip" }
        #expect(nested?.format == "zip")
        #expect(nested?.status == "read")
        #expect((nested?.entries ?? 0) >= 2)
    }

    @Test("a zip entry named in CP1257 without the UTF-8 flag shows its Latvian name")
    func legacyNames() throws {
        let (map, _, _) = try scan()
        let legacy = map.submissions.flatMap(\.files).filter { $0.nameEncoding != nil }
        #expect(!legacy.isEmpty)
        for file in legacy {
            #expect(file.nameEncoding == "windows-1257")
            #expect(file.nameUncertain == nil)
            #expect(file.path.contains { "āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ".contains($0) }, "\(file.path)")
            #expect(!file.path.contains("\u{FFFD}"))
        }
    }

    @Test("the PDF is unsupported and the damaged DOCX is reported, each with a reason")
    func unreadable() throws {
        let (map, _, _) = try scan()
        let files = map.submissions.flatMap(\.files)
        #expect(files.contains { $0.format == "pdf" && $0.status == "unsupported" })
        #expect(files.contains { $0.format == "docx" && $0.status == "damaged" })
        for file in files where file.status != "read" {
            #expect(!(file.reason ?? "").isEmpty, "\(file.path) has no reason")
            #expect(file.reasonCode != nil)
        }
        #expect(map.totals.filesUnreadable == files.filter { $0.status != "read" }.count)
    }

    @Test("every readable document yields text")
    func documentsHaveText() throws {
        let (map, _, _) = try scan()
        let documents = map.submissions.flatMap(\.files).filter { ["docx", "odt", "html"].contains($0.format) && $0.status == "read" }
        #expect(documents.count >= 12)
        for document in documents {
            #expect(document.blocks > 0, "\(document.path)")
            #expect(document.characters > 100, "\(document.path)")
        }
    }

    @Test("a pipe in the round, even one named like an archive, is passed over with a reason, not waited on")
    func pipeInRound() throws {
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let round = work.appendingPathComponent("round")
        try FileManager.default.createDirectory(at: round, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Lieciba.demoRound.appendingPathComponent("Ozolkalns.zip"), to: round.appendingPathComponent("Ozolkalns.zip"))
        #expect(mkfifo(round.appendingPathComponent("Vecupe.zip").path, 0o644) == 0)
        let out = work.appendingPathComponent("out")
        let run = try Lieciba.run(["scan", round.path, "--out", out.path], timeout: .seconds(60))
        #expect(!run.timedOut && run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("Vecupe.zip") && run.stderr.contains("not a regular file"), "\(run.stderr)")
        let map = try JSONDecoder().decode(EvidenceMap.self, from: Data(contentsOf: out.appendingPathComponent("evidence-map.json")))
        #expect(map.submissions.map(\.id) == ["Ozolkalns"])
    }

    @Test("an inventory written over a judged run leaves none of that run's spreadsheets, overview or pages")
    func inventoryOverJudged() throws {
        let out = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let judged = try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", out.path, "--quiet"])
        #expect(judged.status == 0)
        let inventory = try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", out.path, "--quiet", "--inventory-only"])
        #expect(inventory.status == 0, "\(inventory.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { !$0.hasPrefix("ledger.sqlite") && $0 != ".lieciba" }.sorted()
        #expect(left == ["evidence-map.json"], "\(left)")
    }

    @Test("the map, spreadsheets and pages are byte-identical whatever --jobs is")
    func deterministic() throws {
        let one = try scan(jobs: 1).bytes
        let four = try scan(jobs: 4).bytes
        #expect(one == four)
    }
}

@Suite("Exit codes")
struct ExitCodeTests {
    @Test("an input that does not exist is a usage error (64)")
    func missingInput() throws {
        let out = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try Lieciba.run(["scan", "/nonexistent/round", "--out", out.path])
        #expect(run.status == 64)
        #expect(run.stderr.contains("does not exist"))
    }

    @Test("--jobs 0, or more than any machine has (Int.max crashed the scan), is a usage error (64)", arguments: ["0", "9223372036854775807"])
    func badJobs(jobs: String) throws {
        let run = try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", "/tmp/unused", "--jobs", jobs])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--jobs must be between 1 and 4096"), "\(run.stderr)")
    }

    @Test("an output that cannot be written fails the round (1)")
    func unwritableOutput() throws {
        let folder = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let blocker = folder.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: blocker)
        let run = try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", blocker.appendingPathComponent("out").path])
        #expect(run.status == 1)
    }

    @Test("--help documents the exit codes, lists the limits one per unbroken line, and names each default once")
    func help() throws {
        let run = try Lieciba.run(["scan", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("64"))
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex { $0.contains("Limits and their defaults:") })
        let end = try #require(lines.firstIndex { $0.contains("A limit that is hit") })
        let table = lines[(start + 1)..<end]
        #expect(table.count == 16)
        for line in table {
            // "  name  value  meaning": a row, never a meaning wrapped onto a line of its own.
            #expect(line.hasPrefix("          ") && line.dropFirst(10).first?.isLetter == true, "\(line)")
            #expect(line.split(separator: " ").count >= 3, "\(line)")
        }
        // Each value is listed once, by the parser, not again in the option's own words.
        for (option, value) in [("--progress", "never"), ("--lang", "en")] {
            let help = lines.drop { !$0.contains(option + " <") }.prefix(4).joined(separator: " ")
            let words = help.split { !$0.isLetter }
            #expect(words.filter { $0 == value }.count == 1, "\(option): \(help)")
        }
    }
}
