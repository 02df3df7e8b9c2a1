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
        /// Bytes inflated from a package's parts, which count towards the submission's total.
        public var inflated = 0
    }

    /// Reads one document.
    /// - Parameters:
    ///   - cut: set when `bytes` are only the beginning of the file, cut off at this limit: the
    ///     text in them is read and kept, and the record names the limit.
    ///   - submissionBudget: what the submission may still inflate, for a package's parts; they
    ///     are cut at the `submission-bytes` limit when they would go beyond it.
    public func read(
        _ bytes: consuming [UInt8],
        path: String,
        format: FileFormat,
        cut: LimitHit? = nil,
        submissionBudget: Int = .max
    ) -> Outcome {
        var inflated = 0
        let result: ExtractionResult
        var packageDamage: String?
        var packageCut = cut
        var htmlEncoding: (name: String, assumed: Bool)?
        let markup = limits.markupLimits
        switch format {
        case .docx, .odt:
            if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
                return Outcome(record: oleRecord(bytes, path: path, format: format), document: nil)
            }
            let wants: (String) -> Bool = format == .docx ? { DOCXExtractor.wantsPart($0) } : { ODTExtractor.wantsPart($0) }
            let package = bytes.withUnsafeBytes { readPackage($0, budget: submissionBudget, wants: wants) }
            // The package's photos go before its parts are parsed.
            bytes = []
            guard let parts = package.parts else {
                let record: FileRecord = cut.map { .limited(path, format: format, limit: $0) }
                    ?? .explained(path, format: format, status: .damaged, code: .damagedDocument, detail: package.damage ?? "not a zip package")
                return Outcome(record: record, document: nil)
            }
            packageDamage = package.damage
            packageCut = packageCut ?? package.cut
            inflated = package.inflated
            result = format == .docx ? DOCXExtractor.extract(parts, limits: markup) : ODTExtractor.extract(parts, limits: markup)
        case .fodt:
            result = ODTExtractor.extractFlat(bytes, limits: markup)
        case .html:
            let outcome = HTMLExtractor.extract(bytes, limits: markup)
            result = outcome.result
            htmlEncoding = (outcome.charset.name, outcome.charsetAssumed)
        default:
            return Outcome(record: .unsupported(path, format: format), document: nil)
        }
        // Damage where cut-off bytes end is the cut, not damage.
        var record = FileRecord.document(
            path,
            format: format,
            result: result,
            packageDamage: packageCut == nil ? packageDamage : nil,
            cut: packageCut
        )
        if let htmlEncoding {
            record.textEncoding = htmlEncoding.name
            record.textEncodingAssumed = htmlEncoding.assumed ? true : nil
        }
        let document = result.blocks.isEmpty && record.status != .read ? nil : ReadDocument(path: path, format: format, blocks: result.blocks)
        return Outcome(record: record, document: document, inflated: inflated)
    }

    /// Inflates the wanted parts of a zip package, read in place. Returns `nil` parts when the
    /// bytes are not a zip at all; `damage` describes what went wrong part-way, `cut` the limit a
    /// part or the parts together went beyond (the parts then end there).
    private func readPackage(
        _ bytes: UnsafeRawBufferPointer,
        budget: Int,
        wants: (String) -> Bool
    ) -> (parts: PackageParts?, damage: String?, cut: LimitHit?, inflated: Int) {
        var reader: ArchiveReader
        do {
            reader = try ArchiveReader(borrowing: bytes, limits: limits.archiveLimits)
        } catch {
            return (nil, error.message, nil, 0)
        }
        var parts = PackageParts()
        var total = 0
        var entries = 0
        var cut: LimitHit?
        do {
            while let entry = try reader.nextEntry() {
                entries += 1
                guard entry.kind == .file, wants(entry.path) else { continue }
                // The tightest of the three bounds, and the limit it is.
                let bounds = [
                    (limits.maxPartBytes, LimitName.partBytes), (limits.maxPackageTextBytes - total, .packageBytes),
                    (budget - total, .submissionBytes),
                ]
                let (room, bound) = bounds.min { $0.0 < $1.0 } ?? (0, .packageBytes)
                guard room > 0 else {
                    cut = cut ?? limits.hit(bound)
                    break
                }
                var data: [UInt8] = []
                // One byte past the room tells a part that fits exactly from one that does not.
                if try !reader.read(into: &data, limit: room + 1) {
                    data.removeLast(data.count - min(data.count, room))
                    cut = cut ?? limits.hit(bound)
                }
                total += data.count
                parts[entry.path] = data
            }
        } catch {
            // A part inflating like a bomb is a limit met, not damage.
            if error.code == .decompressionBomb, error.message.contains("limit ratio") { cut = cut ?? limits.hit(.ratio) }
            if entries == 0 && parts.paths.isEmpty { return (nil, error.message, cut, total) }
            return (parts, error.message, cut, total)
        }
        return (parts, nil, cut, total)
    }

    /// An OLE compound file named like DOCX or ODT: an encrypted OOXML package, or an old binary
    /// Word file with the wrong extension.
    private func oleRecord(_ bytes: [UInt8], path: String, format: FileFormat) -> FileRecord {
        let marker = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        if bytes.firstRange(of: marker) != nil {
            return .encrypted(path, format: format)
        }
        return .explained(path, format: FileFormat(rawValue: "doc"), status: .unsupported, code: .unsupportedFormat, detail: "named .\(format.rawValue)")
    }
}
