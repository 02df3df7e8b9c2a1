import Foundation
import TestSupport
import Testing

/// The HTML report in a real browser: headless Chromium renders the overview and a submission
/// page of the demo round without console errors, the DOM holds the expected cells and
/// highlights, and screenshots land in the test's output folder.
@Suite(
    "HTML report in Chromium",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium"), "Chromium not installed: run scripts/bootstrap.sh --tests")
)
struct BrowserTests {
    private static func chromium(_ arguments: [String]) throws -> (stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chromium")
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0"] + arguments
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out"), err = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.environment = ProcessInfo.processInfo.environment.merging(["HOME": folder.path]) { _, new in new }
        try process.run()
        process.waitUntilExit()
        return (String(decoding: try Data(contentsOf: out), as: UTF8.self), String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    private static func consoleErrors(_ log: String) -> [String] {
        log.split(separator: "\n").filter { $0.contains("CONSOLE") && ($0.contains("Uncaught") || $0.contains("Error")) }.map(String.init)
    }

    @Test("a script error on a page is caught by the console check")
    func consoleCheck() throws {
        let page = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: page) }
        try Data("<html><body><script>notDefined();</script></body></html>".utf8).write(to: page)
        #expect(!Self.consoleErrors(try Self.chromium(["--dump-dom", page.absoluteString]).stderr).isEmpty)
    }

    @Test("the overview and a submission page render, with cells, links, highlights and no console errors")
    func demoRound() throws {
        let out = try Lieciba.temporaryDirectory()
        // The screenshots are for a person to look at: kept when asked for, removed otherwise.
        let keep = ProcessInfo.processInfo.environment["LIECIBA_KEEP_SCREENSHOTS"] == "1"
        defer { if !keep { try? FileManager.default.removeItem(at: out) } }
        let run = try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("index.html"))
        let index = out.appendingPathComponent("index.html")
        let page = out.appendingPathComponent("submissions/Ozolkalns.html")

        let overview = try Self.chromium(["--dump-dom", index.absoluteString])
        #expect(Self.consoleErrors(overview.stderr).isEmpty, "\(Self.consoleErrors(overview.stderr))")
        #expect(overview.stdout.contains("<table class=\"matrix\">"))
        for id in ["Ozolkalns", "Ābeļciems", "Lejasmuiža"] { #expect(overview.stdout.contains(">\(id)</a>"), "\(id)") }
        #expect(overview.stdout.contains("data-id=\"C4.4\""))
        #expect(overview.stdout.contains("href=\"submissions/Ozolkalns.html#C4.4\""))
        // The script ran: it unhides the filter.
        #expect(overview.stdout.contains("<p class=\"filter\" id=\"filter\">"))

        let submission = try Self.chromium(["--dump-dom", page.absoluteString])
        #expect(Self.consoleErrors(submission.stderr).isEmpty)
        #expect(submission.stdout.contains("<mark>"))
        #expect(submission.stdout.contains("id=\"C4.4\""))
        #expect(submission.stdout.contains("href=\"#d1-b"))
        #expect(submission.stdout.contains("id=\"d1-b1\""))

        _ = try Self.chromium(["--window-size=1400,700", "--screenshot=\(out.appendingPathComponent("index.png").path)", index.absoluteString])
        _ = try Self.chromium(["--window-size=1100,1400", "--screenshot=\(out.appendingPathComponent("submission.png").path)", page.absoluteString])
        for shot in ["index.png", "submission.png"] {
            let size = (try? FileManager.default.attributesOfItem(atPath: out.appendingPathComponent(shot).path)[.size] as? Int) ?? 0
            #expect(size > 10_000, "\(shot) missing or empty")
        }
        if keep { print("screenshots: \(out.path)/index.png, \(out.path)/submission.png") }
    }

    /// A scan of the demo round into a fresh folder, removed by the caller.
    private static func scannedDemoRound() throws -> URL {
        let out = try Lieciba.temporaryDirectory()
        let run = try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        return out
    }

    /// The ids of the overview's rows the script left shown.
    private static func shownRows(_ dom: String) throws -> [String] {
        let row = try Regex(#"<tr( data-unreadable="1")?><th scope="row" class="id"><a [^>]*>([^<]*)</a>"#)
        return dom.matches(of: row).compactMap { $0.output[2].substring.map(String.init) }
    }

    @Test("a submission page opens with the applicant, the files with their status and a summary row per indicator")
    func pageSummary() throws {
        let out = try Self.scannedDemoRound()
        defer { try? FileManager.default.removeItem(at: out) }
        let page = try Self.chromium(["--dump-dom", out.appendingPathComponent("submissions/Dzērve.html").absoluteString])
        #expect(Self.consoleErrors(page.stderr).isEmpty)
        let dom = page.stdout
        #expect(dom.contains("<table class=\"facts\">"))
        #expect(dom.contains("biedrība „Dzērves skola”"))
        #expect(dom.contains("Cīravas pagasts"))
        // Files: the PDF not read, with why, in the table and the banner.
        #expect(dom.contains("<td class=\"unread\">Pieteikums_Dzērve.pdf</td>"))
        #expect(dom.contains("<td>Pielikums_resursi.docx</td><td>DOCX</td><td>nolasīts</td>"))
        // The summary: one row per indicator, each linking down to its section, before the sections.
        let summary = try #require(dom.components(separatedBy: "<table class=\"summary\">").last?.components(separatedBy: "</table>").first)
        #expect(summary.components(separatedBy: "<tr><td><a href=\"#").count - 1 == 17)
        #expect(summary.contains("<a href=\"#C3.2\">C3.2 Sociālā inovācija</a>"))
        // C1 is named as its section is, by the criterion's name.
        #expect(summary.contains("<a href=\"#C1\">C1 Ciems ir piesaistīts kādai noteiktai Latvijas ģeogrāfiskai kopienai</a>"))
        let (beforeSections, _) = try #require(dom.firstRange(of: "<section class=\"criterion\">").map { (dom[..<$0.lowerBound], 0) })
        #expect(beforeSections.contains("<table class=\"summary\">"))
        // Highlights in the full text name the indicators they count for.
        #expect(dom.contains("data-for=\"C3.2"))
        #expect(dom.contains("title=\"ieskaitīts: C3.2"))
        // Previous and next, from the round's order (_round.js): the first page has no previous.
        #expect(dom.contains("<a class=\"previous\" hidden=\"\">"))
        #expect(dom.contains("<a class=\"next\" href=\"Jauns%C4%93%C4%BCi.html\">Nākamais →</a>"))
        let middle = try Self.chromium(["--dump-dom", out.appendingPathComponent("submissions/Ozolkalns.html").absoluteString]).stdout
        #expect(middle.contains("<a class=\"previous\" href=\"Lejasmui%C5%BEa.html\">"))
        #expect(middle.contains("<a class=\"next\" href=\"Priedaine.html\">"))
        // The print buttons were shown by the page's script.
        #expect(dom.contains("<button type=\"button\" class=\"print\">"))
    }

    @Test("the overview names files not read, and filters to missing, missing or partial, and unread files")
    func overviewFilter() throws {
        let out = try Self.scannedDemoRound()
        defer { try? FileManager.default.removeItem(at: out) }
        let index = out.appendingPathComponent("index.html").absoluteString
        let all = try Self.chromium(["--dump-dom", index]).stdout
        #expect(all.contains("<option value=\"all\" selected=\"\">visus iesniegumus</option>"))
        #expect(try Self.shownRows(all).count == 9)
        #expect(all.contains(">Pieteikums_Dzērve.pdf</span>"))
        #expect(try Self.shownRows(try Self.chromium(["--dump-dom", index + "#show=unreadable"]).stdout) == ["Dzērve", "Jaunsēļi"])
        #expect(try Self.shownRows(try Self.chromium(["--dump-dom", index + "#show=missing&in=C2"]).stdout) == ["Priedaine", "Vecupe"])
        let partial = try Self.shownRows(try Self.chromium(["--dump-dom", index + "#show=partial&in=C4"]).stdout)
        #expect(partial.count > 2 && partial.contains("Priedaine") && !partial.contains("Ozolkalns"))
        // Any column: every row that misses something anywhere.
        let missingAnywhere = try Self.shownRows(try Self.chromium(["--dump-dom", index + "#show=missing"]).stdout)
        #expect(missingAnywhere.contains("Vecupe") && !missingAnywhere.contains("Ozolkalns"))
    }

    @Test(
        "printed to PDF, a page keeps the summary and why mentions did not count, with a running header and page numbers, and no full text",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext"), "pdftotext not installed: run scripts/bootstrap.sh --tests")
    )
    func printed() throws {
        let out = try Self.scannedDemoRound()
        defer { try? FileManager.default.removeItem(at: out) }
        let pdf = out.appendingPathComponent("Ozolkalns.pdf")
        _ = try Self.chromium(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", out.appendingPathComponent("submissions/Ozolkalns.html").absoluteString])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = [pdf.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.contains("Kopsavilkums"))
        // The closed lists of mentions not counted are opened, reasons and all.
        #expect(text.contains("Neieskaitītie pieminējumi"))
        #expect(text.contains("minēts tikai garāmejot") || text.contains("par citiem") || text.contains("tikai virsrakstā"))
        #expect(!text.contains("Dokumentu pilnais teksts"), "the full text is printed only when asked for")
        // Every printed page carries the application's name and its number.
        #expect(text.components(separatedBy: "Iesniegums: Ozolkalns").count - 1 >= 3)
        #expect(text.contains(try Regex(#"\b2 / [0-9]+\b"#)))
    }

    @Test("on a 390 px phone screen the application column stays in view when the matrix is scrolled")
    func phone() throws {
        let out = try Self.scannedDemoRound()
        let keep = ProcessInfo.processInfo.environment["LIECIBA_KEEP_SCREENSHOTS"] == "1"
        defer { if !keep { try? FileManager.default.removeItem(at: out) } }
        // The page in a 390 px frame, its matrix scrolled to the far right, measured by the frame's parent.
        let probe = out.appendingPathComponent("phone.html")
        try Data(
            """
            <!DOCTYPE html><html><body style="margin:0"><iframe id="f" src="index.html" style="width:390px;height:844px;border:0"></iframe>
            <script>document.getElementById("f").addEventListener("load", function () {
              var d = this.contentDocument, box = d.querySelector("div.scroll");
              box.scrollLeft = box.scrollWidth;
              var cell = d.querySelector("tbody th.id").getBoundingClientRect();
              document.body.setAttribute("data-probe", [Math.round(cell.left), Math.round(cell.right), box.scrollLeft, d.documentElement.scrollWidth, d.documentElement.clientWidth].join(" "));
            });</script></body></html>
            """.utf8
        ).write(to: probe)
        let dom = try Self.chromium(["--allow-file-access-from-files", "--virtual-time-budget=3000", "--window-size=600,900", "--dump-dom", probe.absoluteString]).stdout
        let values = try #require(dom.firstMatch(of: try Regex(#"data-probe="([0-9 ]+)""#))?.output[1].substring).split(separator: " ").compactMap { Int($0) }
        try #require(values.count == 5, "\(dom.prefix(400))")
        let (left, right, scrolled, pageWidth, viewport) = (values[0], values[1], values[2], values[3], values[4])
        #expect(scrolled > 0, "the matrix is wider than a phone and scrolls")
        #expect(left >= 0 && right <= viewport, "the application column stays in view: \(left)…\(right) of \(viewport)")
        #expect(pageWidth <= viewport, "only the matrix scrolls, not the page")
        _ = try Self.chromium(["--allow-file-access-from-files", "--window-size=390,844", "--screenshot=\(out.appendingPathComponent("phone.png").path)", probe.absoluteString])
        if keep { print("screenshot: \(out.path)/phone.png") }
    }
}
