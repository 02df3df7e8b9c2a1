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
        #expect(Array(header.suffix(3)) == ["Nenolasīti faili", "Kritēriji: nevar pārbaudīt", "Rādītāji: nav"])
        let submissions = try FileManager.default.contentsOfDirectory(atPath: Lieciba.demoRound.path).filter { !$0.hasPrefix(".") }
        #expect(lines.count == submissions.count + 1)
        for line in lines.dropFirst() {
            let cells = line.split(separator: ";", omittingEmptySubsequences: false)
            #expect(cells.count == header.count)
            #expect(cells[4...].dropLast(3).allSatisfy { ["ir", "daļēji", "nav", "nevar pārbaudīt"].contains($0) }, "\(line)")
            #expect(cells.suffix(3).allSatisfy { Int($0) != nil }, "\(line)")
        }
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
        #expect(text.hasPrefix("Iesniegums;Rādītājs;Fails;Vieta;Konteksts pirms;Atrastie vārdi;Konteksts pēc;Ieskaitīts"))
        #expect(text.contains("Ozolkalns;C6.3;"))
        #expect(text.contains("pamatteksts › "))
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
        #expect(ozolkalns.count == rows[0].count)
        #expect(ozolkalns.contains("ir"))
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
