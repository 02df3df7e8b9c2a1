import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Rounds built by hand, by `unzip`, by cron: no single entry stops the round or is mixed up
/// with another.
@Suite("Rounds built by hand")
struct HostileRoundTests {
    private func html(_ text: String) -> Data {
        Data("<html><body><p>\(text)</p></body></html>".utf8)
    }

    private func map(_ out: URL) throws -> EvidenceMap {
        try JSONDecoder().decode(EvidenceMap.self, from: Data(contentsOf: out.appendingPathComponent("evidence-map.json")))
    }

    /// A zip of `entries` written by Python's zipfile, which keeps a name given twice.
    private func zip(_ entries: [(String, String)], to url: URL) throws {
        let script = """
            import json, sys, warnings, zipfile
            warnings.simplefilter("ignore")
            with zipfile.ZipFile(sys.argv[1], "w") as z:
                for name, text in json.loads(sys.argv[2]):
                    z.writestr(name, "<html><body><p>" + text + "</p></body></html>")
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let json = String(decoding: try JSONSerialization.data(withJSONObject: entries.map { [$0.0, $0.1] }), as: UTF8.self)
        process.arguments = ["python3", "-c", script, url.path, json]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test("a zip with one name twice, ./a beside a, x\\a beside x/a and NFC beside NFD: the round completes, every file listed")
    func duplicatePaths() throws {
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let round = work.appendingPathComponent("round")
        try FileManager.default.createDirectory(at: round, withIntermediateDirectories: true)
        try zip(
            [("a.html", "Mūsu ciema biedrība"), ("a.html", "Otrā versija"), ("./b.html", "b1"), ("b.html", "b2"), ("x\\c.html", "c1"), ("x/c.html", "c2"),
             ("\u{0112}.html", "nfc"), ("E\u{0304}.html", "nfd")],
            to: round.appendingPathComponent("Ciems.zip")
        )
        let out = work.appendingPathComponent("out")
        let run = try Lieciba.run(["scan", round.path, "--out", out.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let files = try #require(try map(out).submissions.first?.files)
        #expect(files.count == 8 && Set(files.map(\.path)).count == 8, "\(files.map(\.path))")
        #expect(files.allSatisfy { $0.status == "read" })
        let page = try String(contentsOf: out.appendingPathComponent("submissions/Ciems.html"), encoding: .utf8)
        #expect(page.contains("Otrā versija") && page.contains("a.html (2)"))
    }

    @Test("ids are unique and the same in any listing order: a folder named like a numbered id, NFC and NFD twins")
    func uniqueIDs() throws {
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let round = work.appendingPathComponent("round")
        try FileManager.default.createDirectory(at: round.appendingPathComponent("X.html (2)"), withIntermediateDirectories: true)
        try html("mapē").write(to: round.appendingPathComponent("X.html (2)/a.html"))
        try html("pirmā").write(to: round.appendingPathComponent("X.html"))
        let second = round.appendingPathComponent("second")
        try FileManager.default.createDirectory(at: second, withIntermediateDirectories: true)
        try html("otrā").write(to: second.appendingPathComponent("X.html"))
        try html("nfc").write(to: round.appendingPathComponent("\u{0112}rgļi.html"))
        try html("nfd").write(to: round.appendingPathComponent("E\u{0304}rgļi.html"))
        let out = work.appendingPathComponent("out")
        let run = try Lieciba.run(["scan", round.path, second.appendingPathComponent("X.html").path, "--out", out.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let submissions = try map(out).submissions
        let ids = submissions.map(\.id)
        #expect(ids.count == 6 && Set(ids.map { Array($0.utf8) }).count == 6, "\(ids)")
        #expect(ids.contains("X.html (2)") && ids.contains("X.html (3)"), "\(ids)")
        // The folder keeps the name it has; the second X.html is numbered past it.
        #expect(submissions.first { $0.id == "X.html (2)" }?.container.kind == "folder")
        // One page per submission, none overwriting another; the ledger holds every one.
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("submissions").path).filter { $0.hasSuffix(".html") }.count == 6)
        #expect(ledgerCount(in: out) == 6)
        // Both reduce to one id, so both keep their names; NFD sorts before NFC by bytes and
        // keeps its name unnumbered.
        let nfd = try #require(submissions.first { Array($0.source.utf8) == Array("E\u{0304}rgļi.html".utf8) })
        let nfc = try #require(submissions.first { Array($0.source.utf8) == Array("\u{0112}rgļi.html".utf8) })
        #expect(Array(nfd.id.utf8) == Array("E\u{0304}rgļi.html".utf8))
        #expect(nfc.id == "\u{0112}rgļi.html (2)")
    }

    @Test("a 220-byte name makes a page name the file system takes; the id is kept whole")
    func longName() throws {
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let round = work.appendingPathComponent("round")
        try FileManager.default.createDirectory(at: round, withIntermediateDirectories: true)
        let name = String(repeating: "Ciems un pagasts ", count: 13) + "x"
        #expect(name.utf8.count > 220)
        try html("Mūsu kopiena").write(to: round.appendingPathComponent(name + ".html"))
        try html("Mūsu kopiena").write(to: round.appendingPathComponent(name + "y.html"))
        let out = work.appendingPathComponent("out")
        let run = try Lieciba.run(["scan", round.path, "--out", out.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try map(out).submissions.map(\.id).sorted() == [name, name + "y"])
        let pages = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("submissions").path).filter { $0.hasSuffix(".html") }
        #expect(pages.count == 2 && pages.allSatisfy { $0.utf8.count <= 255 }, "\(pages)")
        let overview = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        for page in pages { #expect(overview.contains(page)) }
    }

    @Test("links in the round folder are submissions reported as links, never followed — not even to a file outside")
    func topLevelLinks() throws {
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let round = work.appendingPathComponent("round")
        let elsewhere = work.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: round, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try html("slepens teksts").write(to: elsewhere.appendingPathComponent("secret.html"))
        try FileManager.default.createSymbolicLink(at: round.appendingPathComponent("Ārējais.html"), withDestinationURL: elsewhere.appendingPathComponent("secret.html"))
        try FileManager.default.createSymbolicLink(at: round.appendingPathComponent("Mape"), withDestinationURL: elsewhere)
        try html("Mūsu kopiena").write(to: round.appendingPathComponent("Īstais.html"))
        let out = work.appendingPathComponent("out")
        let run = try Lieciba.run(["scan", round.path, "--out", out.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let submissions = try map(out).submissions
        let links = submissions.filter { $0.container.reasonCode == "link" }
        #expect(Set(links.map(\.id)) == ["Ārējais", "Mape"], "\(submissions.map(\.id))")
        #expect(links.first { $0.id == "Mape" }?.container.kind == "folder")
        #expect(links.allSatisfy { $0.container.status == "skipped" && !($0.container.reason ?? "").isEmpty })
        for page in try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("submissions").path) {
            let text = try String(contentsOf: out.appendingPathComponent("submissions").appendingPathComponent(page), encoding: .utf8)
            #expect(!text.contains("slepens teksts"), "\(page)")
        }
    }

    @Test("names on disk that are not UTF-8 (a Windows zip unpacked with unzip) are read, with ids of their own")
    func legacyNamesOnDisk() throws {
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let round = work.appendingPathComponent("round")
        try FileManager.default.createDirectory(at: round, withIntermediateDirectories: true)
        // "Ābeļciems.html" and "Ābeļciems.htm" in windows-1257 (Ā = 0xC2, ļ = 0xEF) and in CP775.
        for (index, name) in [[0xC2, 0x62, 0x65, 0xEF], [0xA0, 0x62, 0x65, 0xA8]].enumerated() {
            let bytes = Array((round.path + "/").utf8) + name.map(UInt8.init) + Array("ciems\(index).html".utf8) + [0]
            let descriptor = bytes.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) } }
            #expect(descriptor >= 0)
            let text = html("Mūsu ciema kopiena \(index)")
            _ = text.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
        }
        let out = work.appendingPathComponent("out")
        let run = try Lieciba.run(["scan", round.path, "--out", out.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let submissions = try map(out).submissions
        #expect(submissions.count == 2)
        #expect(Set(submissions.map(\.id)).count == 2)
        #expect(submissions.allSatisfy { $0.container.status == "read" && $0.files.first?.status == "read" }, "\(submissions.map(\.container))")
        #expect(submissions.contains { $0.id == "Ābeļciems0" }, "\(submissions.map(\.id))")
    }
}

@Suite("What judging may spend on one submission is bounded")
struct JudgingLimitTests {
    @Test("past judged-matches the rest is not judged: the document is skipped with the limit named, what came before counts")
    func judgedMatches() throws {
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let round = work.appendingPathComponent("round/Ciems")
        try FileManager.default.createDirectory(at: round, withIntermediateDirectories: true)
        let sentence = "Mūsu ciema biedrība rīko talkas, un iedzīvotāju sapulce lemj par kopienas centru. "
        let paragraphs = (0..<3).map { "<p>" + String(repeating: sentence, count: 20) + "\($0)</p>" }
        try Data(("<html><body>" + paragraphs.joined() + "</body></html>").utf8).write(to: round.appendingPathComponent("a.html"))
        try Data("<html><body><p>\(sentence)</p></body></html>".utf8).write(to: round.appendingPathComponent("b.html"))
        let out = work.appendingPathComponent("out")
        let run = try Lieciba.run(["scan", round.deletingLastPathComponent().path, "--out", out.path, "--quiet", "--limit", "judged-matches=150"])
        #expect(run.status == 0, "\(run.stderr)")
        let submission = try #require(try JSONDecoder().decode(EvidenceMap.self, from: Data(contentsOf: out.appendingPathComponent("evidence-map.json"))).submissions.first)
        for path in ["a.html", "b.html"] {
            let file = try #require(submission.files.first { $0.path == path })
            #expect(file.status == "skipped" && (file.reason ?? "").contains("judged-matches"), "\(file)")
        }
        // The first paragraph was judged: its evidence is on the page.
        let page = try String(contentsOf: out.appendingPathComponent("submissions/Ciems.html"), encoding: .utf8)
        #expect(page.contains("<mark"))
        let unlimited = try Lieciba.run(["scan", round.deletingLastPathComponent().path, "--out", out.path, "--quiet"])
        #expect(unlimited.status == 0)
        let again = try #require(try JSONDecoder().decode(EvidenceMap.self, from: Data(contentsOf: out.appendingPathComponent("evidence-map.json"))).submissions.first)
        #expect(again.files.allSatisfy { $0.status == "read" })
    }
}

@Suite("Names with terminal escape sequences")
struct EscapeSequenceTests {
    @Test("reach neither the terminal (-v) nor a page raw")
    func escaped() throws {
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let round = work.appendingPathComponent("round")
        try FileManager.default.createDirectory(at: round, withIntermediateDirectories: true)
        // A zip with an entry named with ESC sequences, and a page holding one: built by Python.
        let script = "import zipfile,sys\nwith zipfile.ZipFile(sys.argv[1],'w') as z:\n z.writestr('bad\\x1b[2J\\x1b[31m.pdf', b'%PDF-1.4')\n z.writestr('a.html', '<p>kopiena \\x1b[2J</p>')"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, round.appendingPathComponent("Ciems.zip").path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let out = work.appendingPathComponent("out")
        let run = try Lieciba.run(["scan", round.path, "--out", out.path, "-v"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("bad\\u{1B}[2J"), "\(run.stderr)")
        #expect(!run.stderr.contains("\u{1B}") && !run.stdout.contains("\u{1B}"))
        for page in ["index.html", "submissions/Ciems.html"] {
            let html = try String(contentsOf: out.appendingPathComponent(page), encoding: .utf8)
            #expect(!html.contains("\u{1B}"), "\(page)")
        }
    }
}
