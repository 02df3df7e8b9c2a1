import DocumentModel
import DocumentText
import Foundation
import SubmissionReading
import Testing

/// Fixtures and their expectations are described in `Fixtures/FIXTURES.md` beside this file.
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func bytes(_ name: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// Extracts a fixture the way a scan does: packages are unzipped by the submission reader
    /// (which owns the zip handling), then handed to the extractor under test.
    static func extract(_ name: String) throws -> ExtractionResult {
        let data = try bytes(name)
        let format: FileFormat
        switch (name as NSString).pathExtension {
        case "docx": format = .docx
        case "odt": format = .odt
        case "fodt": format = .fodt
        default: format = .html
        }
        let outcome = DocumentFileReader().read(data, path: name, format: format)
        #expect(outcome.record.status == .read, "\(name): \(outcome.record.reason ?? "")")
        return ExtractionResult(blocks: outcome.blocks)
    }
}

extension ExtractionResult {
    /// All block texts, whitespace runs (U+00A0 included) collapsed to one space, blocks joined
    /// by a newline: the form the FIXTURES.md phrases are written against.
    var normalisedText: String {
        blocks.map { $0.text.collapsingWhitespace() }.joined(separator: "\n")
    }

    func blocks(in part: DocumentPart) -> [TextBlock] {
        blocks.filter { $0.location.part == part }
    }
}

extension String {
    func collapsingWhitespace() -> String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    func occurrences(of needle: String) -> Int {
        var count = 0
        var searchRange = startIndex..<endIndex
        while let found = range(of: needle, range: searchRange) {
            count += 1
            searchRange = found.upperBound..<endIndex
        }
        return count
    }
}
