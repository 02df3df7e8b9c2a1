import ArchiveIO
import DocumentModel
import DocumentText

extension ArchiveError {
    /// The message without what a reason already says: `inflated 13173248 bytes from 65536`.
    var measurement: String {
        message.firstRange(of: ", more than").map { String(message[..<$0.lowerBound]) } ?? message
    }
}

/// The file records Liecība writes when something keeps a file from being read. The English
/// `reason` comes from ``ReasonWording`` (which the reports also render in Latvian), with the
/// technical detail — libarchive's or libxml2's message — appended in parentheses.
extension FileRecord {
    /// Sets ``reason`` from the record's code and facts, plus `detail`.
    mutating func explain(_ detail: String? = nil) {
        guard let wording = ReasonWording.text(for: self, in: .english) else { return }
        reason = detail.map { "\(wording) (\($0))" } ?? wording
    }

    static func explained(
        _ path: String,
        format: FileFormat,
        status: FileStatus,
        code: ReasonCode,
        limit: LimitHit? = nil,
        detail: String? = nil
    ) -> FileRecord {
        var record = FileRecord(path: path, format: format, status: status, reasonCode: code)
        record.limit = limit
        record.explain(detail)
        return record
    }

    static func unsupported(_ path: String, format: FileFormat) -> FileRecord {
        if FileFormat.webPageParts.contains(format) { return .notAssessed(path, format: format) }
        return explained(path, format: format, status: .unsupported, code: .unsupportedFormat)
    }

    /// A part of a web page (see ``ReasonCode/notAssessed``): listed, no gap in the evidence.
    static func notAssessed(_ path: String, format: FileFormat) -> FileRecord {
        explained(path, format: format, status: .skipped, code: .notAssessed)
    }

    static func systemMetadata(_ path: String) -> FileRecord {
        explained(path, format: .unknown, status: .skipped, code: .specialFile)
    }

    /// Part of a signed container's own structure: its signature, manifest or `mimetype`.
    static func signature(_ path: String) -> FileRecord {
        explained(path, format: .signature, status: .skipped, code: .signature)
    }

    static func link(_ path: String) -> FileRecord {
        explained(path, format: .unknown, status: .skipped, code: .link)
    }

    static func special(_ path: String) -> FileRecord {
        explained(path, format: .unknown, status: .skipped, code: .specialFile)
    }

    static func encrypted(_ path: String, format: FileFormat) -> FileRecord {
        explained(path, format: format, status: .encrypted, code: .encrypted)
    }

    /// A file not read, or read only in part, because of `limit`; `blocks` and `characters` count
    /// the text kept.
    static func limited(_ path: String, format: FileFormat, limit: LimitHit, code: ReasonCode = .tooLarge) -> FileRecord {
        explained(path, format: format, status: .skipped, code: code, limit: limit)
    }

    static func nestedTooDeep(_ path: String, format: FileFormat, depth: Int) -> FileRecord {
        limited(path, format: format, limit: LimitHit(.depth, depth), code: .nestedTooDeep)
    }

    /// An entry whose name is longer than `limit`: listed under the name's beginning, not read.
    static func nameTooLong(_ path: String, format: FileFormat, limit: LimitHit) -> FileRecord {
        limited(path, format: format, limit: limit, code: .nameTooLong)
    }

    static func unreadableFile(_ path: String, detail: String) -> FileRecord {
        explained(path, format: .unknown, status: .damaged, code: .unreadableFile, detail: detail)
    }

    /// A record for an entry whose data could not be read from its archive.
    static func unreadable(_ path: String, format: FileFormat, error: ArchiveError, limits: ReadingLimits) -> FileRecord {
        switch error.code {
        case .encrypted:
            return .encrypted(path, format: format)
        case .tooLarge:
            return explained(path, format: format, status: .skipped, code: .tooLarge, detail: error.message)
        case .decompressionBomb:
            // Only the ratio check knows a ratio; a gzip nested in itself is a bomb without one.
            let limit = error.message.contains("limit ratio") ? limits.hit(.ratio) : nil
            return explained(path, format: format, status: .skipped, code: .decompressionBomb, limit: limit, detail: error.measurement)
        default:
            return explained(path, format: format, status: .damaged, code: .damagedArchive, detail: error.message)
        }
    }

    /// A record for a document that was opened, from what its extraction found.
    /// - Parameters:
    ///   - packageDamage: what went wrong reading the package's zip, if anything.
    ///   - cut: the limit at which the document's bytes (or its package's parts) were cut off.
    static func document(
        _ path: String,
        format: FileFormat,
        result: ExtractionResult,
        packageDamage: String?,
        cut: LimitHit? = nil
    ) -> FileRecord {
        var record = FileRecord(
            path: path,
            format: format,
            status: .read,
            blocks: result.blocks.count,
            characters: result.characters
        )
        func set(_ status: FileStatus, _ code: ReasonCode, limit: LimitHit? = nil, detail: String?) {
            record.status = status
            record.reasonCode = code
            record.limit = limit
            record.explain(detail)
        }
        // A limit met while reading the markup (or a refusal) is why reading stopped; a cut
        // explains the damage found where the bytes end.
        if let problem = result.problem, problem.stopsReading {
            if problem.kind == .refused {
                set(.skipped, .dtdRefused, detail: problem.description)
            } else if let limit = problem.limit {
                let code: ReasonCode = limit.name == .xmlDepth || limit.name == .xmlAttributes ? .tooComplex : .tooLarge
                set(.skipped, code, limit: limit, detail: problem.part.map { "in \($0)" })
            }
            return record
        }
        if let cut {
            set(.skipped, cut.name == .ratio ? .decompressionBomb : .tooLarge, limit: cut, detail: nil)
            return record
        }
        if let problem = result.problem {
            switch problem.kind {
            case .encrypted:
                set(.encrypted, .encrypted, detail: nil)
            case .notThisFormat:
                set(.unsupported, .unsupportedFormat, detail: problem.message)
            case .missingPart:
                set(.damaged, .missingPart, detail: problem.description)
            case .malformedXML, .limitReached, .refused:
                set(.damaged, .malformedXML, detail: problem.description)
            }
        }
        if let packageDamage, record.status == .read || record.reasonCode == .missingPart {
            set(.damaged, .damagedDocument, detail: packageDamage)
        }
        return record
    }
}
