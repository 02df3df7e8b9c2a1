import ArgumentParser
import DocumentModel
import Foundation
import Reports
import SubmissionReading

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the text of one document (DOCX, ODT or HTML) exactly as Liecība reads it.",
        discussion: """
            Plain output is one block per line: paragraphs, headings, list items and table cells, \
            in reading order (body, then headers, footers, notes and comments). Line breaks inside \
            a block are shown as spaces. --json prints every block with its location.

            Exit codes: 0 when the document was read in full; 1 when it could not be read, or only \
            in part (the reason is printed to standard error); 64 for usage errors.
            """
    )

    @OptionGroup var limitOptions: LimitOptions

    @Argument(help: "The document to read.")
    var file: String

    @Flag(help: "Print the blocks with their locations as JSON.")
    var json = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError("cannot read \(file)")
        }
        let bytes = [UInt8](data)
        let name = (file as NSString).lastPathComponent
        let format: FileFormat
        switch FormatDetection.category(ofName: name) {
        case .document(let named): format = named
        case .unknown:
            guard case .document(let sniffed) = FormatDetection.category(ofContent: Array(bytes.prefix(4096))) else {
                throw ValidationError("\(name) is not a DOCX, ODT or HTML document")
            }
            format = sniffed
        default:
            throw ValidationError("\(name) is not a DOCX, ODT or HTML document")
        }
        let outcome = DocumentFileReader(limits: try limitOptions.readingLimits()).read(bytes, path: name, format: format)
        if json {
            let encoder = EvidenceMapWriter.makeEncoder()
            let output = ExtractOutput(file: outcome.record, blocks: outcome.blocks)
            print(String(decoding: try encoder.encode(output), as: UTF8.self))
        } else {
            for block in outcome.blocks {
                print(block.text.replacingOccurrences(of: "\n", with: " "))
            }
        }
        if outcome.record.status != .read {
            FileHandle.standardError.write(Data("\(name): \(outcome.record.status.rawValue): \(outcome.record.reason ?? "")\n".utf8))
            throw ExitCode.failure
        }
    }
}

/// `extract --json` output: the file's record and its blocks.
private struct ExtractOutput: Encodable {
    var file: FileRecord
    var blocks: [TextBlock]
}
