import ArchiveIO
import DocumentModel
import DocumentText

/// The file records Liecība writes when something keeps a file from being read, with reasons a
/// clerk can act on. Kept together so the wording stays consistent.
extension FileRecord {
    static func unsupported(_ path: String, format: FileFormat) -> FileRecord {
        let described = format == .unknown ? "an unrecognised format" : format.rawValue.uppercased()
        return FileRecord(
            path: path,
            format: format,
            status: .unsupported,
            reason: "\(described) is not read (Liecība reads DOCX, ODT and HTML); ask for one of those if evidence is in this file",
            reasonCode: .unsupportedFormat
        )
    }

    static func systemMetadata(_ path: String) -> FileRecord {
        FileRecord(
            path: path,
            format: .unknown,
            status: .skipped,
            reason: "operating-system metadata, not a document",
            reasonCode: .specialFile
        )
    }

    static func link(_ path: String) -> FileRecord {
        FileRecord(
            path: path,
            format: .unknown,
            status: .skipped,
            reason: "a link, not a file; links are not followed",
            reasonCode: .link
        )
    }

    static func special(_ path: String) -> FileRecord {
        FileRecord(path: path, format: .unknown, status: .skipped, reason: "a device or pipe entry, not a file", reasonCode: .specialFile)
    }

    static func encrypted(_ path: String, format: FileFormat) -> FileRecord {
        FileRecord(
            path: path,
            format: format,
            status: .encrypted,
            reason: "password-protected: ask the applicant for an unprotected copy",
            reasonCode: .encrypted
        )
    }

    static func tooLarge(_ path: String, format: FileFormat, limit: Int) -> FileRecord {
        FileRecord(
            path: path,
            format: format,
            status: .skipped,
            reason: "larger than the \(limit.mebibytes) limit for one file; not read",
            reasonCode: .tooLarge
        )
    }

    static func nestedTooDeep(_ path: String, format: FileFormat, depth: Int) -> FileRecord {
        FileRecord(
            path: path,
            format: format,
            status: .skipped,
            reason: "an archive nested more than \(depth) levels deep; not opened",
            reasonCode: .nestedTooDeep
        )
    }

    static func submissionBudgetExhausted(_ path: String, format: FileFormat, limit: Int) -> FileRecord {
        FileRecord(
            path: path,
            format: format,
            status: .skipped,
            reason: "not read: the submission already inflated more than \(limit.mebibytes) in all",
            reasonCode: .tooLarge
        )
    }

    /// A record for an entry whose data could not be read from its archive.
    static func unreadable(_ path: String, format: FileFormat, error: ArchiveError) -> FileRecord {
        switch error.code {
        case .encrypted:
            return .encrypted(path, format: format)
        case .tooLarge:
            return FileRecord(path: path, format: format, status: .skipped, reason: error.message, reasonCode: .tooLarge)
        case .decompressionBomb:
            return FileRecord(
                path: path,
                format: format,
                status: .skipped,
                reason: "not unpacked: it inflates like a decompression bomb (\(error.message))",
                reasonCode: .decompressionBomb
            )
        default:
            return FileRecord(
                path: path,
                format: format,
                status: .damaged,
                reason: "the file is damaged inside its archive (\(error.message)); ask the applicant to send it again",
                reasonCode: .damagedArchive
            )
        }
    }

    /// A record for a document that was opened, from what its extraction found.
    static func document(_ path: String, format: FileFormat, result: ExtractionResult, packageDamage: String?) -> FileRecord {
        var record = FileRecord(
            path: path,
            format: format,
            status: .read,
            blocks: result.blocks.count,
            characters: result.characters
        )
        let kept = result.blocks.isEmpty ? "" : "; the text before the damage was kept"
        if let problem = result.problem {
            switch problem.kind {
            case .encrypted:
                record.status = .encrypted
                record.reason = "password-protected: ask the applicant for an unprotected copy"
                record.reasonCode = .encrypted
            case .notThisFormat:
                record.status = .unsupported
                record.reason = problem.message
                record.reasonCode = .unsupportedFormat
            case .missingPart:
                record.status = .damaged
                record.reason = "the document is damaged: \(problem)\(kept)"
                record.reasonCode = .missingPart
            case .malformedXML:
                record.status = .damaged
                record.reason = "the document is damaged: \(problem)\(kept)"
                record.reasonCode = .malformedXML
            }
        }
        if let packageDamage, record.status == .read || record.reasonCode == .missingPart {
            record.status = .damaged
            record.reason = "the document file is damaged (\(packageDamage))\(kept)"
            record.reasonCode = .damagedDocument
        }
        return record
    }
}
