import LatvianMorphology
import Decisions
import DocumentModel
import Foundation
import Lexicon
import Testing

@testable import Reports

/// The evidence map's entries are written by a hand-made writer for speed; the contract is what
/// `JSONEncoder` writes for the same values, so the two must give the same bytes.
@Suite("Map entry encoding")
struct MapEntryEncodingTests {
    private static let lexiconURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("LexiconTests/Fixtures/mini.yaml")

    /// Every character class the JSON escaping distinguishes, in Latvian company.
    private static let awkward = "Ciems \"Ābeles\" \\ a/b\u{0}\u{1}\u{8}\t\n\u{C}\r\u{1F}\u{7F}\u{80}\u{2028}\u{2029} 😀 ģērbšanās ŅŖ"

    private func reference(_ entry: SubmissionEntry) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(entry))
    }

    private func submission(text: String) -> Submission {
        let blocks = [
            TextBlock(text: "Sadarbība un vietējā kopiena", kind: .heading, headingLevel: 1, location: BlockLocation(part: .body, ordinal: 1)),
            TextBlock(
                text: "\(text) Mūsu ciemā ir sadarbība ar skolu. Resursi nav apzināti, bet kopiena lemj kopā.", kind: .paragraph,
                location: BlockLocation(part: .body, ordinal: 2, headingPath: ["Sadarbība \"un\" \\ vietējā kopiena"])
            ),
            TextBlock(
                text: "Vietējā kopiena — \(text)", kind: .tableCell,
                location: BlockLocation(part: .footnote, ordinal: 3, cell: TableCellAddress(table: 1, row: 2, column: 3))
            ),
        ]
        return Submission(
            id: "S\(text.count)", source: "in/\(text).zip", container: ContainerRecord(kind: .archive, format: .zip, status: .read),
            files: [
                FileRecord(path: "a/\(text).docx", format: .docx, status: .read, blocks: 3, characters: 200),
                FileRecord(path: "b.pdf", format: FileFormat(rawValue: "pdf"), status: .unsupported, reason: text),
            ],
            documents: [ReadDocument(path: "a/\(text).docx", format: .docx, blocks: blocks)],
            inputSHA256: "abc"
        )
    }

    @Test("an entry with judgement, awkward strings and every optional field matches JSONEncoder's bytes")
    func judgedEntry() throws {
        let loaded = try LexiconLoader(cacheDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("lieciba-test-cache"))
            .load(Self.lexiconURL)
        let submission = submission(text: Self.awkward)
        var judgement = SubmissionJudge(lexicon: loaded.source.file, matcher: loaded.matcher, verbs: try VerbForms()).judge(submission)
        #expect(judgement.indicators.values.contains { !$0.evidence.isEmpty }, "the fixture must produce evidence")
        // Fill the optional fields the judge left empty, and keys that sort differently by bytes
        // and by Unicode rules.
        for id in judgement.indicators.keys {
            judgement.indicators[id]?.evidenceOmitted = 7
            judgement.indicators[id]?.shownApart = ["C6.1", Self.awkward]
            judgement.indicators[id]?.hits?["Ābele"] = .init(counted: 1, notCounted: 2)
            judgement.indicators[id]?.hits?["abele"] = .init(counted: 0, notCounted: 1)
            judgement.indicators[id]?.hits?["Zeme"] = .init(counted: 3, notCounted: 0)
            if var first = judgement.indicators[id]?.evidence.first {
                first.answersHeading = Self.awkward
                first.matches = first.matches.map { var match = $0; match.folded = true; return match }
                judgement.indicators[id]?.evidence.append(first)
            }
        }
        let entry = SubmissionEntry(submission, judgement: judgement)
        #expect(try entry.compactJSON() == reference(entry))
    }

    @Test("an entry without judgement or digest matches JSONEncoder's bytes")
    func inventoryOnly() throws {
        var submission = submission(text: "vienkāršs")
        submission.inputSHA256 = nil
        let entry = SubmissionEntry(submission, judgement: nil)
        #expect(try entry.compactJSON() == reference(entry))
    }

    @Test("the writer escapes exactly as JSONEncoder does, character by character")
    func escaping() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for scalar in (0...0x2FF).compactMap(Unicode.Scalar.init) + ["\u{2028}", "\u{FEFF}", "😀"] {
            var json = CompactJSON()
            json.string("a\(scalar)b")
            #expect(json.bytes == Array(try encoder.encode("a\(scalar)b")), "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test("every escaped byte is escaped wherever it falls among the bytes passed over eight at a time")
    func escapingAtEveryOffset() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for scalar in (0...0x20).compactMap(Unicode.Scalar.init) + ["\"", "\\", "/", "\u{7F}", "ā"] {
            for padding in 0..<17 {
                let text = "Ā" + String(repeating: "b", count: padding) + "\(scalar)" + "ciema kopiena un biedrība"
                var json = CompactJSON()
                json.string(text)
                #expect(json.bytes == Array(try encoder.encode(text)), "U+\(String(scalar.value, radix: 16)) after \(padding)")
            }
        }
    }
}
