import Foundation
import TestSupport
import Testing

/// The same documents packed in a different order give the same outputs.
@Suite("Determinism across entry order")
struct OrderIndependenceTests {
    /// Packs the demo round's Ozolkalns documents into `S.zip` in the given order (Python's
    /// zipfile, fixed timestamps).
    private func pack(into folder: URL, reversed: Bool) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let script = """
            import sys, zipfile
            source, target, reverse = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
            with zipfile.ZipFile(source) as original:
                infos = sorted(original.infolist(), key=lambda i: i.filename, reverse=reverse)
                with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as packed:
                    for info in infos:
                        info.date_time = (2024, 1, 1, 0, 0, 0)
                        packed.writestr(info, original.read(info.filename))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c", script, Lieciba.demoRound.appendingPathComponent("Ozolkalns.zip").path,
            folder.appendingPathComponent("S.zip").path, reversed ? "1" : "0",
        ]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    private func outputs(reversed: Bool) throws -> [String: String] {
        let work = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        try pack(into: work.appendingPathComponent("round"), reversed: reversed)
        let out = work.appendingPathComponent("out")
        let run = try Lieciba.run(["scan", work.appendingPathComponent("round").path, "--out", out.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        var files: [String: String] = [:]
        for name in ["evidence-map.json", "matrix.csv", "evidence.csv", "index.html", "submissions/S.html"] {
            var text = String(decoding: try Data(contentsOf: out.appendingPathComponent(name)), as: UTF8.self)
            // The archives' own bytes differ by construction; everything read from them must not.
            text = text.replacingOccurrences(of: #""inputSHA256":"[0-9a-f]{64}""#, with: #""inputSHA256":"…""#, options: .regularExpression)
            // The page's footer names the same digest.
            text = text.replacingOccurrences(of: #"SHA-256: <code>[0-9a-f]{64}</code>"#, with: "SHA-256: …", options: .regularExpression)
            files[name] = text
        }
        return files
    }

    @Test("entries stored in reverse order give byte-identical reports")
    func reversedEntries() throws {
        let forward = try outputs(reversed: false)
        let backward = try outputs(reversed: true)
        for (name, text) in forward {
            #expect(text == backward[name], "\(name) differs")
        }
    }
}
