import ArgumentParser
import DocumentModel
import SubmissionReading
import Testing

@testable import lieciba

@Suite("--limit NAME=VALUE")
struct LimitOptionsTests {
    @Test("sizes take binary units, the ratio N or N:1, and each limit lands in its place")
    func parsing() throws {
        let options = try LimitOptions.parse([
            "--limit", "entry-bytes=256MiB", "--limit", "submission-bytes=2 GiB", "--limit", "ratio=500:1",
            "--limit", "xml-depth=128", "--limit", "path-length=2048", "--limit", "html-bytes=512KiB",
        ])
        let limits = try options.readingLimits()
        #expect(limits.maxDocumentBytes == 256 << 20)
        #expect(limits.maxSubmissionBytes == 2 << 30)
        #expect(limits.maxCompressionRatio == 500)
        #expect(limits.maxXMLDepth == 128)
        #expect(limits.maxPathLength == 2048)
        #expect(limits.maxHTMLBytes == 512 << 10)
        #expect(limits.maxEntriesPerArchive == ReadingLimits().maxEntriesPerArchive)
        #expect(try LimitOptions.parse([]).readingLimits() == ReadingLimits())
    }

    @Test("bad settings are refused with the valid names or the allowed range", arguments: [
        ("frobnicate=3", "Valid names: entry-bytes"), ("entry-bytes", "NAME=VALUE"), ("entries=12MiB", "whole number"),
        ("xml-depth=1000", "between 8 and 256"), ("entry-bytes=lots", "KiB, MiB or GiB"), ("depth=-1", "whole number"),
        ("xml-text-bytes=20MiB", "between"),
    ])
    func refused(setting: String, message: String) {
        do {
            _ = try LimitOptions.parse(["--limit", setting])
            Issue.record("\(setting) was accepted")
        } catch {
            #expect(LimitOptions.message(for: error).contains(message), "\(LimitOptions.message(for: error))")
        }
    }

    @Test("a limit given twice is refused")
    func twice() {
        #expect(throws: (any Error).self) { _ = try LimitOptions.parse(["--limit", "entries=5", "--limit", "entries=6"]) }
    }
}
