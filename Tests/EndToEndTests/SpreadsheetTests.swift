import Foundation
import TestSupport
import Testing

/// `matrix.csv` and `evidence.csv` open as spreadsheets with Latvian intact and columns split.
@Suite("Spreadsheet outputs")
struct SpreadsheetTests {
    private func scan(_ extra: [String] = []) throws -> URL {
        let out = try Lieciba.temporaryDirectory()
        let run = try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", out.path, "--quiet"] + extra)
        #expect(run.status == 0, "\(run.stderr)")
        return out
    }

    /// The cells of one CSV row: `;` separates, `"` quotes, `""` is a quote inside quotes.
    private static func cells(of line: Substring) -> [String] {
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var characters = line.makeIterator()
        while let character = characters.next() {
            switch (character, quoted) {
            case ("\"", true):
                // A doubled quote stays; a single one ends the quoted part.
                if let next = characters.next() {
                    if next == "\"" { cell.append("\"") } else {
                        quoted = false
                        if next == ";" { cells.append(cell); cell = "" } else { cell.append(next) }
                    }
                } else {
                    quoted = false
                }
            case ("\"", false) where cell.isEmpty: quoted = true
            case (";", false): cells.append(cell); cell = ""
            default: cell.append(character)
            }
        }
        cells.append(cell)
        return cells
    }

    @Test("matrix.csv: UTF-8 with a BOM, semicolons, one row per submission, Latvian statuses")
    func matrix() throws {
        let out = try scan()
        defer { try? FileManager.default.removeItem(at: out) }
        let bytes = try [UInt8](Data(contentsOf: out.appendingPathComponent("matrix.csv")))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).split(separator: "\r\n")
        let header = lines[0].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        #expect(header.first == "Iesniegums")
        #expect(header.contains("C4.4") && header.contains("C6"))
        #expect(Array(header.suffix(4)) == ["Nenolasīto failu skaits", "Kritēriji: nevar pārbaudīt", "Trūkst rādītāju", "Nenolasītie faili"])
        // The second header row names the criteria and indicators, as every page does.
        let names = lines[1].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        #expect(names.count == header.count)
        #expect(names[try #require(header.firstIndex(of: "C4.4"))] == "Lēmumu pieņemšana „no apakšas uz augšu”")
        #expect(names[try #require(header.firstIndex(of: "C2"))] == "Kopīgi mērķi un nākotnes vīzija")
        let submissions = try FileManager.default.contentsOfDirectory(atPath: Lieciba.demoRound.path).filter { !$0.hasPrefix(".") }
        #expect(lines.count == submissions.count + 2)
        for line in lines.dropFirst(2) {
            let cells = Self.cells(of: line)
            #expect(cells.count == header.count)
            #expect(cells[4...].dropLast(4).allSatisfy { ["ir", "daļēji", "nav", "nevar pārbaudīt"].contains($0) }, "\(line)")
            #expect(cells.suffix(4).prefix(3).allSatisfy { Int($0) != nil }, "\(line)")
        }
        // Files not read are named with the reason, not only counted.
        let dzerve = Self.cells(of: try #require(lines.first { $0.hasPrefix("Dzērve;") }))
        #expect(dzerve.last?.contains("Pieteikums_Dzērve.pdf — PDF fails netiek lasīts") == true)
    }

    @Test("--lang en writes English headers and statuses")
    func english() throws {
        let out = try scan(["--lang", "en"])
        defer { try? FileManager.default.removeItem(at: out) }
        let text = String(decoding: try Data(contentsOf: out.appendingPathComponent("matrix.csv")).dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("Submission;Criteria present"))
        #expect(text.contains(";present;") || text.contains(";missing;"))
    }

    @Test("evidence.csv: one keyword-in-context row per passage")
    func evidence() throws {
        let out = try scan()
        defer { try? FileManager.default.removeItem(at: out) }
        let text = String(decoding: try Data(contentsOf: out.appendingPathComponent("evidence.csv")).dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("Iesniegums;Rādītājs;Fails;Vieta dokumentā;Konteksts pirms;Atrastie vārdi;Konteksts pēc;Ieskaitīts;Kāpēc nav ieskaitīts;Citāts («atrastie vārdi» iezīmēti);Pierādījuma veids"))
        #expect(text.contains("Ozolkalns;C6.3;"))
        #expect(text.contains("pamatteksts › "))
        let rows = text.split(separator: "\r\n").dropFirst().map(Self.cells)
        // Counted rows say whether the evidence is direct; the quote marks what matched.
        let counted = rows.filter { $0[7] == "jā" }
        // (An answer under a heading naming the indicator counts whole, with no words to mark.)
        #expect(!counted.isEmpty && counted.allSatisfy { ["tiešs pierādījums", "netiešs pierādījums"].contains($0[10]) && ($0[9].contains("«") || $0[9] == $0[5]) })
        #expect(counted.contains { $0[9].contains("«") })
        // Rows that did not count say why in words, never in the map's codes.
        let notCounted = rows.filter { $0[7] == "nē" }
        #expect(!notCounted.isEmpty && notCounted.allSatisfy { $0[10].isEmpty && !$0[8].isEmpty })
        let codes = ["negated", "heading", "about someone else", "template wording", "planned, not done", "named only in passing"]
        #expect(!notCounted.contains { codes.contains($0[8]) })
    }

    @Test(
        "LibreOffice Calc reads the matrix into the right cells, diacritics intact",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice"), "LibreOffice not installed: run scripts/bootstrap.sh --tests")
    )
    func libreOffice() throws {
        let out = try scan()
        defer { try? FileManager.default.removeItem(at: out) }
        // Headless LibreOffice has no import dialog: the filter options are what the dialog sets
        // for a Latvian user — separator ';' (59), quote '"' (34), UTF-8 (76), from line 1.
        let convert = Process()
        convert.executableURL = URL(fileURLWithPath: "/usr/bin/soffice")
        convert.arguments = [
            "-env:UserInstallation=file://\(out.path)/lo-profile", "--headless", "--infilter=CSV:59,34,76,1", "--convert-to", "xlsx",
            "--outdir", out.path, out.appendingPathComponent("matrix.csv").path,
        ]
        convert.standardOutput = FileHandle.nullDevice
        convert.standardError = FileHandle.nullDevice
        try convert.run()
        convert.waitUntilExit()
        let xlsx = out.appendingPathComponent("matrix.xlsx")
        #expect(FileManager.default.fileExists(atPath: xlsx.path))
        let rows = try XLSXCells.read(xlsx)
        #expect(rows.first?.first == "Iesniegums")
        #expect(rows.first?.contains("Kritēriji: daļēji") == true)
        let ozolkalns = try #require(rows.first { $0.first == "Ozolkalns" })
        // Each status in its column (the last column, the files not read, is empty here).
        let c44 = try #require(rows[0].firstIndex(of: "C4.4"))
        #expect(["ir", "daļēji", "nav"].contains(ozolkalns[c44]))
        // The names row (its empty cells are not stored, so it is searched, not indexed).
        #expect(rows[1].first == "Nosaukums" && rows[1].contains("Lēmumu pieņemšana „no apakšas uz augšu”"))
        #expect(rows.contains { $0.first == "Ābeļciems" })
    }
}

/// Reads the first sheet of an .xlsx back into rows of strings, with Python's zipfile.
enum XLSXCells {
    static func read(_ url: URL) throws -> [[String]] {
        let script = """
            import json, sys, zipfile, xml.etree.ElementTree as ET
            ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
            z = zipfile.ZipFile(sys.argv[1])
            shared = []
            if "xl/sharedStrings.xml" in z.namelist():
                shared = ["".join(s.itertext()) for s in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns)]
            rows = []
            for row in ET.fromstring(z.read("xl/worksheets/sheet1.xml")).iter("{%s}row" % ns["m"]):
                cells = []
                for cell in row.findall("m:c", ns):
                    value = cell.find("m:v", ns)
                    text = "" if value is None else value.text
                    cells.append(shared[int(text)] if cell.get("t") == "s" else text)
                rows.append(cells)
            print(json.dumps(rows))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, url.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONDecoder().decode([[String]].self, from: data)
    }
}
