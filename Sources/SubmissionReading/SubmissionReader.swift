import ArchiveIO
public import DocumentModel
import Foundation
import TextEncodings

/// Reads one submission — an archive, a folder or a single file — into its file inventory and
/// the text of every readable document.
///
/// A submission is its own failure domain: whatever is wrong with it ends up in its records, and
/// ``read(_:)`` never throws. Archives are streamed; nested archives and document packages are
/// opened from memory within ``ReadingLimits``; nothing is written to disk.
public struct SubmissionReader: Sendable {
    public var limits: ReadingLimits

    public init(limits: ReadingLimits = ReadingLimits()) {
        self.limits = limits
    }

    public func read(_ source: SubmissionSource) -> Submission {
        var inventory = Inventory()
        let container: ContainerRecord
        switch source.kind {
        case .archive(let format):
            container = readArchiveFile(at: source.path, format: format, into: &inventory)
        case .folder:
            readFolder(at: source.path, into: &inventory)
            container = ContainerRecord(kind: .folder, format: nil, status: .read)
        case .file:
            let name = (source.path as NSString).lastPathComponent
            readFile(at: source.path, relativePath: name, depth: 0, into: &inventory)
            let record = inventory.files.last
            container = ContainerRecord(
                kind: .document,
                format: record?.format,
                status: record?.status ?? .read,
                reason: record?.reason,
                reasonCode: record?.reasonCode
            )
        }
        return Submission(
            id: source.id,
            source: source.displayName,
            container: container,
            files: inventory.sortedFiles(),
            documents: inventory.documents.sorted { $0.path < $1.path }
        )
    }

    // MARK: - What was found so far

    struct Inventory {
        var files: [FileRecord] = []
        var documents: [ReadDocument] = []
        /// Bytes inflated so far, against ``ReadingLimits/maxSubmissionBytes``.
        var inflated = 0

        /// Files sorted by path; a path that occurs twice (an archive may hold the same name
        /// twice) gets a ` (2)` suffix so that every record can be told apart.
        func sortedFiles() -> [FileRecord] {
            let sorted = files.enumerated().sorted { lhs, rhs in
                lhs.element.path != rhs.element.path ? lhs.element.path < rhs.element.path : lhs.offset < rhs.offset
            }.map(\.element)
            var seen: [String: Int] = [:]
            return sorted.map { record in
                var record = record
                let count = (seen[record.path] ?? 0) + 1
                seen[record.path] = count
                if count > 1 { record.path += " (\(count))" }
                return record
            }
        }
    }

    // MARK: - Archives

    private func readArchiveFile(at path: String, format: FileFormat, into inventory: inout Inventory) -> ContainerRecord {
        var reader: ArchiveReader
        do {
            reader = try ArchiveReader(path: path)
        } catch {
            return Self.unopenableContainer(format: format, error: error)
        }
        let outcome = walk(&reader, prefix: "", depth: 0, into: &inventory)
        return Self.container(format: format, outcome: outcome)
    }

    /// What walking an archive found out about the archive itself.
    struct WalkOutcome {
        var entries = 0
        var failure: ArchiveError?
        var stoppedAtEntryLimit = false
    }

    private func walk(_ reader: inout ArchiveReader, prefix: String, depth: Int, into inventory: inout Inventory) -> WalkOutcome {
        var outcome = WalkOutcome()
        do {
            while let entry = try reader.nextEntry() {
                if entry.kind == .directory { continue }
                outcome.entries += 1
                if outcome.entries > limits.maxEntriesPerArchive {
                    outcome.stoppedAtEntryLimit = true
                    break
                }
                if let fatal = readEntry(entry, from: &reader, prefix: prefix, depth: depth, into: &inventory) {
                    outcome.failure = fatal
                    break
                }
            }
        } catch {
            outcome.failure = error
        }
        return outcome
    }

    /// Reads one entry into the inventory.
    /// - Returns: an error that makes the rest of the archive untrustworthy (a decompression
    ///   bomb), after which the walk stops; `nil` to go on.
    private func readEntry(
        _ entry: ArchiveEntry,
        from reader: inout ArchiveReader,
        prefix: String,
        depth: Int,
        into inventory: inout Inventory
    ) -> ArchiveError? {
        let path = prefix + Self.cleanEntryPath(entry.path)
        var appended = inventory.files.count
        defer {
            // Mark every record this entry produced with how its name was decoded.
            if let encoding = entry.nameEncoding, appended < inventory.files.count {
                inventory.files[appended].nameEncoding = encoding.codePage?.name
                inventory.files[appended].nameUncertain = encoding.isConfident ? nil : true
            }
        }
        switch entry.kind {
        case .symbolicLink, .hardLink:
            inventory.files.append(.link(path))
            return nil
        case .other:
            inventory.files.append(.special(path))
            return nil
        case .file, .directory:
            break
        }

        var category = FormatDetection.category(ofName: path)
        if case .systemMetadata = category {
            inventory.files.append(.systemMetadata(path))
            return nil
        }
        if case .unsupported(let format) = category {
            inventory.files.append(entry.isEncrypted ? .encrypted(path, format: format) : .unsupported(path, format: format))
            return nil
        }

        var bytes: [UInt8] = []
        let budget = limits.maxSubmissionBytes - inventory.inflated
        if case .unknown = category {
            do {
                _ = try reader.read(into: &bytes, limit: 512)
            } catch {
                inventory.files.append(.unreadable(path, format: .unknown, error: error))
                return error.code == .decompressionBomb ? error : nil
            }
            category = FormatDetection.category(ofContent: bytes)
            if case .unsupported(let format) = category {
                inventory.files.append(.unsupported(path, format: format))
                return nil
            }
        }

        let format: FileFormat
        let limit: Int
        switch category {
        case .document(let documentFormat):
            format = documentFormat
            limit = limits.maxDocumentBytes
        case .archive(let archiveFormat):
            format = archiveFormat
            limit = limits.maxNestedArchiveBytes
            if depth + 1 > limits.maxNestingDepth {
                inventory.files.append(.nestedTooDeep(path, format: format, depth: limits.maxNestingDepth))
                return nil
            }
        default:
            inventory.files.append(.unsupported(path, format: .unknown))
            return nil
        }
        if entry.isEncrypted {
            inventory.files.append(.encrypted(path, format: format))
            return nil
        }
        guard budget > 0 else {
            inventory.files.append(.submissionBudgetExhausted(path, format: format, limit: limits.maxSubmissionBytes))
            return nil
        }
        do {
            let complete = try reader.read(into: &bytes, limit: min(limit, budget) + 1)
            if !complete || bytes.count > min(limit, budget) {
                inventory.files.append(
                    bytes.count > limit || budget >= limit
                        ? .tooLarge(path, format: format, limit: limit)
                        : .submissionBudgetExhausted(path, format: format, limit: limits.maxSubmissionBytes)
                )
                return nil
            }
        } catch {
            inventory.inflated += bytes.count
            inventory.files.append(.unreadable(path, format: format, error: error))
            return error.code == .decompressionBomb ? error : nil
        }
        inventory.inflated += bytes.count
        appended = inventory.files.count
        if format.isArchive {
            readArchive(at: path, format: format, depth: depth + 1, into: &inventory) { () throws(ArchiveError) in
                try ArchiveReader(bytes: bytes)
            }
        } else {
            readDocument(bytes, path: path, format: format, into: &inventory)
        }
        return nil
    }

    /// Opens an archive found inside the submission, lists it as a file of its own and walks
    /// its entries under its path.
    private func readArchive(
        at path: String,
        format: FileFormat,
        depth: Int,
        into inventory: inout Inventory,
        open: () throws(ArchiveError) -> ArchiveReader
    ) {
        var reader: ArchiveReader
        do {
            reader = try open()
        } catch {
            let container = Self.unopenableContainer(format: format, error: error)
            inventory.files.append(Self.record(path: path, format: format, container: container, entries: nil))
            return
        }
        let recordIndex = inventory.files.count
        inventory.files.append(FileRecord(path: path, format: format, status: .read))
        let outcome = walk(&reader, prefix: path + "/", depth: depth, into: &inventory)
        let container = Self.container(format: format, outcome: outcome)
        inventory.files[recordIndex] = Self.record(path: path, format: format, container: container, entries: outcome.entries)
    }

    private func readDocument(_ bytes: [UInt8], path: String, format: FileFormat, into inventory: inout Inventory) {
        let outcome = DocumentFileReader(limits: limits).read(bytes, path: path, format: format)
        inventory.files.append(outcome.record)
        if let document = outcome.document { inventory.documents.append(document) }
    }

    // MARK: - Folders and loose files

    private func readFolder(at path: String, into inventory: inout Inventory) {
        let root = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
        let keys: [URLResourceKey] = [.isDirectoryKey, .isSymbolicLinkKey, .isRegularFileKey]
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: keys) else {
            inventory.files.append(
                FileRecord(path: ".", format: .unknown, status: .damaged, reason: "the folder cannot be listed", reasonCode: .unreadableFile)
            )
            return
        }
        var found: [(relative: String, url: URL)] = []
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for case let url as URL in enumerator {
            let standardized = url.standardizedFileURL.path
            let relative = standardized.hasPrefix(rootPath) ? String(standardized.dropFirst(rootPath.count)) : url.lastPathComponent
            found.append((relative, url))
        }
        for (relative, url) in found.sorted(by: { $0.relative < $1.relative }) {
            let values = try? url.resourceValues(forKeys: Set(keys))
            if values?.isSymbolicLink == true {
                inventory.files.append(.link(relative))
            } else if values?.isDirectory == true {
                continue
            } else if values?.isRegularFile == true {
                readFile(at: url.path, relativePath: relative, depth: 0, into: &inventory)
            } else {
                inventory.files.append(.special(relative))
            }
        }
    }

    /// Reads one file on disk that belongs to a submission (a file in a submission folder, or a
    /// loose file that is the submission).
    private func readFile(at path: String, relativePath: String, depth: Int, into inventory: inout Inventory) {
        var category = FormatDetection.category(ofName: relativePath)
        switch category {
        case .systemMetadata:
            inventory.files.append(.systemMetadata(relativePath))
            return
        case .unsupported(let format):
            inventory.files.append(.unsupported(relativePath, format: format))
            return
        case .archive(let format):
            if depth + 1 > limits.maxNestingDepth {
                inventory.files.append(.nestedTooDeep(relativePath, format: format, depth: limits.maxNestingDepth))
                return
            }
            readArchive(at: relativePath, format: format, depth: depth + 1, into: &inventory) { () throws(ArchiveError) in
                try ArchiveReader(path: path)
            }
            return
        case .document, .unknown:
            break
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            inventory.files.append(
                FileRecord(
                    path: relativePath,
                    format: .unknown,
                    status: .damaged,
                    reason: "the file cannot be opened (permissions?)",
                    reasonCode: .unreadableFile
                )
            )
            return
        }
        defer { try? handle.close() }
        if case .unknown = category {
            let prefix = ((try? handle.read(upToCount: 512)) ?? nil).map { [UInt8]($0) } ?? []
            category = FormatDetection.category(ofContent: prefix)
            try? handle.seek(toOffset: 0)
        }
        switch category {
        case .document(let format):
            let data = (try? handle.read(upToCount: limits.maxDocumentBytes + 1)) ?? nil
            let bytes = data.map { [UInt8]($0) } ?? []
            if bytes.count > limits.maxDocumentBytes {
                inventory.files.append(.tooLarge(relativePath, format: format, limit: limits.maxDocumentBytes))
                return
            }
            inventory.inflated += bytes.count
            readDocument(bytes, path: relativePath, format: format, into: &inventory)
        case .archive(let format):
            readArchive(at: relativePath, format: format, depth: depth + 1, into: &inventory) { () throws(ArchiveError) in
                try ArchiveReader(path: path)
            }
        case .unsupported(let format):
            inventory.files.append(.unsupported(relativePath, format: format))
        case .systemMetadata, .unknown:
            inventory.files.append(.unsupported(relativePath, format: .unknown))
        }
    }

    // MARK: - Helpers

    /// Entry paths as they should read in outputs: no leading `./` or `/`.
    static func cleanEntryPath(_ path: String) -> String {
        var path = Substring(path)
        while path.hasPrefix("./") || path.hasPrefix("/") {
            path = path.hasPrefix("./") ? path.dropFirst(2) : path.dropFirst()
        }
        return path.isEmpty ? "(unnamed)" : String(path)
    }

    static func unopenableContainer(format: FileFormat, error: ArchiveError) -> ContainerRecord {
        switch error.code {
        case .decompressionBomb:
            return bombContainer(format: format, error: error)
        case .unrecognisedFormat:
            return ContainerRecord(
                kind: .archive,
                format: format,
                status: .unsupported,
                reason: "not an archive Liecība can open (zip, 7z, tar, rar): \(error.message)",
                reasonCode: .unsupportedFormat
            )
        case .encrypted:
            return encryptedContainer(format: format)
        default:
            return ContainerRecord(
                kind: .archive,
                format: format,
                status: .damaged,
                reason: "the archive cannot be opened (\(error.message)); ask the applicant to send it again",
                reasonCode: .damagedArchive
            )
        }
    }

    static func container(format: FileFormat, outcome: WalkOutcome) -> ContainerRecord {
        if outcome.stoppedAtEntryLimit {
            return ContainerRecord(
                kind: .archive,
                format: format,
                status: .damaged,
                reason: "the archive holds more entries than the limit; only the first ones were read",
                reasonCode: .tooManyEntries
            )
        }
        guard let failure = outcome.failure else {
            return ContainerRecord(kind: .archive, format: format, status: .read)
        }
        if failure.code == .decompressionBomb {
            return bombContainer(format: format, error: failure)
        }
        if failure.code == .encrypted {
            return encryptedContainer(format: format)
        }
        if outcome.entries == 0 && failure.code == .unrecognisedFormat {
            return unopenableContainer(format: format, error: failure)
        }
        let code: ReasonCode = failure.code == .truncated ? .truncatedArchive : .damagedArchive
        let what = failure.code == .truncated ? "the archive is truncated" : "the archive is damaged"
        return ContainerRecord(
            kind: .archive,
            format: format,
            status: .damaged,
            reason: "\(what) (\(failure.message)); the \(outcome.entries) entries before the damage were read — ask the applicant to send it again",
            reasonCode: code
        )
    }

    static func encryptedContainer(format: FileFormat) -> ContainerRecord {
        ContainerRecord(
            kind: .archive,
            format: format,
            status: .encrypted,
            reason: "the archive is password-protected: ask the applicant for an unprotected copy",
            reasonCode: .encrypted
        )
    }

    static func bombContainer(format: FileFormat, error: ArchiveError) -> ContainerRecord {
        ContainerRecord(
            kind: .archive,
            format: format,
            status: .damaged,
            reason: "unpacking stopped: the archive behaves like a decompression bomb (\(error.message)); ask the applicant to send the documents again",
            reasonCode: .decompressionBomb
        )
    }

    static func record(path: String, format: FileFormat, container: ContainerRecord, entries: Int?) -> FileRecord {
        var record = FileRecord(path: path, format: format, status: container.status, reason: container.reason, reasonCode: container.reasonCode)
        record.entries = entries
        return record
    }
}
