import Foundation
import TestSupport
import Testing

/// The 160+ archives of `shared/peer/archives/` (libarchive's own test inputs, path-traversal
/// samples, RecursiveExtractor's corpus and a zip bomb): each must be scanned without a crash or
/// a hang, and end either read or reported with a reason.
@Suite("Peer archives", .enabled(if: PeerSuite.isAvailable, PeerSuite.skipMessage))
struct PeerArchivesTests {
    static let archives: [String] = {
        guard let root = PeerSuite.directory?.appendingPathComponent("archives"),
            let enumerator = FileManager.default.enumerator(atPath: root.path)
        else { return [] }
        return enumerator.compactMap { $0 as? String }
            .filter { path in
                var isDirectory: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory)
                return !isDirectory.boolValue && !path.hasSuffix("MANIFEST.tsv") && !path.hasSuffix(".expected.txt")
            }
            .sorted()
    }()

    @Test("the whole set is there")
    func count() {
        #expect(Self.archives.count >= 160)
    }

    @Test("every archive is read or reported, within 30 seconds each", arguments: archives)
    func scan(archive: String) throws {
        let path = PeerSuite.url("archives/" + archive).path
        let out = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try Lieciba.run(["scan", path, "--out", out.path, "--quiet"], timeout: .seconds(30))
        #expect(!run.timedOut, "\(archive) hung")
        #expect(run.status == 0, "\(archive): exit \(run.status) \(run.stderr)")
        let map = try JSONDecoder().decode(EvidenceMap.self, from: Data(contentsOf: out.appendingPathComponent("evidence-map.json")))
        let submission = try #require(map.submissions.first)
        #expect(map.submissions.count == 1)
        if submission.container.status != "read" {
            #expect(!(submission.container.reason ?? "").isEmpty, "\(archive): container without a reason")
        }
        for file in submission.files where file.status != "read" {
            #expect(!(file.reason ?? "").isEmpty, "\(archive): \(file.path) without a reason")
        }
        // Nothing from the archive lands on disk: the output folder holds the reports, the
        // ledger and the run's record, and nothing else.
        let written = Set(try FileManager.default.contentsOfDirectory(atPath: out.path))
        #expect(
            written.isSubset(of: ["evidence-map.json", "matrix.csv", "evidence.csv", "index.html", "submissions", "ledger.sqlite", ".lieciba"]),
            "\(written)"
        )
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent(".lieciba").path)) == ["lock", "run.json"])
        let pages = ((try? FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("submissions").path)) ?? []).filter { $0 != "_round.js" }
        #expect(pages.allSatisfy { $0.hasSuffix(".html") } && pages.count <= 1, "\(pages)")
        // And it reports what it reported when the table was last reviewed.
        let expected = try #require(Self.expectedStatuses[archive], "\(archive) is not in PeerArchiveStatuses.tsv: add its line")
        #expect(Self.statusLine(submission) == expected, "\(archive): the reported statuses changed")
    }

    /// The reviewed statuses, `archive → "container-status [file-status×count …]"`, from
    /// `PeerArchiveStatuses.tsv` next to this file (regenerate with the command in its header,
    /// then review the diff: every change is a change in what staff are told).
    static let expectedStatuses: [String: String] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("PeerArchiveStatuses.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var table: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            if columns.count == 2 { table[String(columns[0])] = String(columns[1]) }
        }
        return table
    }()

    /// The container's status and the count of files per status and reason code, in a stable order.
    static func statusLine(_ submission: EvidenceMap.Submission) -> String {
        let files = Dictionary(grouping: submission.files) { "\($0.status)/\($0.reasonCode ?? "-")" }
            .map { "\($0.key)×\($0.value.count)" }.sorted()
        return ([submission.container.status + "/" + (submission.container.reasonCode ?? "-")] + files).joined(separator: " ")
    }

    @Test("the zip bomb is reported, and unpacking stops at its first entry")
    func zipBomb() throws {
        let out = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try Lieciba.run(["scan", PeerSuite.url("archives/bombs/zbsm.zip").path, "--out", out.path], timeout: .seconds(30))
        #expect(run.status == 0)
        let map = try JSONDecoder().decode(EvidenceMap.self, from: Data(contentsOf: out.appendingPathComponent("evidence-map.json")))
        let submission = try #require(map.submissions.first)
        #expect(submission.container.status == "damaged")
        #expect(submission.container.reason?.contains("decompression bomb") == true)
        // zbsm holds hundreds of overlapping 21 MB entries; reading stops at the first.
        #expect(submission.files.count == 1)
        #expect(submission.files.first?.status == "skipped")
    }
}
