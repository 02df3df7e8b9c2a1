import ArchiveIO
public import DocumentModel
import DocumentText
import TextEncodings

/// Reads one document file held in memory — DOCX, ODT, flat ODT or HTML — into blocks and a
/// file record.
///
/// A DOCX or ODT is a zip package: it is opened from memory, and only the parts that carry text
/// are inflated (for ODT also the `content.xml` of embedded formula objects); pictures are
/// passed over without being decompressed.
public struct DocumentFileReader: Sendable {
    public var limits: ReadingLimits

    public init(limits: ReadingLimits = ReadingLimits()) {
        self.limits = limits
    }

    /// What reading one document produced.
    public struct Outcome: Sendable {
        public var record: FileRecord
        /// `nil` when nothing could be read.
        public var document: ReadDocument?
        /// The blocks, also when the record is not `read` (text before damage is kept).
        public var blocks: [TextBlock] { document?.blocks ?? [] }
    }

    public func read(_ bytes: [UInt8], path: String, format: FileFormat) -> Outcome {
        let result: ExtractionResult
        var packageDamage: String?
        var htmlEncoding: (name: String, assumed: Bool)?
        switch format {
        case .docx, .odt:
            if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
                return Outcome(record: oleRecord(bytes, path: path, format: format), document: nil)
            }
            let package = format == .docx
                ? readPackage(bytes, wants: { DOCXExtractor.wantsPart($0) })
                : readPackage(bytes, wants: { ODTExtractor.wantsPart($0) })
            guard let parts = package.parts else {
                let record = FileRecord(
                    path: path,
                    format: format,
                    status: .damaged,
                    reason: "not a readable \(format.rawValue.uppercased()) package (\(package.damage ?? "unknown error")); ask the applicant to send it again",
                    reasonCode: .damagedDocument
                )
                return Outcome(record: record, document: nil)
            }
            packageDamage = package.damage
            result = format == .docx ? DOCXExtractor.extract(parts) : ODTExtractor.extract(parts)
        case .fodt:
            result = ODTExtractor.extractFlat(bytes)
        case .html:
            let outcome = HTMLExtractor.extract(bytes)
            result = outcome.result
            htmlEncoding = (outcome.charset.name, outcome.charsetAssumed)
        default:
            return Outcome(record: .unsupported(path, format: format), document: nil)
        }
        var record = FileRecord.document(path, format: format, result: result, packageDamage: packageDamage)
        if let htmlEncoding {
            record.textEncoding = htmlEncoding.name
            record.textEncodingAssumed = htmlEncoding.assumed ? true : nil
        }
        let document = result.blocks.isEmpty && record.status != .read ? nil : ReadDocument(path: path, format: format, blocks: result.blocks)
        return Outcome(record: record, document: document)
    }

    /// Inflates the wanted parts of a zip package. Returns `nil` parts when the bytes are not a
    /// zip at all; `damage` describes what went wrong part-way.
    private func readPackage(_ bytes: [UInt8], wants: (String) -> Bool) -> (parts: PackageParts?, damage: String?) {
        var reader: ArchiveReader
        do {
            reader = try ArchiveReader(bytes: bytes)
        } catch {
            return (nil, error.message)
        }
        var parts = PackageParts()
        var total = 0
        var entries = 0
        do {
            while let entry = try reader.nextEntry() {
                entries += 1
                guard entry.kind == .file, wants(entry.path) else { continue }
                let remaining = min(limits.maxPartBytes, limits.maxPackageTextBytes - total)
                guard remaining > 0 else { return (parts, "its text parts exceed \(limits.maxPackageTextBytes.mebibytes)") }
                let data = try reader.readAll(limit: remaining)
                total += data.count
                parts[entry.path] = data
            }
        } catch {
            if entries == 0 && parts.paths.isEmpty { return (nil, error.message) }
            return (parts, error.message)
        }
        return (parts, nil)
    }

    /// An OLE compound file named like DOCX or ODT: an encrypted OOXML package, or an old binary
    /// Word file with the wrong extension.
    private func oleRecord(_ bytes: [UInt8], path: String, format: FileFormat) -> FileRecord {
        let marker = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        if bytes.firstRange(of: marker) != nil {
            return .encrypted(path, format: format)
        }
        var record = FileRecord.unsupported(path, format: FileFormat(rawValue: "doc"))
        record.reason = "a Word 97–2003 (.doc) file named .\(format.rawValue); ask for a DOCX or ODT copy"
        return record
    }
}
