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
}
